import { Role } from '../../modules/platform/auth/principal';
import { ApiKeyCreateDocument, AuditEntriesDocument, CalendarYearSetDocument } from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

describe('the audit log', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN, { subject: 'admin-wang' });
  });
  afterAll(() => app?.stop());

  it('records a successful mutation with actor, operation, targets, time and request id', async () => {
    const before = Date.now();
    const response = await admin.request(ApiKeyCreateDocument, { input: { name: 'Audited key' } });
    const keyId = response.data?.apiKeyCreate.apiKey?.id;
    const { auditEntries } = await admin.data(AuditEntriesDocument, { filter: { operation: 'apiKeyCreate' } });
    expect(auditEntries.nodes[0]).toMatchObject({
      actorRole: 'ADMIN',
      actorSubject: 'admin-wang',
      operation: 'apiKeyCreate',
      targetIds: [keyId],
      outcome: 'SUCCEEDED',
      requestId: response.headers.get('x-request-id'),
    });
    expect(Date.parse(auditEntries.nodes[0].createdAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('records refused mutations as DENIED with the caller', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'tax', subject: 'officer-li' });
    const input = { year: 2031, offRanges: [], workDays: [], source: 'x' };
    expect(errorCode(await officer.request(CalendarYearSetDocument, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await app.client.request(CalendarYearSetDocument, { input }))).toBe('UNAUTHENTICATED');
    const { auditEntries } = await admin.data(AuditEntriesDocument, { filter: { operation: 'calendarYearSet', outcome: 'DENIED' } });
    expect(auditEntries.nodes.map((entry) => [entry.actorSubject, entry.errorCodes])).toEqual([
      ['anonymous', ['UNAUTHENTICATED']],
      ['officer-li', ['FORBIDDEN']],
    ]);
  });

  it('records mutations sent with a bad token or API key as DENIED, before the server ran them', async () => {
    const input = { year: 2032, offRanges: [], workDays: [], source: 'x' };
    const forged = await app.client.as({ token: 'not.a.token' }).request(CalendarYearSetDocument, { input });
    expect(errorCode(forged)).toBe('UNAUTHENTICATED');
    const unknownKey = await app.client.as({ apiKey: 'esg_nothing_like_a_key' }).request(CalendarYearSetDocument, { input });
    expect(errorCode(unknownKey)).toBe('UNAUTHENTICATED');
    const { auditEntries } = await admin.data(AuditEntriesDocument, {
      filter: { operation: 'calendarYearSet', actorSubject: '(credentials refused)' },
    });
    expect(auditEntries.nodes.map((entry) => [entry.actorRole, entry.outcome, entry.errorCodes, entry.requestId])).toEqual(
      expect.arrayContaining([
        ['ANONYMOUS', 'DENIED', ['UNAUTHENTICATED'], forged.headers.get('x-request-id')],
        ['ANONYMOUS', 'DENIED', ['UNAUTHENTICATED'], unknownKey.headers.get('x-request-id')],
      ]),
    );
  });

  it('records rejected mutations with their userError codes', async () => {
    await admin.request(ApiKeyCreateDocument, { input: { name: '' } });
    const { auditEntries } = await admin.data(AuditEntriesDocument, { filter: { outcome: 'REJECTED', actorSubject: 'admin-wang' } });
    expect(auditEntries.nodes[0]).toMatchObject({ operation: 'apiKeyCreate', errorCodes: ['BLANK'] });
  });

  it('does not record queries', async () => {
    const { auditEntries } = await admin.data(AuditEntriesDocument, { first: 100 });
    expect(auditEntries.nodes.every((entry) => !['auditEntries', 'viewer'].includes(entry.operation))).toBe(true);
  });

  it('filters by target and time window', async () => {
    const { auditEntries: all } = await admin.data(AuditEntriesDocument, { first: 100 });
    const target = all.nodes.find((entry) => entry.targetIds.length > 0)!.targetIds[0];
    const { auditEntries } = await admin.data(AuditEntriesDocument, { filter: { targetId: target } });
    expect(auditEntries.totalCount).toBe(1);
    const { auditEntries: none } = await admin.data(AuditEntriesDocument, { filter: { from: new Date(Date.now() + 60_000).toISOString() } });
    expect(none.totalCount).toBe(0);
  });

  it('is readable by ADMIN only', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    expect(errorCode(await analyst.request(AuditEntriesDocument, {}))).toBe('FORBIDDEN');
  });
});

describe('the audit log of refused operations', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start({ env: { MAX_QUERY_COMPLEXITY: '2' } })));
  afterAll(() => app?.stop());

  it('records a mutation refused by the query limits before it ran', async () => {
    const admin = await app.clientAs(Role.ADMIN, { subject: 'admin-zhao' });
    const response = await admin.raw('mutation { apiKeyCreate(input: { name: "k" }) { apiKey { id name prefix role } secret userErrors { code } } }');
    expect(errorCode(response)).toBe('QUERY_TOO_COMPLEX');
    const rows = await app.services.orm.em
      .fork()
      .execute<Array<{ operation: string; outcome: string; error_codes: string[] }>>(
        `select operation, outcome, error_codes from audit_entry where actor_subject = 'admin-zhao'`,
      );
    expect(rows).toEqual([{ operation: 'apiKeyCreate', outcome: 'FAILED', error_codes: ['QUERY_TOO_COMPLEX'] }]);
  });
});
