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

describe('cache hints', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app?.stop());

  /** A GET as a browser or CDN sends it; the extra header satisfies the CSRF check for GET. */
  async function get(query: string, headers: Record<string, string> = {}, extensions?: unknown) {
    const url = new URL(`${app.url}/graphql`);
    if (query) url.searchParams.set('query', query);
    if (extensions) url.searchParams.set('extensions', JSON.stringify(extensions));
    const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', accept: 'application/json', ...headers } });
    return { cacheControl: response.headers.get('cache-control'), body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
  }

  it('lets public catalogues and calendars asked anonymously by GET be kept, for the shortest lifetime asked', async () => {
    const answer = await get('{ regions { code } departments { code } }');
    expect(answer.body.errors).toBeUndefined();
    expect(answer.cacheControl).toBe('public, max-age=300');
    expect((await get('{ regions { code } }')).cacheControl).toBe('public, max-age=3600');
  });

  it('keeps everything else from caches: a signed-in caller, POST, personal or mixed answers, errors', async () => {
    const token = await app.token(Role.ADMIN);
    expect((await get('{ regions { code } }', { authorization: `Bearer ${token}` })).cacheControl).toBe('no-store');
    const post = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    });
    expect(post.headers.get('cache-control')).toBe('no-store');
    expect((await get('{ viewer { role } }')).cacheControl).toBe('no-store');
    const mixed = await get('{ regions { code } enterprises(first: 1) { nodes { name } } }');
    expect(mixed.body.errors).toBeDefined();
    expect(mixed.cacheControl).toBe('no-store');
  });

  it('honours the hints for persisted queries by GET', async () => {
    const query = '{ industryCategories { code } }';
    const { createHash } = await import('node:crypto');
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    expect((await get('', {}, { persistedQuery })).body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }) }),
    ]);
    expect((await get(query, {}, { persistedQuery })).cacheControl).toBe('public, max-age=3600');
    const byHash = await get('', {}, { persistedQuery });
    expect(byHash.body.errors).toBeUndefined();
    expect(byHash.cacheControl).toBe('public, max-age=3600');
  });
});
