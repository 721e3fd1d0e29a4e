import { Role } from '../../modules/platform/auth/principal';
import { modules } from '../../modules';
import { errorCode } from '../support/graphql-client';
import { TestApp } from '../support/test-app';
import { tea } from '../fixtures/chains/tea';

/**
 * A chain plugged in but switched off leaves no trace. Its own file: the schema is built once per test file, as it
 * is once per process in production.
 */
describe('a plugged-in chain switched off', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start({ modules: [...modules, tea], env: { CHAIN_MODULES: 'huyou' } })));
  afterAll(() => app?.stop());

  it('has no type, field, chain code, industry class or credit+ plugin', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { data } = await analyst.raw<{
      __schema: { types: Array<{ name: string; enumValues: Array<{ name: string }> | null; fields: Array<{ name: string }> | null }> };
      industryCategories: Array<{ code: string }>;
    }>('{ __schema { types { name enumValues { name } fields { name } } } industryCategories { code } }');
    const types = data!.__schema.types;
    expect(types.find((type) => type.name === 'ChainCode')?.enumValues?.map((value) => value.name)).toEqual(['HUYOU']);
    expect(types.map((type) => type.name)).not.toContain('TeaGarden');
    expect(types.find((type) => type.name === 'Enterprise')?.fields?.map((field) => field.name)).not.toContain('teaGardens');
    expect(data!.industryCategories.map((industry) => industry.code)).not.toContain('A0164');
    expect(errorCode(await analyst.raw('{ creditPlusRules(chain: TEA) { name } }'))).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
