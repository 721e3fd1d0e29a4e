import type { EntityManager } from '@mikro-orm/postgresql';
import { modules } from '../../modules';
import { loadFacts, policyFactsOf } from '../../modules/policies/policy-facts';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

describe('the facts modules offer to policies', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
    // The facts come from the registry, cases, chains and credit; appeals and inspections offer none.
    await app.seed(60, 5, app.modulesExcept('appeals', 'inspections'));
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  it('come from the registry, one module per code, each with a type and a description', () => {
    const facts = policyFactsOf(modules);
    expect([...facts.keys()]).toEqual(
      expect.arrayContaining([
        'enterprise.registeredCapital',
        'enterprise.yearsSinceEstablished',
        'credit.grade',
        'chains.memberOf',
        'chip.rdIntensity',
        'huyou.orchardArea',
        'creditPlus.camelliaOil.grade',
        'oneMatter.casesCompletedLastYear',
      ]),
    );
    expect([...facts.values()].every((fact) => fact.description.length > 10)).toBe(true);
    const twice = [...modules, { name: 'copycat', description: 'x', extensions: { policyFacts: [facts.get('credit.grade')!] } }];
    expect(() => policyFactsOf(twice)).toThrow('The modules credit and copycat both offer the fact credit.grade.');
  });

  it('load for every enterprise in one statement, one value each, of the declared type', async () => {
    const facts = [...policyFactsOf(modules).values()];
    const em = app.services.orm.em.fork() as EntityManager;
    const { count, result } = await (async () => {
      let loaded: Awaited<ReturnType<typeof loadFacts>> | undefined;
      const counted = await app.countStatements(async () => (loaded = await loadFacts(em, facts, '2026-11-30', 'all')));
      return { count: counted.count, result: loaded! };
    })();
    expect(count).toBe(1);
    expect(result.size).toBe(60);
    for (const fact of facts) {
      const values = [...result.values()].map((byCode) => byCode.get(fact.code)).filter((value) => value !== null);
      const expected = { NUMBER: 'number', TEXT: 'string', BOOLEAN: 'boolean', TEXT_LIST: 'object' }[fact.type];
      expect([fact.code, values.every((value) => typeof value === expected)]).toEqual([fact.code, true]);
    }
    // The demo registry has chain members with chain records, scores and completed cases.
    const filled = (code: string) => [...result.values()].filter((byCode) => byCode.get(code) !== null).length;
    for (const code of ['enterprise.registeredCapital', 'credit.grade', 'chains.memberOf', 'oneMatter.casesCompletedLastYear']) {
      expect([code, filled(code) > 0]).toEqual([code, true]);
    }
  });
});
