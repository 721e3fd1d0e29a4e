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

  /** Five objects per enterprise (the item, industry, region, score, memberships); its scalars cost nothing. */
  const FIVE_OBJECTS = 'nodes { name uscc industry { name } region { name } creditScore { score } chainMemberships { chain } }';

  it('refuses a query whose page sizes multiply beyond the complexity limit with QUERY_TOO_COMPLEX', async () => {
    const response = await admin.raw(`{ enterprises(first: 100) { ${FIVE_OBJECTS} } }`);
    expect(response.status).toBe(400);
    expect(errorCode(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0].extensions).toMatchObject({ complexity: 501, maxComplexity: 500 });
    expect(response.extensions?.cost).toEqual({ requested: 501, limit: 500 });
  });

  it('prices a connection by the page size its variables ask for, and objects but not scalars', async () => {
    const query = `query ($first: Int) { enterprises(first: $first) { ${FIVE_OBJECTS} } }`;
    const small = await admin.raw(query, { first: 10 });
    expect(small.errors).toBeUndefined();
    // 1 for the connection, plus 10 items of 5 objects each.
    expect(small.extensions?.cost).toEqual({ requested: 51, limit: 500 });
    expect(
      (
        await admin.raw(
          'query ($first: Int) { enterprises(first: $first) { nodes { name uscc legalRepresentative registeredCapital establishedOn } } }',
          { first: 100 },
        )
      ).extensions?.cost,
    ).toEqual({
      requested: 101,
      limit: 500,
    });
    expect(errorCode(await admin.raw(query, { first: 100 }))).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets the explorer introspect the schema despite its depth', async () => {
    const response = await app.client.raw(
      '{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }',
    );
    expect(response.errors).toBeUndefined();
  });
});
