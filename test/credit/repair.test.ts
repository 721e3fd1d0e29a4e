import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  AbnormalListEntryRecordDocument,
  AdministrativePenaltyRecordDocument,
  AnnualReportFilingRecordDocument,
  CreditRepairApplyDocument,
  CreditRepairDecideDocument,
  EnterpriseCreditScoreDocument,
  NodeDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('credit repair', () => {
  const clock = new ManualClock(new Date('2026-04-01T02:00:00Z'));
  let app: TestApp;
  let market: GraphQLClient;
  let owner: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    market = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    enterprise = await registerEnterprise(admin);
    owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
  });
  afterAll(() => app?.stop());

  const score = async () => (await owner.data(EnterpriseCreditScoreDocument, { id: enterprise.id })).enterprise?.creditScore?.score;
  const penalty = async (decisionNumber: string, severity: 'GENERAL' | 'SERIOUS', sector: 'GENERAL' | 'FOOD') =>
    (
      await market.data(AdministrativePenaltyRecordDocument, {
        input: {
          enterpriseId: enterprise.id,
          decisionNumber,
          departmentCode: 'market-regulation',
          severity,
          sector,
          decidedOn: '2026-03-01',
          amount: '5000.00',
        },
      })
    ).administrativePenaltyRecord.penalty!.id;

  it('refuses a repair before the minimum publicity, saying from when, and accepts it after', async () => {
    const general = await penalty('P-1', 'GENERAL', 'GENERAL');
    expect(await score()).toBe(660);
    const early = await owner.data(CreditRepairApplyDocument, { input: { penaltyId: general, statement: '已缴纳罚款并完成整改' } });
    expect(early.creditRepairApply.userErrors).toEqual([
      expect.objectContaining({ field: ['input', 'penaltyId'], code: 'NOT_YET_ELIGIBLE', message: 'The penalty can be repaired from 2026-06-01.' }),
    ]);

    clock.set('2026-06-01T02:00:00Z');
    const { creditRepairApply } = await owner.data(CreditRepairApplyDocument, { input: { penaltyId: general, statement: '已缴纳罚款并完成整改' } });
    expect(creditRepairApply.repair).toMatchObject({ state: 'PENDING', appliedOn: '2026-06-01' });
    const twice = await owner.data(CreditRepairApplyDocument, { input: { penaltyId: general, statement: 'again' } });
    expect(twice.creditRepairApply.userErrors[0].code).toBe('TAKEN');

    const tax = await app.clientAs(Role.OFFICER, { department: 'tax' });
    expect(errorCode(await tax.request(CreditRepairDecideDocument, { input: { id: creditRepairApply.repair!.id, approve: true } }))).toBe(
      'FORBIDDEN',
    );
    const { creditRepairDecide } = await market.data(CreditRepairDecideDocument, { input: { id: creditRepairApply.repair!.id, approve: true } });
    expect(creditRepairDecide.repair).toMatchObject({ state: 'APPROVED', decidedOn: '2026-06-01', penalty: { repairedOn: '2026-06-01' } });
    expect(await score()).toBe(700);
  });

  it('holds a food-safety penalty for a year even when general, and a rejection needs a reason', async () => {
    const food = await penalty('P-2', 'GENERAL', 'FOOD');
    const early = await owner.data(CreditRepairApplyDocument, { input: { penaltyId: food, statement: '整改完毕' } });
    expect(early.creditRepairApply.userErrors[0]).toMatchObject({
      code: 'NOT_YET_ELIGIBLE',
      message: 'The penalty can be repaired from 2027-03-01.',
    });
    clock.set('2027-03-01T02:00:00Z');
    const { creditRepairApply } = await owner.data(CreditRepairApplyDocument, { input: { penaltyId: food, statement: '整改完毕' } });
    const noReason = await market.data(CreditRepairDecideDocument, { input: { id: creditRepairApply.repair!.id, approve: false } });
    expect(noReason.creditRepairDecide.userErrors[0]).toMatchObject({ field: ['input', 'reason'], code: 'BLANK' });
    const { creditRepairDecide } = await market.data(CreditRepairDecideDocument, {
      input: { id: creditRepairApply.repair!.id, approve: false, reason: '整改材料不完整' },
    });
    expect(creditRepairDecide.repair).toMatchObject({ state: 'REJECTED', rejectionReason: '整改材料不完整', penalty: { repairedOn: null } });
    const again = await market.data(CreditRepairDecideDocument, { input: { id: creditRepairApply.repair!.id, approve: true } });
    expect(again.creditRepairDecide.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  it('takes an enterprise off the abnormal list once the missing report is filed', async () => {
    const { abnormalListEntryRecord } = await market.data(AbnormalListEntryRecordDocument, {
      input: { enterpriseId: enterprise.id, reason: 'MISSING_ANNUAL_REPORT', listedOn: '2027-02-01' },
    });
    const entryId = abnormalListEntryRecord.entry!.id;
    const before = await score();
    const early = await owner.data(CreditRepairApplyDocument, { input: { abnormalListEntryId: entryId, statement: '已补报年报' } });
    expect(early.creditRepairApply.userErrors[0]).toMatchObject({ code: 'NOT_YET_ELIGIBLE', message: 'File the annual report for 2026 first.' });
    await market.data(AnnualReportFilingRecordDocument, {
      input: { enterpriseId: enterprise.id, year: 2026, status: 'LATE', filedOn: '2027-02-20' },
    });
    const { creditRepairApply } = await owner.data(CreditRepairApplyDocument, { input: { abnormalListEntryId: entryId, statement: '已补报年报' } });
    const { creditRepairDecide } = await market.data(CreditRepairDecideDocument, { input: { id: creditRepairApply.repair!.id, approve: true } });
    expect(creditRepairDecide.repair?.abnormalListEntry).toEqual({ removedOn: '2027-03-01', removalCause: '已补报年报' });
    // The listing's 100 points come back; the late report costs 15.
    expect(await score()).toBe(before! - 15 + 100);
  });

  it('lets an enterprise repair only its own records, one record at a time', async () => {
    const stranger = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: (await registerEnterprise(await app.clientAs(Role.ADMIN))).uscc });
    const food = await penalty('P-3', 'SERIOUS', 'GENERAL');
    expect(errorCode(await stranger.request(CreditRepairApplyDocument, { input: { penaltyId: food, statement: 'x' } }))).toBe('FORBIDDEN');
    const both = await owner.data(CreditRepairApplyDocument, { input: { penaltyId: food, abnormalListEntryId: food, statement: 'x' } });
    expect(both.creditRepairApply.userErrors[0].code).toBe('CONFLICT');
  });

  it('keeps repairs from partners without the enterprise’s authorization, even by node', async () => {
    const { creditRepairApply } = await owner.data(CreditRepairApplyDocument, {
      input: { penaltyId: await penalty('P-9', 'GENERAL', 'GENERAL'), statement: '整改' },
    });
    const partner = await app.clientAs(Role.PARTNER);
    expect(errorCode(await partner.request(NodeDocument, { id: creditRepairApply.repair!.id }))).toBe('FORBIDDEN');
    expect((await owner.data(NodeDocument, { id: creditRepairApply.repair!.id })).node?.__typename).toBe('CreditRepair');
  });
});
