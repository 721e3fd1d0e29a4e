import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  AdministrativePenaltyRecordDocument,
  AnnualReportFilingRecordDocument,
  ApiKeyCreateDocument,
  ChainMembershipJoinDocument,
  CreditAuthorizationGrantDocument,
  CreditIndicatorsDocument,
  CreditLoanRecordDocument,
  CreditRepairApplyDocument,
  CreditRepairDecideDocument,
  HonourRecordDocument,
  IndicatorDefinitionsDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('credit indicators', () => {
  const clock = new ManualClock(new Date('2026-07-01T02:00:00Z'));
  let app: TestApp;
  let analyst: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    analyst = await app.clientAs(Role.ANALYST);
    const market = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const [good, excellent, poor] = [await registerEnterprise(admin), await registerEnterprise(admin), await registerEnterprise(admin)];
    await market.data(AnnualReportFilingRecordDocument, { input: { enterpriseId: good.id, year: 2025, status: 'ON_TIME', filedOn: '2026-05-01' } });
    for (const title of ['甲', '乙', '丙'])
      await market.data(HonourRecordDocument, { input: { enterpriseId: excellent.id, level: 'NATIONAL', title, awardedOn: '2026-01-01' } });
    await market.data(HonourRecordDocument, { input: { enterpriseId: excellent.id, level: 'PROVINCIAL', title: '丁', awardedOn: '2026-01-01' } });
    for (const number of ['P-1', 'P-2', 'P-3']) {
      await market.data(AdministrativePenaltyRecordDocument, {
        input: {
          enterpriseId: poor.id,
          decisionNumber: number,
          departmentCode: 'market-regulation',
          severity: 'SERIOUS',
          decidedOn: '2025-01-10',
          amount: '1.00',
        },
      });
    }
    await (
      await app.clientAs(Role.DESK, { chains: ['huyou'] })
    ).data(ChainMembershipJoinDocument, { input: { enterpriseId: poor.id, chain: 'HUYOU', node: 'PLANTING' } });

    // A repair applied for on 1 July and decided on the same day, and an approved loan of 300,000 yuan.
    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: poor.uscc });
    const penaltyId = (
      await market.data(AdministrativePenaltyRecordDocument, {
        input: {
          enterpriseId: poor.id,
          decisionNumber: 'P-4',
          departmentCode: 'market-regulation',
          severity: 'GENERAL',
          decidedOn: '2026-01-05',
          amount: '1.00',
        },
      })
    ).administrativePenaltyRecord.penalty!.id;
    const repair = (await owner.data(CreditRepairApplyDocument, { input: { penaltyId, statement: '已整改' } })).creditRepairApply.repair!;
    await market.data(CreditRepairDecideDocument, { input: { id: repair.id, approve: true } });
    const key = (await admin.data(ApiKeyCreateDocument, { input: { name: '银行' } })).apiKeyCreate;
    await owner.data(CreditAuthorizationGrantDocument, {
      input: { enterpriseId: poor.id, partnerKeyId: key.apiKey!.id, purpose: '贷款', validUntil: '2026-12-31' },
    });
    await app.client.as({ apiKey: key.secret! }).data(CreditLoanRecordDocument, {
      input: { enterpriseId: poor.id, amount: '300000.00', termMonths: 12, rateBand: 'AT_LPR', outcome: 'APPROVED' },
    });
  }, 60_000);
  afterAll(() => app?.stop());

  it('computes the good-or-better and poor rates, repairs and loans for all enterprises', async () => {
    const { creditIndicators } = await analyst.data(CreditIndicatorsDocument, { from: '2026-07-01', to: '2026-07-31' });
    // Scores: 710 (GOOD), 860 (EXCELLENT), 700 − 3 × 120 = 340 (POOR).
    expect(creditIndicators).toEqual({
      chain: null,
      enterprisesScored: 3,
      goodOrBetterRate: 0.6667,
      poorRate: 0.3333,
      repairsHandled: 1,
      repairsOnTimeRate: 1,
      loansApproved: 1,
      loanAmount: '300000.00',
      // Every day counted lies in the official 2026.
      provisionalCalendar: false,
    });
  });

  it('narrows the figures to one chain', async () => {
    const { creditIndicators } = await analyst.data(CreditIndicatorsDocument, { from: '2026-07-01', to: '2026-07-31', chain: 'HUYOU' });
    expect(creditIndicators).toMatchObject({ chain: 'HUYOU', enterprisesScored: 1, goodOrBetterRate: 0, poorRate: 1, loansApproved: 1 });
    const { creditIndicators: empty } = await analyst.data(CreditIndicatorsDocument, { from: '2026-07-01', to: '2026-07-31', chain: 'PAPER' });
    expect(empty).toMatchObject({ enterprisesScored: 0, goodOrBetterRate: null, repairsHandled: 0, loanAmount: '0.00' });
  });

  it('counts no scores computed after the period', async () => {
    const { creditIndicators } = await analyst.data(CreditIndicatorsDocument, { from: '2026-01-01', to: '2026-06-30' });
    expect(creditIndicators).toMatchObject({ enterprisesScored: 0, repairsHandled: 0, loansApproved: 0 });
  });

  it('publishes the definitions with their frontier values, for analysts only', async () => {
    const { indicatorDefinitions } = await analyst.data(IndicatorDefinitionsDocument);
    expect(indicatorDefinitions.find((indicator) => indicator.code === 'credit.good-or-better-rate')).toMatchObject({
      target: 0.85,
      module: 'credit',
    });
    const officer = await app.clientAs(Role.OFFICER, { department: 'tax' });
    expect(errorCode(await officer.request(CreditIndicatorsDocument, { from: '2026-07-01', to: '2026-07-31' }))).toBe('FORBIDDEN');
  });
});
