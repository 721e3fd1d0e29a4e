import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../modules/platform/auth/principal';
import { fieldNameOf as fieldOf } from '../../modules/platform/reports/cube-definition';
import { AdministrativePenaltyRecordDocument, CreditRepairApplyDocument, ReviewSubmitDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { handleTask, submitCase } from '../support/one-matter';
import { TestApp, SEEDING_TIMEOUT, SHARED_DEMO } from '../support/test-app';

interface Check {
  report: string;
  dimension: string | null;
  measures: string[];
  /** The same figures computed independently from the tables: `key` (the dimension's value or TOTAL) and one column per measure. */
  sql: string;
}

/**
 * Every module's cube on the demo data, measured through its report field and, independently, by SQL written here
 * against the tables: the two must agree group by group.
 */
const CHECKS: Check[] = [
  {
    report: 'tasksReport',
    dimension: 'DEPARTMENT',
    measures: ['COUNT', 'OVERDUE_RATE'],
    sql: `select d.code as key, count(*)::float8 as count, round(avg(case when t.overdue then 1 else 0 end), 4)::float8 as "overdueRate"
            from task t join department d on d.id = t.department_id group by d.code`,
  },
  {
    report: 'reviewsReport',
    dimension: 'LEVEL',
    measures: ['COUNT', 'AVERAGE_SCORE', 'SATISFACTION_RATE'],
    sql: `select level as key, count(*)::float8 as count, round(avg(score), 2)::float8 as "averageScore",
                 round(avg(case when score >= 3 then 1 else 0 end), 4)::float8 as "satisfactionRate"
            from review group by level`,
  },
  {
    report: 'appealsReport',
    dimension: 'CHANNEL',
    measures: ['COUNT', 'CLOSED', 'REOPENINGS'],
    sql: `select ch.code as key, count(*)::float8 as count, count(a.closed_on)::float8 as closed, sum(a.reopen_count)::float8 as reopenings
            from appeal a join appeal_channel ch on ch.id = a.channel_id where a.merged_into_id is null group by ch.code`,
  },
  {
    report: 'appealsReport',
    dimension: 'CATEGORY',
    measures: ['COUNT'],
    sql: `select coalesce(c.code, 'UNCLASSIFIED') as key, count(*)::float8 as count
            from appeal a left join lateral unnest(a.category_codes) as c(code) on true
           where a.merged_into_id is null group by 1`,
  },
  {
    report: 'appealFollowUpsReport',
    dimension: 'CHANNEL',
    measures: ['COUNT', 'SATISFACTION_RATE', 'RESOLUTION_RATE'],
    sql: `select ch.code as key, count(*)::float8 as count,
                 round(avg(case when h.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end), 4)::float8 as "satisfactionRate",
                 round(avg(case when h.solved then 1 else 0 end), 4)::float8 as "resolutionRate"
            from appeal_history_entry h join appeal a on a.id = h.appeal_id join appeal_channel ch on ch.id = a.channel_id
           where h.step = 'FOLLOWED_UP' and a.merged_into_id is null group by ch.code`,
  },
  {
    // The chains of a case's enterprise (one-category's dimension on another module's cube): once under each chain.
    report: 'casesReport',
    dimension: 'CHAIN',
    measures: ['COUNT', 'ENTERPRISES'],
    sql: `select m.chain as key, count(*)::float8 as count, count(distinct c.enterprise_id)::float8 as enterprises
            from service_case c left join (select distinct enterprise_id, chain from chain_membership) m on m.enterprise_id = c.enterprise_id
           group by m.chain`,
  },
  {
    report: 'creditScoresReport',
    dimension: 'CHAIN',
    measures: ['COUNT'],
    sql: `select m.chain as key, count(*)::float8 as count
            from credit_score s left join (select distinct enterprise_id, chain from chain_membership) m on m.enterprise_id = s.enterprise_id
           where s.current group by m.chain`,
  },
  {
    report: 'casesReport',
    dimension: null,
    measures: ['ACTIVE_REVIEW_RATE'],
    sql: `select 'TOTAL' as key,
                 round((select count(*) from service_case c where c.state in ('COMPLETED', 'REJECTED')
                          and c.id in (select case_id from review where unprompted))::numeric
                       / nullif((select count(*) from service_case where state in ('COMPLETED', 'REJECTED')), 0), 4)::float8 as "activeReviewRate"`,
  },
  {
    report: 'policyRedemptionsReport',
    dimension: 'POLICY',
    measures: ['COUNT', 'AMOUNT', 'BENEFICIARIES'],
    sql: `select p.code as key, count(*)::float8 as count, round(sum(r.amount), 2)::float8 as amount, count(distinct r.enterprise_id)::float8 as beneficiaries
            from policy_redemption r join policy p on p.id = r.policy_id group by p.code`,
  },
  {
    report: 'creditScoresReport',
    dimension: 'GRADE',
    measures: ['COUNT', 'AVERAGE_SCORE'],
    sql: `select grade as key, count(*)::float8 as count, round(avg(score), 1)::float8 as "averageScore" from credit_score where current group by grade`,
  },
  {
    report: 'chainMembershipsReport',
    dimension: 'CHAIN',
    measures: ['COUNT', 'ENTERPRISES', 'REGISTERED_CAPITAL'],
    sql: `select m.chain as key, count(*)::float8 as count, count(distinct m.enterprise_id)::float8 as enterprises,
                 round(sum(e.registered_capital), 2)::float8 as "registeredCapital"
            from chain_membership m join enterprise e on e.id = m.enterprise_id group by m.chain`,
  },
  {
    report: 'rectificationsReport',
    dimension: 'STATE',
    measures: ['COUNT'],
    sql: `select state as key, count(*)::float8 as count from rectification group by state`,
  },
  {
    report: 'windowRatingsReport',
    dimension: 'MONTH',
    measures: ['COUNT', 'AVERAGE_STARS', 'ON_TIME_RATE'],
    sql: `select month as key, count(*)::float8 as count, round(avg(stars), 2)::float8 as "averageStars",
                 round(sum(cases_on_time)::numeric / nullif(sum(cases_completed), 0), 4)::float8 as "onTimeRate"
            from window_rating group by month`,
  },
  {
    report: 'creditPenaltiesReport',
    dimension: 'SEVERITY',
    measures: ['COUNT', 'AMOUNT'],
    sql: `select severity as key, count(*)::float8 as count, round(sum(amount), 2)::float8 as amount from credit_penalty group by severity`,
  },
  {
    report: 'creditRepairsReport',
    dimension: 'STATE',
    measures: ['COUNT'],
    sql: `select state as key, count(*)::float8 as count from credit_repair group by state`,
  },
  {
    report: 'bundleApplicationsReport',
    dimension: null,
    measures: ['COUNT', 'ENTERPRISES'],
    sql: `select 'TOTAL' as key, count(*)::float8 as count, count(distinct enterprise_id)::float8 as enterprises from bundle_application`,
  },
];

describe('every module’s cube against the tables', () => {
  let app: TestApp;
  let analyst: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ demo: SHARED_DEMO });
    analyst = await app.clientAs(Role.ANALYST);
    // What the small demo lacks: a rectification after a bad review, and a credit repair application.
    const enterprise = await registerEnterprise(await app.clientAs(Role.ADMIN));
    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    let serviceCase = await submitCase(owner, enterprise.id, 'OPEN_RESTAURANT');
    for (const task of serviceCase.tasks) serviceCase = await handleTask(app, owner, serviceCase, task.item.code);
    const { reviewSubmit } = await owner.data(ReviewSubmitDocument, {
      input: {
        caseId: serviceCase.id,
        level: 'DISSATISFIED',
        unprompted: false,
        departmentCode: 'fire-rescue',
        comment: '等待时间过长',
        ratings: [],
      },
    });
    expect(reviewSubmit.rectification).not.toBeNull();
    const market = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const { administrativePenaltyRecord } = await market.data(AdministrativePenaltyRecordDocument, {
      input: {
        enterpriseId: enterprise.id,
        decisionNumber: 'P-CUBE',
        departmentCode: 'market-regulation',
        severity: 'GENERAL',
        sector: 'GENERAL',
        decidedOn: '2026-03-01',
        amount: '5000.00',
      },
    });
    const { creditRepairApply } = await owner.data(CreditRepairApplyDocument, {
      input: { penaltyId: administrativePenaltyRecord.penalty!.id, statement: '已整改完毕' },
    });
    expect(creditRepairApply.userErrors).toEqual([]);
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  it.each(CHECKS.map((check) => [check.report, check] as const))('%s agrees with SQL written by hand', async (_name, check) => {
    const dimensionField = check.dimension ? fieldOf(check.dimension) : null;
    const fields = [...(dimensionField ? [dimensionField] : []), ...check.measures.map(fieldOf)].join(' ');
    const { data, errors } = await analyst.raw<Record<string, { rows: Array<Record<string, unknown>> }>>(
      `{ ${check.report}(dimensions: [${check.dimension ?? ''}], measures: [${check.measures.join(', ')}]) { rows { ${fields} } } }`,
    );
    expect(errors).toBeUndefined();
    const reported = data![check.report].rows.map((row) => ({ key: dimensionField ? row[dimensionField] : 'TOTAL', ...row }));
    const expected = await (app.services.orm.em.fork() as EntityManager).execute<Array<Record<string, unknown>>>(check.sql);
    expect(expected.length).toBeGreaterThan(0);
    const byKey = (rows: Array<Record<string, unknown>>) =>
      Object.fromEntries(
        rows.map((row) => [
          String(row.key),
          Object.fromEntries(check.measures.map(fieldOf).map((field) => [field, row[field] === null ? null : Number(row[field])])),
        ]),
      );
    expect(byKey(reported)).toEqual(byKey(expected));
  });
});
