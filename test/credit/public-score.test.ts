import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  AbnormalListEntryRecordDocument,
  AbnormalListEntryRemoveDocument,
  AdministrativePenaltyRecordDocument,
  AnnualReportFilingRecordDocument,
  CreditScoresRecomputeDocument,
  EnterpriseCreditExplanationDocument,
  EnterpriseCreditRecordsDocument,
  EnterpriseCreditScoreDocument,
  HonourRecordDocument,
  TaxCreditRatingRecordDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('the public credit score, moved by records and explained by them', () => {
  const clock = new ManualClock(new Date('2026-06-10T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let market: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    market = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    enterprise = await registerEnterprise(admin);
  });
  afterAll(() => app?.stop());

  const score = async () => (await admin.data(EnterpriseCreditScoreDocument, { id: enterprise.id })).enterprise?.creditScore;
  const explanation = async () => (await admin.data(EnterpriseCreditExplanationDocument, { id: enterprise.id })).enterprise!.creditScore!.explanation;

  it('has no score before anything is computed', async () => {
    expect(await score()).toBeNull();
  });

  it('moves the score with each record, with the rule, the points and the record as evidence', async () => {
    await market.data(AnnualReportFilingRecordDocument, {
      input: { enterpriseId: enterprise.id, year: 2025, status: 'ON_TIME', filedOn: '2026-05-20' },
    });
    expect(await score()).toMatchObject({ score: 710, grade: 'GOOD', ruleSet: 'public-2026.1' });

    const tax = await app.clientAs(Role.OFFICER, { department: 'tax' });
    await tax.data(TaxCreditRatingRecordDocument, { input: { enterpriseId: enterprise.id, year: 2025, level: 'A' } });
    expect((await score())?.score).toBe(770);

    const { administrativePenaltyRecord } = await market.data(AdministrativePenaltyRecordDocument, {
      input: {
        enterpriseId: enterprise.id,
        decisionNumber: '常市监处罚〔2026〕88号',
        departmentCode: 'market-regulation',
        severity: 'GENERAL',
        sector: 'FOOD',
        decidedOn: '2026-03-01',
        amount: '20000.00',
      },
    });
    expect(administrativePenaltyRecord.penalty?.publicityEndsOn).toBe('2027-03-01');
    expect((await score())?.score).toBe(730);

    for (const title of ['全国文明单位', '全国守合同重信用企业', '全国模范劳动关系和谐企业']) {
      await market.data(HonourRecordDocument, { input: { enterpriseId: enterprise.id, level: 'NATIONAL', title, awardedOn: '2025-12-01' } });
    }
    // Three national honours of 50 points are capped at 100.
    expect(await score()).toMatchObject({ score: 830, grade: 'GOOD' });

    const lines = (await explanation())!;
    expect(lines.map((line) => [line.rule, line.points])).toEqual([
      ['PENALTY_GENERAL', -40],
      ['ANNUAL_REPORT_ON_TIME', 10],
      ['TAX_CREDIT_A', 60],
      ['HONOUR_NATIONAL', 100],
    ]);
    expect(lines[0].evidence).toEqual([
      expect.objectContaining({
        __typename: 'AdministrativePenalty',
        id: administrativePenaltyRecord.penalty!.id,
        decisionNumber: '常市监处罚〔2026〕88号',
      }),
    ]);
    expect(lines[3].evidence).toHaveLength(3);
  });

  it('takes the abnormal-list penalty away once the cause is cured, keeping the history', async () => {
    const { abnormalListEntryRecord } = await market.data(AbnormalListEntryRecordDocument, {
      input: { enterpriseId: enterprise.id, reason: 'UNREACHABLE_AT_ADDRESS', listedOn: '2026-06-01' },
    });
    expect((await score())?.score).toBe(730);
    const { abnormalListEntryRemove } = await market.data(AbnormalListEntryRemoveDocument, {
      input: { id: abnormalListEntryRecord.entry!.id, removedOn: '2026-06-09', cause: '已恢复通过登记住所联系' },
    });
    expect(abnormalListEntryRemove.entry?.removedOn).toBe('2026-06-09');
    expect((await score())?.score).toBe(830);
    const again = await market.data(AbnormalListEntryRemoveDocument, {
      input: { id: abnormalListEntryRecord.entry!.id, removedOn: '2026-06-09', cause: 'x' },
    });
    expect(again.abnormalListEntryRemove.userErrors[0].code).toBe('INVALID_TRANSITION');
    const history = (await admin.data(EnterpriseCreditExplanationDocument, { id: enterprise.id })).enterprise!.creditScoreHistory!.map(
      (entry) => entry.score,
    );
    expect(history.slice(0, 3)).toEqual([830, 730, 830]);
    // One computation per record written: the report, the level, the penalty, three honours, the listing, its removal.
    expect(history).toHaveLength(8);
  });

  it('refuses bad records with userErrors and leaves the score alone', async () => {
    const { administrativePenaltyRecord } = await market.data(AdministrativePenaltyRecordDocument, {
      input: {
        enterpriseId: enterprise.id,
        decisionNumber: '常市监处罚〔2026〕88号',
        departmentCode: 'market-regulation',
        severity: 'SERIOUS',
        decidedOn: '2026-12-01',
        amount: '-5',
      },
    });
    expect(administrativePenaltyRecord.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.decisionNumber', 'TAKEN'],
      ['input.amount', 'NEGATIVE'],
      ['input.decidedOn', 'IN_FUTURE'],
    ]);
    expect((await score())?.score).toBe(830);
  });

  it('lets only the owning department record, and keeps the details from partners', async () => {
    const tax = await app.clientAs(Role.OFFICER, { department: 'tax' });
    const penalty = {
      enterpriseId: enterprise.id,
      decisionNumber: 'X-1',
      departmentCode: 'market-regulation',
      severity: 'GENERAL' as const,
      decidedOn: '2026-03-01',
      amount: '1.00',
    };
    expect(errorCode(await tax.request(AdministrativePenaltyRecordDocument, { input: penalty }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await tax.request(AbnormalListEntryRecordDocument, {
          input: { enterpriseId: enterprise.id, reason: 'FALSE_DISCLOSURE', listedOn: '2026-06-01' },
        }),
      ),
    ).toBe('FORBIDDEN');

    const partner = await app.clientAs(Role.PARTNER);
    expect((await partner.data(EnterpriseCreditScoreDocument, { id: enterprise.id })).enterprise?.creditScore).toMatchObject({
      score: 830,
      grade: 'GOOD',
    });
    expect(errorCode(await partner.request(EnterpriseCreditExplanationDocument, { id: enterprise.id }))).toBe('FORBIDDEN');
    expect(errorCode(await partner.request(EnterpriseCreditRecordsDocument, { id: enterprise.id }))).toBe('FORBIDDEN');

    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    expect((await owner.data(EnterpriseCreditExplanationDocument, { id: enterprise.id })).enterprise?.creditScore?.explanation).toHaveLength(4);
    expect((await owner.data(EnterpriseCreditRecordsDocument, { id: enterprise.id })).enterprise?.administrativePenalties).toHaveLength(1);
  });

  it('keeps one current score when records of one enterprise arrive at once', async () => {
    const other = await registerEnterprise(admin);
    await Promise.all(
      ['甲', '乙', '丙', '丁'].map((title) =>
        market.data(HonourRecordDocument, { input: { enterpriseId: other.id, level: 'MUNICIPAL', title, awardedOn: '2025-12-01' } }),
      ),
    );
    const rows = await app.services.orm.em
      .fork()
      .execute<Array<{ score: number }>>('select score from credit_score where current and enterprise_id = ?', [
        (await app.services.orm.em.fork().execute<Array<{ id: string }>>('select id from enterprise where uscc = ?', [other.uscc]))[0].id,
      ]);
    // Four municipal honours of 10, capped at 30.
    expect(rows).toEqual([{ score: 730 }]);
  });

  it('recomputes every enterprise in one pass, as publicity ends with time', async () => {
    const other = await registerEnterprise(admin);
    clock.set('2027-03-02T02:00:00Z');
    const { creditScoresRecompute } = await admin.data(CreditScoresRecomputeDocument);
    expect(creditScoresRecompute.enterprises).toBe(3);
    // The penalty's publicity ended, and last year's (2026) report is not on file yet: 700 + 60 + 100.
    expect(await score()).toMatchObject({ score: 860, grade: 'EXCELLENT' });
    expect((await admin.data(EnterpriseCreditScoreDocument, { id: other.id })).enterprise?.creditScore).toMatchObject({ score: 700, grade: 'GOOD' });
  });
});
