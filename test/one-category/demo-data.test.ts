import { Role } from '../../modules/platform/auth/principal';
import { ChainEnterprisesDocument, ChainPublishedDocument, ChainsDocument } from '../../schema/generated/graphql';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';
import { modules } from '../../modules';
import { chainsOf } from '../../modules/one-category/chain-definition';

describe('chain demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    // The chains' demo data rests on the registry's enterprises alone.
    await app.seed(120, 1, ['enterprise', 'one-category', ...modules.filter((module) => module.extensions?.chain).map((module) => module.name)]);
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  it('publishes every chain’s bundle and places the chain’s industries at its nodes, with chain data', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { chains } = await analyst.data(ChainsDocument);
    // The chains are the registry's, in its order: no list of them here.
    expect(chains.map((chain) => chain.code)).toEqual(chainsOf(modules).map((chain) => chain.code));
    for (const { code } of chains) {
      const { chain } = await analyst.data(ChainPublishedDocument, { code });
      expect(chain.published?.number).toBe(1);
      const members = await analyst.data(ChainEnterprisesDocument, { code, first: 5 });
      expect(members.chain.enterprises.totalCount).toBeGreaterThan(0);
    }
    // Every chain module seeds data of its own into its own tables.
    const em = app.services.orm.em.fork();
    for (const module of modules.filter((candidate) => candidate.extensions?.chain)) {
      let rows = 0;
      for (const entity of module.entities ?? []) {
        const table = em.getMetadata().get((entity as { name: string }).name).collection;
        rows += Number((await em.execute<Array<{ n: number }>>(`select count(*)::int as n from "${table}"`))[0].n);
      }
      expect([module.name, rows > 0]).toEqual([module.name, true]);
    }
  });
});
