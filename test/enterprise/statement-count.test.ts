import { Role } from '../../modules/platform/auth/principal';
import { EnterprisesWithCataloguesDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

describe('a nested query over a page of enterprises', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
    await app.seed(120, 1, ['enterprise']);
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  async function statementsFor(first: number): Promise<number> {
    const { count } = await app.countStatements(async () => {
      const { enterprises } = await admin.data(EnterprisesWithCataloguesDocument, { first });
      expect(enterprises.nodes).toHaveLength(first);
      for (const node of enterprises.nodes) {
        expect(node.industry.name).toBeTruthy();
        expect(node.region.name).toBeTruthy();
      }
    });
    return count;
  }

  it('costs the same number of SQL statements for 5 and for 100 enterprises: one for the page', async () => {
    const small = await statementsFor(5);
    const large = await statementsFor(100);
    expect(large).toBe(small);
    // One for the page: industry classes and regions are static references, held in memory.
    expect(large).toBe(1);
  });
});
