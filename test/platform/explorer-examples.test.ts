import { buildClientSchema, getIntrospectionQuery, parse, validate, type IntrospectionQuery, type OperationDefinitionNode } from 'graphql';
import { collect } from '../../modules/platform/module';
import type { ExplorerOptions } from '../../modules/platform/server/explorer';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

async function explorerOptions(url: string): Promise<{ options: ExplorerOptions; cacheControl: string | null }> {
  const response = await fetch(`${url}/graphql`, { headers: { accept: 'text/html' } });
  const html = await response.text();
  const json = /<script id="explorer-options" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error('the explorer page carries no options');
  return { options: JSON.parse(json) as ExplorerOptions, cacheControl: response.headers.get('cache-control') };
}

const operationName = (query: string) => (parse(query).definitions[0] as OperationDefinitionNode).name?.value;

/** The explorer shows a new user the way on a development server: example operations and a token, ready to run. */
describe('the explorer’s examples', () => {
  let development: TestApp;

  beforeAll(async () => {
    development = await TestApp.start({ env: { NODE_ENV: 'development' } });
    await development.seed(16, 2, ['enterprise', 'one-matter', 'one-category', 'credit']);
  }, SEEDING_TIMEOUT);
  afterAll(() => development?.stop());

  it('open on a development server with every enabled module’s examples and the development administrator’s token', async () => {
    const { options, cacheControl } = await explorerOptions(development.url);
    expect(cacheControl).toBe('no-store');
    const expected = collect(development.services.modules, (module) => module.examples);
    expect(options.examples).toEqual(expected);
    expect(options.examples.map((example) => operationName(example.query))).toEqual(
      expect.arrayContaining(['PartnerPage', 'CaseWithTasks', 'CreditScoreExplained', 'IndicatorBoard']),
    );
    const viewer = await development.client.as({ token: options.token! }).raw<{ viewer: { role: string } }>('{ viewer { role } }');
    expect(viewer.data?.viewer.role).toBe('ADMIN');
  });

  it('are valid against the schema and answer on the demo data without errors', async () => {
    const { options } = await explorerOptions(development.url);
    const answering = development.client.as({ token: options.token! });
    const schema = buildClientSchema((await answering.raw<IntrospectionQuery>(getIntrospectionQuery())).data!);
    for (const example of options.examples) {
      expect([operationName(example.query), validate(schema, parse(example.query)).map((error) => error.message)]).toEqual([
        operationName(example.query),
        [],
      ]);
      const result = await answering.raw(example.query, example.variables ?? {});
      expect([operationName(example.query), result.errors ?? []]).toEqual([operationName(example.query), []]);
      // Each shows something: a list with entries, not an empty page.
      expect(JSON.stringify(result.data)).toMatch(/"(nodes|entries)":\[\{/);
    }
  });

  it('stay out of the page on a server that is not in development', async () => {
    const production = await development.startPeer({ NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-characters' });
    const { options } = await explorerOptions(production.url);
    expect(options).toEqual({ examples: [], token: null });
  });
});
