import { Role } from '../../modules/platform/auth/principal';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

describe('query depth and complexity limits', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ env: { MAX_QUERY_DEPTH: '3', MAX_QUERY_COMPLEXITY: '500' } });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  it('runs a query within both limits', async () => {
    const response = await admin.raw('{ enterprises(first: 10) { nodes { name industry { name } } } viewer { enterprise { region { code } } } }');
    expect(response.errors).toBeUndefined();
  });

  it('refuses a query deeper than the limit with QUERY_TOO_DEEP before running it', async () => {
    const response = await admin.raw('{ enterprises(first: 1) { edges { node { industry { name } } } } }');
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('QUERY_TOO_DEEP');
    expect(response.errors?.[0].extensions?.maxDepth).toBe(3);
    expect(response.data).toBeUndefined();
  });

  it('counts depth through fragments', async () => {
    const response = await admin.raw(
      'query { enterprises(first: 1) { ...Page } } fragment Page on EnterpriseConnection { edges { node { region { name } } } }',
    );
    expect(errorCode(response)).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a query whose page sizes multiply beyond the complexity limit with QUERY_TOO_COMPLEX', async () => {
    const response = await admin.raw('{ enterprises(first: 100) { nodes { name uscc industry { name } region { name } } } }');
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0].extensions?.complexity).toBeGreaterThan(500);
  });

  it('prices a connection by the page size its variables ask for', async () => {
    const query = 'query ($first: Int) { enterprises(first: $first) { nodes { name uscc industry { name } } } }';
    expect((await admin.raw(query, { first: 10 })).errors).toBeUndefined();
    expect(errorCode(await admin.raw(query, { first: 100 }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets the explorer introspect the schema despite its depth', async () => {
    const response = await app.client.raw(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }',
    );
    expect(response.errors).toBeUndefined();
  });
});
