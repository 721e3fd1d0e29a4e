import { Role } from '../../modules/platform/auth/principal';
import { ChainEnterprisesDocument, ChainPublishedDocument, ChainsDocument } from '../../schema/generated/graphql';
import { TestApp } from '../support/test-app';

describe('chain demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await app.seed(120, 1);
  }, 120_000);
  afterAll(() => app?.stop());

  it('publishes every chain’s bundle and places the chain’s industries at its nodes, with chain data', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { chains } = await analyst.data(ChainsDocument);
    expect(chains.map((chain) => chain.code)).toEqual(['HUYOU', 'CAMELLIA_OIL', 'CHIP', 'STONE', 'PAPER']);
    for (const { code } of chains) {
      const { chain } = await analyst.data(ChainPublishedDocument, { code });
      expect(chain.published?.number).toBe(1);
      const members = await analyst.data(ChainEnterprisesDocument, { code, first: 5 });
      expect(members.chain.enterprises.totalCount).toBeGreaterThan(0);
    }
    const huyou = await analyst.data(ChainEnterprisesDocument, { code: 'HUYOU', first: 50 });
    expect(huyou.chain.enterprises.nodes.some((enterprise) => enterprise.huyouOrchards.length > 0)).toBe(true);
    const rows = await app.services.orm.em.fork().execute<Array<{ n: number }>>(
      'select (select count(*) from camellia_forest_plot) + (select count(*) from chip_rd_spending) + (select count(*) from stone_mining_licence) + (select count(*) from paper_discharge_permit) as n',
    );
    expect(Number(rows[0].n)).toBeGreaterThan(10);
  });
});
