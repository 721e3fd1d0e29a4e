import { Role } from '../../modules/platform/auth/principal';
import { usccProblem } from '../../modules/enterprise/uscc';
import { EnterprisesDocument } from '../../schema/generated/graphql';
import { TestApp } from '../support/test-app';

async function demoRegistry(seed: number): Promise<Array<{ uscc: string; name: string; legalRepresentative: string; registeredCapital: string }>> {
  const app = await TestApp.start();
  try {
    await app.seed(60, seed, ['enterprise']);
    const admin = await app.clientAs(Role.ADMIN);
    const { enterprises } = await admin.data(EnterprisesDocument, { first: 100, orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(enterprises.totalCount).toBe(60);
    // Generated names can repeat, and ties are broken by random ids: compare by credit code instead.
    return enterprises.edges
      .map(({ node }) => ({
        uscc: node.uscc,
        name: node.name,
        legalRepresentative: node.legalRepresentative,
        registeredCapital: node.registeredCapital,
      }))
      .sort((a, b) => a.uscc.localeCompare(b.uscc));
  } finally {
    await app.stop();
  }
}

describe('demo data', () => {
  it('is the same for the same seed and differs for another seed', async () => {
    const first = await demoRegistry(7);
    const again = await demoRegistry(7);
    const other = await demoRegistry(8);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });

  it('has valid credit codes, the county champions and Changshan-flavoured names', async () => {
    const registry = await demoRegistry(1);
    expect(registry.every((enterprise) => usccProblem(enterprise.uscc) === null)).toBe(true);
    const names = registry.map((enterprise) => enterprise.name);
    expect(names).toEqual(expect.arrayContaining(['浙江柚香谷投资管理有限公司', '浙江珏芯微电子有限公司']));
    expect(names.filter((name) => name.startsWith('常山县')).length).toBeGreaterThan(40);
  });

  it('leaves existing enterprises alone when seeded again', async () => {
    const app = await TestApp.start();
    try {
      // The registry and the cases built on it: the modules after them rerun the same way, through their own tests.
      const modules = ['enterprise', 'one-matter'];
      await app.seed(30, 3, modules);
      await app.seed(40, 3, modules);
      const admin = await app.clientAs(Role.ADMIN);
      expect((await admin.data(EnterprisesDocument, { first: 1 })).enterprises.totalCount).toBe(40);
      const cases = async () => (await app.services.orm.em.fork().execute<Array<{ n: number }>>('select count(*)::int as n from service_case'))[0].n;
      const before = await cases();
      await app.seed(40, 3, modules);
      expect(await cases()).toBe(before);
    } finally {
      await app.stop();
    }
  });
});
