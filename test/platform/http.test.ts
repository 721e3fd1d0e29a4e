import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Role } from '../../modules/platform/auth/principal';
import { TestApp } from '../support/test-app';

/** A raw HTTP POST, so that the encoding on the wire is seen as it is (fetch would decode it). */
function post(url: string, body: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('HTTP around the graph', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await TestApp.start();
    token = await app.token(Role.ANALYST);
  });
  afterAll(() => app?.stop());

  const introspection = JSON.stringify({ query: '{ __schema { types { name description fields { name description } } } }' });

  it('compresses large answers with brotli or gzip, as the client accepts', async () => {
    const plain = await post(`${app.url}/graphql`, introspection, { authorization: `Bearer ${token}` });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const brotli = await post(`${app.url}/graphql`, introspection, { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(plain.body)).toBe(true);
    const gzip = await post(`${app.url}/graphql`, introspection, { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(gzip.body.length).toBeLessThan(plain.body.length / 4);
  });

  it('sends small answers as they are', async () => {
    const small = await post(`${app.url}/graphql`, JSON.stringify({ query: '{ __typename }' }), { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toMatchObject({ data: { __typename: 'Query' } });
  });
});

describe('persisted queries', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app?.stop());

  it('refuses a query whose hash is not its own with BAD_USER_INPUT', async () => {
    const response = await post(
      `${app.url}/graphql`,
      JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
      {},
    );
    const body = JSON.parse(response.body.toString('utf8')) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/hash/i);
  });
});
