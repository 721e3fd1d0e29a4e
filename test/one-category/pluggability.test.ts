import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { chainsOf, scopeOf } from '../../modules/one-category/chain-definition';
import { Role } from '../../modules/platform/auth/principal';
import { modules } from '../../modules';
import {
  BundleDraftSaveDocument,
  BundlePublishDocument,
  ChainMembershipJoinDocument,
  ChainPublishedDocument,
  ChainsDocument,
} from '../../schema/generated/graphql';
import { errorCode } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { tea } from '../fixtures/chains/tea';
import { chainSql } from '../../bench/data-mix';

async function schemaNames(app: TestApp) {
  const admin = await app.clientAs(Role.ADMIN);
  const response = await admin.raw<{
    __schema: { types: Array<{ name: string; enumValues: Array<{ name: string }> | null; fields: Array<{ name: string }> | null }> };
  }>('{ __schema { types { name enumValues { name } fields { name } } } }');
  const types = response.data!.__schema.types;
  return {
    types: types.map((type) => type.name),
    chainCodes: types.find((type) => type.name === 'ChainCode')?.enumValues?.map((value) => value.name) ?? [],
    enterpriseFields: types.find((type) => type.name === 'Enterprise')?.fields?.map((field) => field.name) ?? [],
    mutations: types.find((type) => type.name === 'Mutation')?.fields?.map((field) => field.name) ?? [],
  };
}

describe('chains switched on and off by configuration', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start({ env: { CHAIN_MODULES: 'camellia-oil' } })));
  afterAll(() => app?.stop());

  it('leaves no trace of a switched-off chain: types, fields, mutations, enum values', async () => {
    const names = await schemaNames(app);
    expect(names.chainCodes).toEqual(['CAMELLIA_OIL']);
    expect(names.types).toEqual(expect.arrayContaining(['CamelliaForestPlot', 'Chain', 'PublishedBundle']));
    for (const absent of [
      'HuyouOrchard',
      'OrchardCertification',
      'ChipPatent',
      'PatentKind',
      'StoneSafetyIncident',
      'IncidentSeverity',
      'PaperEnergyReport',
    ]) {
      expect(names.types).not.toContain(absent);
    }
    expect(names.enterpriseFields).toContain('camelliaForestPlots');
    expect(names.enterpriseFields).not.toContain('huyouOrchards');
    expect(names.mutations).not.toContain('huyouOrchardRegister');
  });

  it('runs the machinery for the chain that is on', async () => {
    const desk = await app.clientAs(Role.DESK, { chains: ['camellia-oil'] });
    const { chains } = await desk.data(ChainsDocument);
    expect(chains.map((chain) => chain.code)).toEqual(['CAMELLIA_OIL']);
    await desk.data(BundleDraftSaveDocument, {
      input: { chain: 'CAMELLIA_OIL', name: '油茶', description: 'x', nodes: [{ code: 'PLANTING', items: ['CO-001'] }] },
    });
    const { bundlePublish } = await desk.data(BundlePublishDocument, { input: { chain: 'CAMELLIA_OIL' } });
    expect(bundlePublish.version?.number).toBe(1);
    expect(errorCode(await desk.raw('{ chain(code: HUYOU) { name } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an unknown chain in the configuration', async () => {
    await expect(TestApp.start({ env: { CHAIN_MODULES: 'huyou,tea-leaves' } })).rejects.toThrow('CHAIN_MODULES names an unknown module "tea-leaves"');
  });
});

describe('a sixth chain from a fixture folder, with one registry line', () => {
  let app: TestApp;
  beforeAll(async () => {
    // The fixture's table comes from its own migration, run by the migrator at start like the product's.
    app = await TestApp.start({ modules: [...modules, tea] });
  });
  afterAll(() => app?.stop());

  it('becomes a chain with a bundle, its items in the catalogue, and its own data through GraphQL', async () => {
    const names = await schemaNames(app);
    expect(names.chainCodes).toEqual([...chainsOf(modules).map((chain) => chain.code), 'TEA']);
    const desk = await app.clientAs(Role.DESK, { chains: ['tea'] });
    const saved = await desk.data(BundleDraftSaveDocument, {
      input: { chain: 'TEA' as never, name: '茶叶产业“一类事”', description: '一片叶', nodes: [{ code: 'GROWING', items: ['TEA-001'] }] },
    });
    expect(saved.bundleDraftSave.userErrors).toEqual([]);
    await desk.data(BundlePublishDocument, { input: { chain: 'TEA' as never } });
    const { chain } = await app.client.data(ChainPublishedDocument, { code: 'TEA' as never });
    expect(chain.published?.nodes[0]).toMatchObject({
      code: 'GROWING',
      name: '种植',
      items: [{ code: 'TEA-001', department: { code: 'market-regulation' } }],
    });

    const enterprise = await registerEnterprise(await app.clientAs(Role.ADMIN));
    const registered = await desk.raw<{
      teaGardenRegister: { garden: { name: string; areaMu: string } | null; userErrors: Array<{ code: string }> };
    }>('mutation ($input: TeaGardenRegisterInput!) { teaGardenRegister(input: $input) { garden { name areaMu } userErrors { code } } }', {
      input: { enterpriseId: enterprise.id, name: '大坞茶园', areaMu: '45.00' },
    });
    expect(registered.data?.teaGardenRegister).toEqual({ garden: { name: '大坞茶园', areaMu: '45.00' }, userErrors: [] });
    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const read = await owner.raw<{ enterprise: { teaGardens: Array<{ name: string }> } }>(
      'query ($id: ID!) { enterprise(id: $id) { teaGardens { name } } }',
      { id: enterprise.id },
    );
    expect(read.data?.enterprise.teaGardens).toEqual([{ name: '大坞茶园' }]);

    // Its credit+ plugin scores its members at once, on top of the public score.
    await desk.data(ChainMembershipJoinDocument, { input: { enterpriseId: enterprise.id, chain: 'TEA' as never, node: 'GROWING' } });
    const scores = await (
      await app.clientAs(Role.ADMIN)
    ).raw<{
      enterprise: { creditScore: { score: number }; creditPlusScores: Array<{ chain: string; score: number; explanation: Array<{ rule: string }> }> };
    }>('query ($id: ID!) { enterprise(id: $id) { creditScore { score } creditPlusScores { chain score explanation { rule } } } }', {
      id: enterprise.id,
    });
    const { creditScore, creditPlusScores } = scores.data!.enterprise;
    expect(creditPlusScores).toEqual([{ chain: 'TEA', score: creditScore.score + 30, explanation: [{ rule: 'LARGE_GARDENS' }] }]);
  });

  it('has demo members from its own industry classes', async () => {
    // The registry and the chain machinery's demo data, the fixture chain's included; nothing the chains do not need.
    const chainModules = app.services.modules.filter(
      (module) => ['enterprise', 'one-matter', 'one-category'].includes(module.name) || module.extensions?.chain,
    );
    await app.seed(
      80,
      9,
      chainModules.map((module) => module.name),
    );
    const analyst = await app.clientAs(Role.ANALYST);
    const members = await analyst.raw<{ chain: { enterprises: { totalCount: number } } }>(
      '{ chain(code: TEA) { enterprises(first: 1) { totalCount } } }',
    );
    expect(members.data?.chain.enterprises.totalCount).toBeGreaterThan(0);
    const classes = await analyst.raw<{ industryCategories: Array<{ code: string }> }>('{ industryCategories { code } }');
    expect(classes.data?.industryCategories.map((industry) => industry.code)).toEqual(expect.arrayContaining(['A0164', 'C1530']));
  });

  it('gives volume data for benchmarks to every chain in the registry, its own included', async () => {
    const transaction = app.services.orm.em.fork();
    await transaction.begin();
    try {
      // Every chain's statements run against its own tables: a chain whose volume data no longer fits its tables fails here.
      for (const statement of chainSql(chainsOf(app.services.modules))) await transaction.execute(statement);
      const count = async (sql: string) => Number((await transaction.execute<Array<{ n: string }>>(sql))[0].n);
      const members = await count(`select count(*) as n from chain_membership where joined_by = 'bench'`);
      expect(members).toBeGreaterThan(0);
      const teaMembers = await count(`select count(*) as n from chain_membership where chain = 'TEA'`);
      expect(await count(`select count(*) as n from tea_garden where name = '茶园'`)).toBe(teaMembers);
    } finally {
      // Nothing of it stays: the test data set is the demo's.
      await transaction.rollback();
    }
  });
});

describe('the core knows no chain', () => {
  function filesUnder(directory: string): string[] {
    return readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
    });
  }

  /** Every module but the chains' folders and the registry itself, which lists them. */
  const root = join(__dirname, '../../modules');
  const core = filesUnder(root).filter((file) => !file.startsWith(join(root, 'chains')) && file !== join(root, 'index.ts'));

  /** The string and template literals of a file, comments left out. */
  function literals(file: string): string[] {
    const found: string[] = [];
    const visit = (node: ts.Node): void => {
      if (
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)
      )
        found.push(node.text);
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
    return found;
  }

  it('imports nothing from a chain module or a plugin, in any core module', () => {
    expect(core.length).toBeGreaterThan(100);
    const offenders = core.filter((file) => /from ['"][^'"]*(chains|plugins)\//.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('names no chain, by code, desk scope or name, in any string of a core module', () => {
    const chains = chainsOf(modules);
    expect(chains.length).toBeGreaterThan(0);
    const words = chains.flatMap((chain) => [chain.code, scopeOf(chain.code), chain.name]);
    const offenders = core.flatMap((file) =>
      literals(file)
        .filter((text) => words.some((word) => new RegExp(`(^|[^A-Za-z_-])${word}($|[^A-Za-z_-])`).test(text)))
        .map((text) => `${file.slice(root.length + 1)}: ${text.slice(0, 80)}`),
    );
    expect(offenders).toEqual([]);
  });
});
