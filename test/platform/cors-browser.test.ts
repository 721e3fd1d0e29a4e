import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { Role } from '../../modules/platform/auth/principal';
import { ApiKeyCreateDocument } from '../../schema/generated/graphql';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { describeInBrowser, launchBrowser } from '../support/browser';

/** A front-end's page on a port of its own: another origin than the graph's. */
async function servePage(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>partner portal</title>'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describeInBrowser('a browser on another origin', () => {
  let app: TestApp;
  let browser: Browser;
  let allowed: Awaited<ReturnType<typeof servePage>>;
  let other: Awaited<ReturnType<typeof servePage>>;
  let token: string;
  let apiKey: string;

  beforeAll(async () => {
    allowed = await servePage();
    other = await servePage();
    app = await TestApp.start({ env: { CORS_ORIGINS: allowed.origin } });
    const admin = await app.clientAs(Role.ADMIN);
    await registerEnterprise(admin, { name: 'Cross Origin Co' });
    token = await app.token(Role.ANALYST);
    apiKey = (await admin.data(ApiKeyCreateDocument, { input: { name: 'portal' } })).apiKeyCreate.secret!;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await allowed?.close();
    await other?.close();
  });

  /** What a page's fetch to the graph yields: the names it read, or how the browser refused it. */
  async function fetchFrom(origin: string, headers: Record<string, string>): Promise<unknown> {
    const page = await browser.newPage();
    try {
      await page.goto(origin);
      // Browser-side code is passed as text: the project is type-checked without the DOM library.
      return await page.evaluate(`
        fetch(${JSON.stringify(`${app.url}/graphql`)}, {
          method: 'POST',
          headers: ${JSON.stringify({ 'content-type': 'application/json', ...headers })},
          body: JSON.stringify({ query: '{ enterprises(first: 5) { nodes { name } } }' }),
        }).then((response) => response.json()).then((body) => body.data.enterprises.nodes.map((node) => node.name), (error) => 'refused: ' + error.name)
      `);
    } finally {
      await page.close();
    }
  }

  it('calls the graph from an allowed origin with a bearer token and with an API key', async () => {
    expect(await fetchFrom(allowed.origin, { authorization: `Bearer ${token}` })).toEqual(['Cross Origin Co']);
    expect(await fetchFrom(allowed.origin, { 'x-api-key': apiKey })).toEqual(['Cross Origin Co']);
  });

  it('is refused from an origin not on the list', async () => {
    expect(await fetchFrom(other.origin, { authorization: `Bearer ${token}` })).toBe('refused: TypeError');
  });

  it('answers the preflight before the CSRF check, for allowed origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-api-key' },
      });
    const yes = await preflight(allowed.origin);
    expect(yes.status).toBe(204);
    expect(yes.headers.get('access-control-allow-origin')).toBe(allowed.origin);
    expect(yes.headers.get('access-control-allow-credentials')).toBe('true');
    expect(yes.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const no = await preflight(other.origin);
    expect(no.headers.get('access-control-allow-origin')).toBeNull();
  });
});
