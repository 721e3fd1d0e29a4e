import { Role } from '../../modules/platform/auth/principal';
import {
  ApiKeyCreateDocument,
  ApiKeyRevokeDocument,
  ApiKeysDocument,
  EnterprisesDocument,
  NodeDocument,
  ViewerDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('partner API keys', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
    await registerEnterprise(admin, { legalRepresentative: '赵六' });
  });
  afterAll(() => app?.stop());

  async function createKey(name: string) {
    const { apiKeyCreate } = await admin.data(ApiKeyCreateDocument, { input: { name } });
    expect(apiKeyCreate.userErrors).toEqual([]);
    return { key: apiKeyCreate.apiKey!, secret: apiKeyCreate.secret! };
  }

  it('creates a key whose secret is shown once and works as X-Api-Key with the PARTNER role', async () => {
    const { key, secret } = await createKey('Changshan Rural Bank loan portal');
    expect(key).toMatchObject({ role: 'PARTNER', revokedAt: null, prefix: secret.slice(0, 10) });
    const partner = app.client.as({ apiKey: secret });
    expect((await partner.data(ViewerDocument)).viewer).toMatchObject({
      role: 'PARTNER',
      subject: expect.stringMatching(/^api-key:/),
      displayName: 'Changshan Rural Bank loan portal',
    });
    const { enterprises } = await partner.data(EnterprisesDocument, { first: 5 });
    expect(enterprises.edges[0].node.legalRepresentative).toBe('赵*');
  });

  it('stores only a digest of the secret', async () => {
    const { secret } = await createKey('Digest check');
    const rows = await app.services.orm.em.fork().getConnection().execute('select * from api_key');
    expect(JSON.stringify(rows)).not.toContain(secret);
  });

  it('records when a key was last used, off the request path and at most once a minute', async () => {
    const { key, secret } = await createKey('Usage tracking');
    const before = Date.now();
    await app.client.as({ apiKey: secret }).data(ViewerDocument);
    const lastUsed = async () => (await admin.data(ApiKeysDocument, {})).apiKeys.nodes.find((node) => node.id === key.id)?.lastUsedAt ?? null;
    let recorded: string | null = null;
    for (let attempt = 0; attempt < 50 && !recorded; attempt++) {
      recorded = await lastUsed();
      if (!recorded) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(Date.parse(recorded!)).toBeGreaterThanOrEqual(before - 1000);
    // Reads within the minute leave the stored time alone, and the key is kept in memory: no statement on it at all.
    const statements = await app.countStatements(() => app.client.as({ apiKey: secret }).data(ViewerDocument));
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(statements.statements.filter((sql) => /api_key/i.test(sql))).toEqual([]);
    expect(await lastUsed()).toBe(recorded);
  });

  it('revokes a key: calls with it are refused with UNAUTHENTICATED and it leaves the active list', async () => {
    const { key, secret } = await createKey('To be revoked');
    // In use, and so kept in memory, on this instance and on a second one.
    const peer = await app.startPeer();
    expect((await app.client.as({ apiKey: secret }).data(ViewerDocument)).viewer.role).toBe('PARTNER');
    expect((await peer.client.as({ apiKey: secret }).data(ViewerDocument)).viewer.role).toBe('PARTNER');
    const { apiKeyRevoke } = await admin.data(ApiKeyRevokeDocument, { input: { id: key.id } });
    expect(apiKeyRevoke.userErrors).toEqual([]);
    expect(apiKeyRevoke.apiKey?.revokedAt).not.toBeNull();
    const refused = await app.client.as({ apiKey: secret }).request(ViewerDocument);
    expect(refused.status).toBe(401);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    // The other instance hears of the revocation when it commits.
    let elsewhere = await peer.client.as({ apiKey: secret }).request(ViewerDocument);
    for (let attempt = 0; attempt < 20 && elsewhere.status !== 401; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      elsewhere = await peer.client.as({ apiKey: secret }).request(ViewerDocument);
    }
    expect(errorCode(elsewhere)).toBe('UNAUTHENTICATED');
    expect((await admin.data(ApiKeysDocument, {})).apiKeys.nodes.map((node) => node.id)).not.toContain(key.id);
    expect((await admin.data(ApiKeysDocument, { includeRevoked: true })).apiKeys.nodes.map((node) => node.id)).toContain(key.id);
  });

  it('refuses to revoke twice, unknown keys and blank names with userErrors', async () => {
    const { key } = await createKey('Twice');
    await admin.data(ApiKeyRevokeDocument, { input: { id: key.id } });
    expect((await admin.data(ApiKeyRevokeDocument, { input: { id: key.id } })).apiKeyRevoke.userErrors[0].code).toBe('ALREADY_REVOKED');
    expect((await admin.data(ApiKeyRevokeDocument, { input: { id: 'bm9uZQ' } })).apiKeyRevoke.userErrors[0].code).toBe('NOT_FOUND');
    const blank = await admin.data(ApiKeyCreateDocument, { input: { name: ' ' } });
    expect(blank.apiKeyCreate).toMatchObject({
      apiKey: null,
      secret: null,
      userErrors: [expect.objectContaining({ field: ['input', 'name'], code: 'BLANK' })],
    });
    const wrongRole = await admin.data(ApiKeyCreateDocument, { input: { name: 'admin key', role: 'ADMIN' } });
    expect(wrongRole.apiKeyCreate.userErrors[0].code).toBe('INVALID_ROLE');
  });

  it('refuses an unknown key', async () => {
    expect(errorCode(await app.client.as({ apiKey: 'esg_not-a-real-key' }).request(ViewerDocument))).toBe('UNAUTHENTICATED');
  });

  it('lets only ADMIN manage keys, and keeps keys out of node for others', async () => {
    const { key } = await createKey('Admin only');
    for (const role of [Role.OFFICER, Role.PARTNER, Role.ANALYST]) {
      const client = await app.clientAs(role, { department: 'tax' });
      expect(errorCode(await client.request(ApiKeyCreateDocument, { input: { name: 'sneaky' } }))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(ApiKeysDocument, {}))).toBe('FORBIDDEN');
      expect(errorCode(await client.request(NodeDocument, { id: key.id }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await app.client.request(ApiKeyRevokeDocument, { input: { id: key.id } }))).toBe('UNAUTHENTICATED');
  });
});
