import { Role } from '../../modules/platform/auth/principal';
import { PolicyIndicatorsDocument } from '../../schema/generated/graphql';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

/** The demo county's half year of policy redemptions, made through the services, as the indicators report it. */
describe('demo policies and redemptions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    // Policies read facts of the registry, cases, chains and credit; appeals and inspections add nothing to them.
    await app.seed(40, 5, app.modulesExcept('appeals', 'inspections'));
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  const half = { from: '2026-06-01', to: '2026-11-30' };

  it('pay enterprises under every mode, mostly without review', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { policyIndicators } = await analyst.data(PolicyIndicatorsDocument, { ...half, by: 'MODE' });
    expect(Number(policyIndicators.amountDisbursed)).toBeGreaterThan(0);
    expect(policyIndicators.beneficiaries).toBeGreaterThan(20);
    expect(policyIndicators.withoutReviewShare).toBeGreaterThanOrEqual(0.8);
    expect(Number(policyIndicators.amountGranted)).toBeGreaterThanOrEqual(Number(policyIndicators.amountDisbursed));
    expect(policyIndicators.budgetProgress).toBeGreaterThan(0);
    expect(policyIndicators.breakdown.map((group) => group.key)).toEqual(['INSTANT', 'NO_APPLICATION', 'REVIEWED']);
    const byChain = (await analyst.data(PolicyIndicatorsDocument, { ...half, by: 'CHAIN' })).policyIndicators.breakdown;
    // Each enabled chain's members get its award; the policies for everyone count under ALL.
    expect(byChain.length).toBeGreaterThan(2);
    expect(byChain.map((group) => group.key)).toContain('ALL');
  });

  it('adds nothing when seeded again', async () => {
    const count = async () =>
      (
        await app.services.orm.em
          .fork()
          .execute<Array<{ n: number; states: string }>>(
            `select count(*)::int as n, string_agg(state, ',' order by id) as states from policy_redemption`,
          )
      )[0];
    const before = await count();
    await app.seed(40, 5, ['policies']);
    expect(await count()).toEqual(before);
  });
});
