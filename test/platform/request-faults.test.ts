import { Role } from '../../modules/platform/auth/principal';
import { TestApp } from '../support/test-app';

interface Answer {
  status: number;
  contentType: string | null;
  body: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }>; data?: unknown };
}

/** Requests a client gets wrong at the HTTP or document level: each answered as JSON with a clear code, never a 500. */
describe('faults of a request, answered as JSON errors', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await TestApp.start();
    token = await app.token(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  async function send(body: string | Buffer, headers: Record<string, string> = {}, path = '/graphql'): Promise<Answer> {
    const response = await fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      body,
    });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type'), body: JSON.parse(text) as Answer['body'] };
  }

  const codeOf = (answer: Answer) => answer.body.errors?.[0]?.extensions?.code;

  it('answers a body that is not JSON, too large or wrongly encoded with a JSON error, never an HTML page', async () => {
    const broken = await send('{"query": ');
    expect([broken.status, codeOf(broken)]).toEqual([400, 'BAD_USER_INPUT']);
    expect(broken.contentType).toMatch(/application\/json/);
    expect(broken.body.errors?.[0].message).toBe('The request body is not valid JSON.');

    const large = await send(JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }));
    expect([large.status, codeOf(large)]).toEqual([413, 'BAD_USER_INPUT']);

    const encoded = await send('{"query":"{ __typename }"}', { 'content-encoding': 'compress' });
    expect([encoded.status, codeOf(encoded)]).toEqual([415, 'BAD_USER_INPUT']);

    const charset = await send('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=latin-9' });
    expect([charset.status, codeOf(charset)]).toEqual([415, 'BAD_USER_INPUT']);
    for (const answer of [broken, large, encoded, charset]) expect(JSON.stringify(answer.body)).not.toMatch(/stack|node_modules|at [A-Za-z]+ \(/);
  });

  it('answers a path it does not serve with JSON', async () => {
    const answer = await send('{}', {}, '/nothing-here');
    expect([answer.status, codeOf(answer)]).toEqual([404, 'NOT_FOUND']);
  });

  it('refuses an operationName that names no operation, and a document of several unnamed operations', async () => {
    const unknown = await send(JSON.stringify({ query: 'query A { __typename } query B { __typename }', operationName: 'C' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors?.[0].message).toMatch(/Unknown operation named "C"/);

    const unnamed = await send(JSON.stringify({ query: 'query A { __typename } query B { __typename }' }));
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.errors?.[0].message).toBe('Must provide operation name if query contains multiple operations.');

    const mutations = await send(JSON.stringify({ query: 'mutation A { __typename } mutation B { __typename }', operationName: 'Z' }));
    expect(mutations.status).toBe(400);
  });

  it('refuses a subscription over HTTP, which only WebSocket carries, as the client’s fault', async () => {
    const answer = await send(JSON.stringify({ query: 'subscription { appealNotifications { kind } }' }));
    expect(answer.status).toBe(400);
    expect(codeOf(answer)).not.toBe('INTERNAL_SERVER_ERROR');
    expect(answer.body.errors?.[0].message).toBe('Subscriptions run over WebSocket (graphql-ws) on this path, not over HTTP.');
  });
});
