import { Role } from '../../modules/platform/auth/principal';
import { TestApp, SEEDING_TIMEOUT, SHARED_DEMO } from '../support/test-app';

interface Definition {
  code: string;
  source: { query: string; field: string; arguments: string[]; example: string };
}

/** Every indicator a module defines leads to its value: its example query runs, and the named field holds it. */
describe('indicator definitions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ demo: SHARED_DEMO });
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  it('name the query, field and arguments of every indicator, and their examples answer', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { data } = await analyst.raw<{ indicatorDefinitions: Definition[] }>(
      '{ indicatorDefinitions { code source { query field arguments example } } }',
    );
    const definitions = data!.indicatorDefinitions;
    expect(definitions.map((definition) => definition.code)).toEqual(
      expect.arrayContaining(['one-matter.on-time-completion-rate', 'credit.good-or-better-rate', 'credit.double-publicity-reporting-rate']),
    );
    const queryType = (
      await analyst.raw<{ __schema: { queryType: { fields: Array<{ name: string; args: Array<{ name: string }> }> } } }>(
        '{ __schema { queryType { fields { name args { name } } } } }',
      )
    ).data!.__schema.queryType.fields;
    for (const { code, source } of definitions) {
      const query = queryType.find((field) => field.name === source.query);
      expect([code, query?.args.map((argument) => argument.name)]).toEqual([code, expect.arrayContaining(source.arguments)]);
      const answer = await analyst.raw<Record<string, Record<string, unknown>>>(source.example);
      expect([code, answer.errors]).toEqual([code, undefined]);
      expect([code, source.field in answer.data![source.query]]).toEqual([code, true]);
    }
  });
});
