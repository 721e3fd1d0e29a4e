import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  ApiKeyCreateDocument,
  AuditEntriesDocument,
  CreditAccessLogDocument,
  CreditAuthorizationGrantDocument,
  CreditAuthorizationRevokeDocument,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('the period and the revocation of credit authorizations', () => {
  const clock = new ManualClock(new Date('2026-06-10T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let enterprise: { id: string; uscc: string };
  let owner: GraphQLClient;
  let bankKeyId: string;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    enterprise = await registerEnterprise(admin);
    owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc, subject: 'owner-revoker' });
    bankKeyId = (await admin.data(ApiKeyCreateDocument, { input: { name: '常山农商银行' } })).apiKeyCreate.apiKey!.id;
  });
  afterAll(() => app?.stop());

  const grant = async (validFrom: string, validUntil: string) =>
    (
      await owner.data(CreditAuthorizationGrantDocument, {
        input: { enterpriseId: enterprise.id, partnerKeyId: bankKeyId, purpose: '信用贷款审批', validFrom, validUntil },
      })
    ).creditAuthorizationGrant;

  it.each([
    ['2026-06-10', '2027-06-10', '2027-06-11'],
    ['2027-02-28', '2028-02-28', '2028-02-29'],
    ['2028-02-29', '2029-02-28', '2029-03-01'],
  ])('lets an authorization from %s last until the same date a year on (%s), not a day beyond (%s)', async (from, lastDay, dayBeyond) => {
    const allowed = await grant(from, lastDay);
    expect(allowed.userErrors).toEqual([]);
    expect(allowed.authorization).toMatchObject({ validFrom: from, validUntil: lastDay });
    const refused = await grant(from, dayBeyond);
    expect(refused.authorization).toBeNull();
    expect(refused.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([['input.validUntil', 'OUT_OF_RANGE']]);
  });

  it('revokes once when ten revocations of one authorization arrive together; the others get ALREADY_REVOKED', async () => {
    const { authorization } = await grant('2026-06-10', '2026-12-31');
    const id = authorization!.id;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        owner.data(CreditAuthorizationRevokeDocument, { input: { id } }).then((data) => data.creditAuthorizationRevoke),
      ),
    );
    const winners = answers.filter((answer) => answer.userErrors.length === 0);
    const losers = answers.filter((answer) => answer.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(winners[0].authorization?.revokedAt).not.toBeNull();
    expect(losers).toHaveLength(9);
    for (const loser of losers) {
      expect(loser.authorization).toBeNull();
      expect(loser.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([['input.id', 'ALREADY_REVOKED']]);
    }

    // The winner's revocation is the one kept; a later revocation changes nothing either.
    clock.set('2026-06-11T02:00:00Z');
    const later = await owner.data(CreditAuthorizationRevokeDocument, { input: { id } });
    expect(later.creditAuthorizationRevoke.userErrors.map((error) => error.code)).toEqual(['ALREADY_REVOKED']);
    const { enterprise: log } = await owner.data(CreditAccessLogDocument, { id: enterprise.id });
    expect(log?.creditAuthorizations?.find((row) => row.id === id)?.revokedAt).toBe(winners[0].authorization?.revokedAt);

    const { auditEntries } = await admin.data(AuditEntriesDocument, {
      first: 50,
      filter: { operation: 'creditAuthorizationRevoke', actorSubject: 'owner-revoker' },
    });
    const outcomes = auditEntries.nodes.map((entry) => `${entry.outcome}:${entry.errorCodes.join(',')}`).sort();
    expect(outcomes).toEqual([...Array<string>(10).fill('REJECTED:ALREADY_REVOKED'), 'SUCCEEDED:']);
  });
});
