import { Role } from '../../modules/platform/auth/principal';
import { errorCode } from '../support/graphql-client';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

/**
 * Objects a client caches have an identity: scores, credit+ scores, memberships, matter steps and published rule
 * sets are nodes, refetched by `node(id:)` under the same rules as the fields that show them.
 */
describe('identity of cached objects', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await TestApp.start();
    // What the graph shows of enterprises (cases, credit, chains); the later modules' histories add nothing here.
    await app.seed(40, 2, app.modulesExcept('appeals', 'policies', 'inspections'));
    const admin = await app.clientAs(Role.ADMIN);
    const { data } = await admin.raw<{
      enterprises: {
        nodes: Array<{
          creditScore: { id: string } | null;
          creditScoreHistory: Array<{ id: string }>;
          creditPlusScores: Array<{ id: string }>;
          chainMemberships: Array<{ id: string }>;
        }>;
      };
      matters: { nodes: Array<{ items: Array<{ id: string }> }> };
      creditPlusRules: { versions: Array<{ id: string }> };
    }>(`{
      enterprises(first: 40) { nodes { creditScore { id } creditScoreHistory { id } creditPlusScores { id } chainMemberships { id } } }
      matters(first: 1) { nodes { items { id } } }
      creditPlusRules(chain: HUYOU) { versions { id } }
    }`);
    const nodes = data!.enterprises.nodes;
    const first = <T>(lists: T[][]) => lists.flat()[0];
    Object.assign(ids, {
      CreditScore: nodes.find((node) => node.creditScore)!.creditScore!.id,
      CreditPlusScore: first(nodes.map((node) => node.creditPlusScores)).id,
      ChainMembership: first(nodes.map((node) => node.chainMemberships)).id,
      MatterItem: data!.matters.nodes[0].items[0].id,
      CreditPlusRuleSet: data!.creditPlusRules.versions[0]?.id,
    });
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  it('refetches each kind by node(id:) with its type and id', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    for (const [typeName, id] of Object.entries(ids).filter(([, id]) => id)) {
      const response = await analyst.raw<{ node: { __typename: string; id: string } | null }>('query($id: ID!) { node(id: $id) { __typename id } }', {
        id,
      });
      expect([typeName, response.errors, response.data?.node]).toEqual([typeName, undefined, { __typename: typeName, id }]);
    }
  });

  it('keeps a current score readable by a partner, and a past one behind the enterprise’s authorization', async () => {
    const partner = await app.clientAs(Role.PARTNER);
    const current = await partner.raw('query($id: ID!) { node(id: $id) { ... on CreditScore { score grade } } }', { id: ids.CreditScore });
    expect(current.errors).toBeUndefined();
    // A recompute keeps the scores it replaces as history.
    await (await app.clientAs(Role.ADMIN)).raw('mutation { creditScoresRecompute { enterprises } }');
    const em = app.services.orm.em.fork();
    const [past] = await em.execute<Array<{ id: string }>>('select id from credit_score where not current limit 1');
    expect(past).toBeDefined();
    {
      const { toGlobalId } = await import('../../modules/platform/relay/global-id');
      const refused = await partner.raw('query($id: ID!) { node(id: $id) { ... on CreditScore { score } } }', {
        id: toGlobalId('CreditScore', past.id),
      });
      expect(errorCode(refused)).toBe('FORBIDDEN');
    }
    expect(errorCode(await app.client.raw('query($id: ID!) { node(id: $id) { id } }', { id: ids.ChainMembership }))).toBe('UNAUTHENTICATED');
  });
});
