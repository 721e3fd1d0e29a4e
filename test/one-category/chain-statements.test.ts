import { Role } from '../../modules/platform/auth/principal';
import {
  BundleApplyDocument,
  BundleDraftSaveDocument,
  BundlePublishDocument,
  ChainEnterprisesDocument,
  ChainMembershipJoinDocument,
  HuyouOrchardRegisterDocument,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('a chain’s enterprises with their nodes, chain facts and open cases', () => {
  let app: TestApp;
  let desk: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    const admin = await app.clientAs(Role.ADMIN);
    desk = await app.clientAs(Role.DESK, { chains: ['huyou'] });
    await desk.data(BundleDraftSaveDocument, {
      input: { chain: 'HUYOU', name: '胡柚', description: 'x', nodes: [{ code: 'PROCESSING', items: ['HY-003'] }] },
    });
    await desk.data(BundlePublishDocument, { input: { chain: 'HUYOU' } });
    for (let index = 0; index < 40; index++) {
      const enterprise = await registerEnterprise(admin, { name: `胡柚企业${String(index).padStart(2, '0')}` });
      await desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: enterprise.id, chain: 'HUYOU', node: 'PROCESSING' } });
      if (index % 2 === 0) await desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: enterprise.id, chain: 'HUYOU', node: 'SALES' } });
      await desk.data(HuyouOrchardRegisterDocument, { input: { enterpriseId: enterprise.id, name: `基地${index}`, areaMu: '50.00' } });
      if (index % 3 === 0) {
        const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
        await applicant.data(BundleApplyDocument, {
          input: { chain: 'HUYOU', node: 'PROCESSING', enterpriseId: enterprise.id, channel: 'ONLINE', idempotencyKey: `a${index}` },
        });
      }
    }
  }, 120_000);
  afterAll(() => app?.stop());

  async function statementsFor(first: number, on: TestApp = app): Promise<number> {
    const client = on === app ? desk : await on.clientAs(Role.DESK, { chains: ['huyou'] });
    const { count } = await on.countStatements(async () => {
      const { chain } = await client.data(ChainEnterprisesDocument, { code: 'HUYOU', first });
      expect(chain.enterprises.nodes).toHaveLength(first);
      for (const [index, enterprise] of chain.enterprises.nodes.entries()) {
        expect(enterprise.chainMemberships.map((membership) => membership.node)).toEqual(index % 2 === 0 ? ['PROCESSING', 'SALES'] : ['PROCESSING']);
        expect(enterprise.huyouOrchards).toEqual([{ name: `基地${index}`, areaMu: '50.00' }]);
        expect(enterprise.cases.totalCount).toBe(index % 3 === 0 ? 1 : 0);
      }
    });
    return count;
  }

  it('costs the same statements for a page of 5 as for 40: one compiled, one per level through the resolvers', async () => {
    // Every field has an SQL reading, so the compiled read path answers the whole page with one statement.
    expect([await statementsFor(5), await statementsFor(40)]).toEqual([1, 1]);
    // The resolvers: the page and its total, memberships, orchards, the ranked open cases and their counts.
    const resolvers = await app.startPeer({ COMPILED_READS: 'false' });
    expect([await statementsFor(5, resolvers), await statementsFor(40, resolvers)]).toEqual([6, 6]);
  });
});
