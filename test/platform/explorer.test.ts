import { TestApp } from '../support/test-app';

describe('the GraphiQL explorer', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app?.stop());

  it('opens on GET /graphql in a browser, and loads nothing from outside the server', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThanOrEqual(5);
    // The explorer's own assets, and the session's page script of the user registry: all of this server.
    expect(assets.every((asset) => asset.startsWith('/explorer/') || asset === '/auth/session.js')).toBe(true);
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of assets) {
      const file = await fetch(`${app.url}${asset}`);
      expect(file.status).toBe(200);
      const body = await file.text();
      expect(body.length).toBeGreaterThan(100);
    }
  });

  it('serves the GraphiQL bundle itself', async () => {
    const bundle = await (await fetch(`${app.url}/explorer/graphiql.min.js`)).text();
    expect(bundle).toContain('GraphiQL');
  });

  it('keeps answering GraphQL over GET for clients that ask for JSON', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { role } }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { viewer: { role: 'ANONYMOUS' } }, extensions: { cost: { requested: 1, limit: 5000 } } });
  });
});
