import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { redemptionMatchJob } from '../../modules/policies/redemption-match.job';
import { PolicyDraftSaveDocument, PolicyPublishDocument, type PolicyContentInput } from '../../schema/generated/graphql';
import { registerEnterprise } from '../support/fixtures';
import { at } from '../support/one-matter';
import { TestApp } from '../support/test-app';

/** 小微企业开办补助 without application: enterprises of at least 1,000,000 yuan registered capital get 100,000 yuan. */
const startUpGrant: PolicyContentInput = {
  title: '企业开办补助',
  legalBasis: '常政办发〔2026〕3号',
  departmentCode: 'market-regulation',
  mode: 'NO_APPLICATION',
  validFrom: '2026-01-01',
  validUntil: null,
  targets: { chains: [], nodes: [], regions: [], industries: [] },
  conditions: [
    { code: 'CAPITAL', description: 'At least 1,000,000 yuan of registered capital.', expression: 'enterprise.registeredCapital >= 1000000' },
  ],
  formula: { description: 'A fixed grant.', expression: 'param.grant' },
  parameters: [{ name: 'grant', description: 'Yuan per enterprise', values: [{ from: '2026-01-01', value: 100000 }] }],
  yearlyBudget: '250000.00',
};

describe('redemption without application (免申即享)', () => {
  const clock = new ManualClock(new Date(at('2026-11-30')));
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    for (const capital of ['5000000.00', '3000000.00', '2000000.00', '500000.00']) await registerEnterprise(admin, { registeredCapital: capital });
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    expect(
      (await officer.data(PolicyDraftSaveDocument, { input: { code: 'START_UP_GRANT', content: startUpGrant } })).policyDraftSave.userErrors,
    ).toEqual([]);
    await officer.data(PolicyPublishDocument, { input: { code: 'START_UP_GRANT' } });
  });
  afterAll(() => app?.stop());

  const redemptions = () =>
    (app.services.orm.em.fork() as EntityManager).execute<Array<{ state: string; amount: string }>>(
      'select state, amount::text from policy_redemption order by state, amount',
    );

  it('grants the eligible enterprises within the budget, lets the others wait, and a rerun creates nothing new', async () => {
    const first = await redemptionMatchJob.handler(app.services, {});
    expect(first).toMatchObject({ policies: 1, enterprises: 4, granted: 2, waiting: 1 });
    expect(await redemptions()).toEqual([
      { state: 'GRANTED', amount: '100000.00' },
      { state: 'GRANTED', amount: '100000.00' },
      { state: 'WAITING_FOR_BUDGET', amount: '100000.00' },
    ]);
    expect(await redemptionMatchJob.handler(app.services, {})).toMatchObject({ granted: 0, waiting: 0 });
    expect(await redemptions()).toHaveLength(3);
  });

  it('grants what waited for budget once a larger budget is published', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    await officer.data(PolicyDraftSaveDocument, { input: { code: 'START_UP_GRANT', content: { ...startUpGrant, yearlyBudget: '300000.00' } } });
    await officer.data(PolicyPublishDocument, { input: { code: 'START_UP_GRANT' } });
    expect((await redemptions()).map((row) => row.state)).toEqual(['GRANTED', 'GRANTED', 'GRANTED']);
  });

  it('matches every enterprise in a fixed number of statements: one for all their facts, none per enterprise', async () => {
    const { count } = await app.countStatements(() => redemptionMatchJob.handler(app.services, { on: '2026-12-01' }));
    // Versions, facts, the policy's lock, its budget, its insert; the transaction's own statements.
    expect(count).toBeLessThanOrEqual(10);
  });

  it('grants a monthly benefit once a month and a yearly one once a year, whichever day of it the match runs', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const rentAid = { ...startUpGrant, title: '小微企业房租补贴', benefitPeriod: 'MONTH' as const, yearlyBudget: '10000000.00' };
    expect((await officer.data(PolicyDraftSaveDocument, { input: { code: 'RENT_AID', content: rentAid } })).policyDraftSave.userErrors).toEqual([]);
    await officer.data(PolicyPublishDocument, { input: { code: 'RENT_AID' } });
    const periods = async () =>
      (
        await (app.services.orm.em.fork() as EntityManager).execute<Array<{ period: string; count: number }>>(
          `select r.period, count(*)::int as count from policy_redemption r join policy p on p.id = r.policy_id
            where p.code = 'RENT_AID' group by r.period order by r.period`,
        )
      ).map((row) => [row.period, row.count]);
    for (const on of ['2026-11-01', '2026-11-20', '2026-12-01']) await redemptionMatchJob.handler(app.services, { on });
    expect(await periods()).toEqual([
      ['2026-11', 3],
      ['2026-12', 3],
    ]);
    // The yearly grant of December's run found nothing new: its enterprises had theirs for 2026 already.
    expect((await redemptions()).filter((row) => row.amount === '100000.00')).toHaveLength(3 + 6);
  });

  it('counts what an enterprise already has for the period once against the budget, so a newcomer still fits', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const bigOnes = {
      ...startUpGrant,
      title: '规上企业奖励',
      conditions: [{ code: 'CAPITAL', description: 'At least 4,000,000 yuan.', expression: 'enterprise.registeredCapital >= 4000000' }],
      yearlyBudget: '200000.00',
    };
    await officer.data(PolicyDraftSaveDocument, { input: { code: 'BIG_ONES', content: bigOnes } });
    await officer.data(PolicyPublishDocument, { input: { code: 'BIG_ONES' } });
    const states = async () =>
      (
        await (app.services.orm.em.fork() as EntityManager).execute<Array<{ state: string }>>(
          `select r.state from policy_redemption r join policy p on p.id = r.policy_id where p.code = 'BIG_ONES' order by r.granted_at, r.id`,
        )
      ).map((row) => row.state);
    await redemptionMatchJob.handler(app.services, { on: '2026-11-01' });
    expect(await states()).toEqual(['GRANTED']);
    await registerEnterprise(await app.clientAs(Role.ADMIN), { registeredCapital: '4500000.00' });
    // 100,000 of 200,000 is spent: the newcomer's 100,000 fits, whatever the first enterprise's eligibility says.
    await redemptionMatchJob.handler(app.services, { on: '2026-12-01' });
    expect(await states()).toEqual(['GRANTED', 'GRANTED']);
  });
});
