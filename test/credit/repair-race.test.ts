import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { uuidFromGlobalId } from '../../modules/platform/relay/global-id';
import { AbnormalListEntryRecordDocument, AdministrativePenaltyRecordDocument, CreditRepairApplyDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('simultaneous repair applications for one record', () => {
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
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

  const pendingRepairs = async (column: 'penalty_id' | 'abnormal_entry_id', globalId: string, typeName: string) => {
    const rows = await app.services.orm.em
      .fork()
      .execute<Array<{ n: number }>>(`select count(*)::int as n from credit_repair where ${column} = ? and state = 'PENDING'`, [
        uuidFromGlobalId(globalId, typeName),
      ]);
    return rows[0].n;
  };

  /** Ten applications at once, over HTTP: one wins, the others are told a repair is already pending, as a retry would be. */
  const applyTenTimes = async (input: { penaltyId?: string; abnormalListEntryId?: string }, field: string) => {
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, index) => owner.request(CreditRepairApplyDocument, { input: { ...input, statement: `整改完毕 ${index}` } })),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);
    const payloads = responses.map((response) => response.data!.creditRepairApply);
    expect(payloads.filter((payload) => payload.repair !== null)).toHaveLength(1);
    const losers = payloads.filter((payload) => payload.repair === null);
    expect(losers.map((payload) => payload.userErrors.map((error) => [error.field.join('.'), error.code]))).toEqual(
      Array.from({ length: 9 }, () => [[`input.${field}`, 'TAKEN']]),
    );
    const retry = await owner.data(CreditRepairApplyDocument, { input: { ...input, statement: 'again' } });
    expect(retry.creditRepairApply.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([[`input.${field}`, 'TAKEN']]);
  };

  it('stores one pending repair of a penalty and answers the other nine TAKEN', async () => {
    const { administrativePenaltyRecord } = await market.data(AdministrativePenaltyRecordDocument, {
      input: {
        enterpriseId: enterprise.id,
        decisionNumber: 'P-RACE',
        departmentCode: 'market-regulation',
        severity: 'GENERAL',
        sector: 'GENERAL',
        decidedOn: '2026-03-01',
        amount: '5000.00',
      },
    });
    const penaltyId = administrativePenaltyRecord.penalty!.id;
    await applyTenTimes({ penaltyId }, 'penaltyId');
    expect(await pendingRepairs('penalty_id', penaltyId, 'AdministrativePenalty')).toBe(1);
  });

  it('stores one pending repair of an abnormal-list entry and answers the other nine TAKEN', async () => {
    const { abnormalListEntryRecord } = await market.data(AbnormalListEntryRecordDocument, {
      input: { enterpriseId: enterprise.id, reason: 'UNREACHABLE_AT_ADDRESS', listedOn: '2026-05-01' },
    });
    const entryId = abnormalListEntryRecord.entry!.id;
    await applyTenTimes({ abnormalListEntryId: entryId }, 'abnormalListEntryId');
    expect(await pendingRepairs('abnormal_entry_id', entryId, 'AbnormalListEntry')).toBe(1);
  });
});
