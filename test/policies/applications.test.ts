import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  ApiKeyCreateDocument,
  PartnerAuthorizationGrantDocument,
  PolicyApplyDocument,
  PolicyIndicatorsDocument,
  PolicyDraftSaveDocument,
  PolicyPublishDocument,
  PolicyRedemptionDecideDocument,
  PolicyRedemptionPayDocument,
  PolicyRedemptionsDocument,
  type PolicyContentInput,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at } from '../support/one-matter';
import { TestApp } from '../support/test-app';

const policy = (mode: 'INSTANT' | 'REVIEWED', budget: string): PolicyContentInput => ({
  title: mode === 'INSTANT' ? '稳岗补贴' : '技改补助',
  legalBasis: '常政办发〔2026〕9号',
  departmentCode: 'human-resources',
  mode,
  validFrom: '2026-01-01',
  validUntil: null,
  targets: { chains: [], nodes: [], regions: [], industries: [] },
  conditions: [
    { code: 'CAPITAL', description: 'At least 1,000,000 yuan of registered capital.', expression: 'enterprise.registeredCapital >= 1000000' },
  ],
  formula: { description: '1 % of registered capital.', expression: 'enterprise.registeredCapital * 0.01' },
  parameters: [],
  yearlyBudget: budget,
});

describe('applying for policies, decisions and payments', () => {
  const clock = new ManualClock(new Date(at('2026-11-30')));
  let app: TestApp;
  let officer: GraphQLClient;
  const owners: Array<{ client: GraphQLClient; id: string }> = [];

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    officer = await app.clientAs(Role.OFFICER, { department: 'human-resources' });
    for (const capital of ['5000000.00', '5000000.00', '500000.00']) {
      const enterprise = await registerEnterprise(admin, { registeredCapital: capital });
      owners.push({ client: await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc }), id: enterprise.id });
    }
    for (const [code, content] of [
      ['JOB_RETENTION', policy('INSTANT', '60000.00')],
      ['UPGRADE_GRANT', policy('REVIEWED', '1000000.00')],
    ] as const) {
      await officer.data(PolicyDraftSaveDocument, { input: { code, content } });
      await officer.data(PolicyPublishDocument, { input: { code } });
    }
  });
  afterAll(() => app?.stop());

  const apply = (owner: (typeof owners)[number], policyCode: string, period = '2026') =>
    owner.client.data(PolicyApplyDocument, { input: { policyCode, enterpriseId: owner.id, period } });

  it('grants an instant policy at once when eligible, once per period, and says why not otherwise', async () => {
    const { policyApply } = await apply(owners[0], 'JOB_RETENTION');
    expect(policyApply.redemption).toMatchObject({ state: 'GRANTED', amount: '50000.00' });
    expect((await apply(owners[0], 'JOB_RETENTION')).policyApply.userErrors.map((error) => error.code)).toEqual(['TAKEN']);
    const refused = await apply(owners[2], 'JOB_RETENTION');
    expect(refused.policyApply.userErrors[0]).toMatchObject({
      code: 'NOT_ELIGIBLE',
      message: expect.stringContaining('enterprise.registeredCapital >= 1000000'),
    });
  });

  it('takes the period as the policy grants it: a year for a yearly benefit', async () => {
    const { policyApply } = await apply(owners[2], 'UPGRADE_GRANT', '2026-11');
    expect(policyApply.userErrors).toEqual([
      { field: ['input', 'period'], code: 'INVALID_FORMAT', message: 'This policy is granted by year: a year, e.g. 2026.' },
    ]);
  });

  it('lets a grant beyond the budget wait for it', async () => {
    // 50,000 granted of 60,000: the second enterprise's 50,000 does not fit.
    expect((await apply(owners[1], 'JOB_RETENTION')).policyApply.redemption).toMatchObject({ state: 'WAITING_FOR_BUDGET' });
  });

  it('has the issuing department decide a reviewed application, and pays it once under simultaneous calls', async () => {
    const { policyApply } = await apply(owners[0], 'UPGRADE_GRANT');
    expect(policyApply.redemption).toMatchObject({ state: 'APPLIED', amount: '50000.00' });
    const id = policyApply.redemption!.id;
    const stranger = await app.clientAs(Role.OFFICER, { department: 'tax' });
    expect(
      (await stranger.request(PolicyRedemptionPayDocument, { input: { id, paidOn: '2026-11-30', paymentReference: 'X' } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const early = await officer.data(PolicyRedemptionPayDocument, { input: { id, paidOn: '2026-11-30', paymentReference: 'GK-1' } });
    expect(early.policyRedemptionPay.userErrors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);
    const tooMuch = await officer.data(PolicyRedemptionDecideDocument, { input: { id, approve: true, amount: '60000.00' } });
    expect(tooMuch.policyRedemptionDecide.userErrors.map((error) => error.code)).toEqual(['OUT_OF_RANGE']);
    const approved = await officer.data(PolicyRedemptionDecideDocument, { input: { id, approve: true, amount: '40000.00' } });
    expect(approved.policyRedemptionDecide.redemption).toMatchObject({ state: 'GRANTED', amount: '40000.00' });

    const payments = await Promise.all(
      ['GK-2026-001', 'GK-2026-002', 'GK-2026-003'].map((paymentReference) =>
        officer.data(PolicyRedemptionPayDocument, { input: { id, paidOn: '2026-11-30', paymentReference } }),
      ),
    );
    expect(payments.filter(({ policyRedemptionPay }) => policyRedemptionPay.redemption?.state === 'PAID')).toHaveLength(1);
    expect(payments.flatMap(({ policyRedemptionPay }) => policyRedemptionPay.userErrors.map((error) => error.code))).toEqual([
      'INVALID_TRANSITION',
      'INVALID_TRANSITION',
    ]);

    const rejected = await apply(owners[1], 'UPGRADE_GRANT');
    const unexplained = await officer.data(PolicyRedemptionDecideDocument, { input: { id: rejected.policyApply.redemption!.id, approve: false } });
    expect(unexplained.policyRedemptionDecide.userErrors.map((error) => error.code)).toEqual(['BLANK']);
    const { policyRedemptionDecide } = await officer.data(PolicyRedemptionDecideDocument, {
      input: { id: rejected.policyApply.redemption!.id, approve: false, reason: '技改项目未备案' },
    });
    expect(policyRedemptionDecide.redemption).toMatchObject({ state: 'REJECTED', reason: '技改项目未备案' });
  });

  it('shows the enterprise its own redemptions and the department its policies’ ones', async () => {
    expect((await owners[0].client.data(PolicyRedemptionsDocument, {})).policyRedemptions.totalCount).toBe(2);
    expect((await officer.data(PolicyRedemptionsDocument, {})).policyRedemptions.totalCount).toBe(4);
    const tax = await app.clientAs(Role.OFFICER, { department: 'tax' });
    expect((await tax.data(PolicyRedemptionsDocument, {})).policyRedemptions.totalCount).toBe(0);
  });

  it('shows a partner the redemptions of enterprises that authorized it for POLICIES only', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const { apiKeyCreate } = await admin.data(ApiKeyCreateDocument, { input: { name: 'Bank' } });
    const bank = app.client.as({ apiKey: apiKeyCreate.secret! });
    expect((await bank.data(PolicyRedemptionsDocument, {})).policyRedemptions.totalCount).toBe(0);
    await owners[0].client.data(PartnerAuthorizationGrantDocument, {
      input: {
        enterpriseId: owners[0].id,
        partnerKeyId: apiKeyCreate.apiKey!.id,
        scopes: ['POLICIES'],
        purpose: '政策融资',
        validUntil: '2027-05-30',
      },
    });
    const seen = (await bank.data(PolicyRedemptionsDocument, {})).policyRedemptions;
    expect(seen.totalCount).toBe(2);
    expect((await bank.data(PolicyRedemptionsDocument, { enterpriseId: owners[1].id })).policyRedemptions.totalCount).toBe(0);
    expect((await admin.data(PolicyRedemptionsDocument, { enterpriseId: owners[1].id })).policyRedemptions.totalCount).toBe(2);
  });

  it('reports amounts, beneficiaries, the share without review and the budget’s progress, by mode and department', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { policyIndicators } = await analyst.data(PolicyIndicatorsDocument, { from: '2026-11-01', to: '2026-11-30', by: 'MODE' });
    // Granted: 50,000 instant and 40,000 reviewed (since paid); one instant grant waits; budgets 60,000 + 1,000,000.
    expect(policyIndicators).toMatchObject({
      granted: 2,
      amountGranted: '90000.00',
      amountDisbursed: '40000.00',
      beneficiaries: 1,
      withoutReviewShare: 0.5,
      waitingForBudget: 1,
      yearlyBudget: '1060000.00',
      budgetProgress: 0.0849,
    });
    expect(policyIndicators.breakdown.map((group) => [group.key, group.granted, group.waitingForBudget, group.budgetProgress])).toEqual([
      ['INSTANT', 1, 1, 0.8333],
      ['REVIEWED', 1, 0, 0.04],
    ]);
    const byDepartment = (await analyst.data(PolicyIndicatorsDocument, { from: '2026-11-01', to: '2026-11-30', by: 'DEPARTMENT' })).policyIndicators;
    expect(byDepartment.breakdown.map((group) => [group.key, group.amountGranted])).toEqual([['human-resources', '90000.00']]);
    const earlier = (await analyst.data(PolicyIndicatorsDocument, { from: '2026-10-01', to: '2026-10-31' })).policyIndicators;
    expect(earlier).toMatchObject({ granted: 0, amountDisbursed: '0', withoutReviewShare: null, yearlyBudget: '1060000.00' });
    const backwards = await analyst.request(PolicyIndicatorsDocument, { from: '2026-11-30', to: '2026-11-01' });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['from'] });
    expect((await officer.request(PolicyIndicatorsDocument, { from: '2026-11-01', to: '2026-11-30' })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });
});
