import { Role } from '../../modules/platform/auth/principal';
import type { GraphQLClient } from '../support/graphql-client';
import { freePort } from '../support/free-port';
import { signInAtProvider, startOidcProvider, type RunningOidcProvider } from '../support/oidc/oidc-provider';
import { TestApp } from '../support/test-app';
import { invite, viewerOf } from './users-support';

/** The cookies a browser would keep, by name, from Set-Cookie headers. */
function cookiesFrom(response: Response, jar: Map<string, string> = new Map()): Map<string, string> {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, value] = pair.split('=');
    if (value) jar.set(name, value);
    else jar.delete(name);
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

describe('users: single sign-on with OpenID Connect, against a real provider', () => {
  let app: TestApp;
  let provider: RunningOidcProvider;
  let admin: GraphQLClient;

  beforeAll(async () => {
    // The provider knows the callback address before the server starts: the server's port is chosen first.
    const port = await freePort();
    provider = await startOidcProvider({
      clientId: 'esg-test',
      clientSecret: 'esg-test-secret-0123456789',
      redirectUris: [`http://127.0.0.1:${port}/auth/oidc/callback`],
      accounts: [
        { sub: 'zw-0001', email: 'zhang.wei@example.gov.cn', name: '张伟' },
        { sub: 'zw-0002', email: 'stranger@example.gov.cn', name: '陌生人' },
        { sub: 'zw-0003', email: 'unverified@example.gov.cn', name: '未验证', emailVerified: false },
        { sub: 'zw-0004', email: 'leaving@example.gov.cn', name: '离职' },
      ],
    });
    app = await TestApp.start({
      env: { PORT: String(port), OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'esg-test', OIDC_CLIENT_SECRET: 'esg-test-secret-0123456789' },
    });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(async () => {
    await app?.stop();
    await provider?.stop();
  });

  /** The whole browser flow: the server's redirect, the provider's pages, the callback, the refresh cookie's exchange. */
  async function signOn(login: string, returnTo = '/dashboard') {
    const start = await fetch(`${app.url}/auth/oidc/start?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const authorization = new URL(start.headers.get('location')!);
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    const jar = cookiesFrom(start);
    const callback = await signInAtProvider(authorization.href, login);
    const back = await fetch(callback, { redirect: 'manual', headers: { cookie: cookieHeader(jar) } });
    cookiesFrom(back, jar);
    return { back, jar };
  }

  async function accessToken(jar: Map<string, string>) {
    const response = await fetch(`${app.url}/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieHeader(jar) },
      body: '{}',
    });
    cookiesFrom(response, jar);
    return { status: response.status, body: (await response.json()) as { accessToken?: string; role?: string; errors?: Array<{ code: string }> } };
  }

  it('binds the first sign-on to the invited person with the same verified e-mail, then knows them by subject', async () => {
    const { id } = await invite(admin, {
      login: 'zhang.wei',
      name: '张伟',
      email: 'Zhang.Wei@example.gov.cn',
      roles: ['OFFICER'],
      department: 'market-regulation',
    });
    const { back, jar } = await signOn('zhang.wei@example.gov.cn');
    expect(back.status).toBe(302);
    expect(back.headers.get('location')).toBe('/dashboard');
    expect(jar.has('esg_refresh')).toBe(true);

    const first = await accessToken(jar);
    expect(first.status).toBe(200);
    expect(first.body.role).toBe('OFFICER');
    const viewer = await viewerOf(app, first.body.accessToken!);
    expect(viewer.data!.viewer).toMatchObject({ role: 'OFFICER', department: 'market-regulation' });

    const account = await admin.raw<{ node: { state: string; singleSignOnBound: boolean } }>(
      'query ($id: ID!) { node(id: $id) { ... on User { state singleSignOnBound } } }',
      { id },
    );
    expect(account.data!.node).toEqual({ state: 'ACTIVE', singleSignOnBound: true });

    // The cookie rotates with each exchange; the spent one revokes the session if it comes back.
    const spent = new Map(jar);
    expect((await accessToken(jar)).status).toBe(200);
    const replay = await accessToken(spent);
    expect(replay.status).toBe(401);
    expect(replay.body.errors![0].code).toBe('TOKEN_REUSED');

    // A second sign-on finds the person by the provider's subject alone.
    const again = await signOn('zw-0001');
    expect((await accessToken(again.jar)).body.role).toBe('OFFICER');
  });

  it('refuses an identity no invitation waits for, and an e-mail the provider has not verified', async () => {
    const stranger = await signOn('stranger@example.gov.cn');
    expect(stranger.back.status).toBe(403);
    expect(await stranger.back.text()).toContain('No account is waiting for this identity');
    expect(stranger.jar.has('esg_refresh')).toBe(false);

    await invite(admin, { login: 'unverified', name: '未验证', email: 'unverified@example.gov.cn', roles: ['ANALYST'] });
    const unverified = await signOn('unverified@example.gov.cn');
    expect(unverified.back.status).toBe(403);
    expect(await unverified.back.text()).toContain('verified');
  });

  it("refuses a callback without the browser's pending sign-on, and a disabled person", async () => {
    const start = await fetch(`${app.url}/auth/oidc/start`, { redirect: 'manual' });
    const callback = await signInAtProvider(start.headers.get('location')!, 'zw-0001');
    // Another browser (no cookie of the start) cannot finish it.
    const stolen = await fetch(callback, { redirect: 'manual' });
    expect(stolen.status).toBe(403);
    expect(cookiesFrom(stolen).has('esg_refresh')).toBe(false);

    const { id } = await invite(admin, { login: 'leaving', name: '离职', email: 'leaving@example.gov.cn', roles: ['ANALYST'] });
    await admin.raw('mutation ($input: UserDisableInput!) { userDisable(input: $input) { userErrors { code } } }', { input: { id, reason: '离职' } });
    const disabled = await signOn('leaving@example.gov.cn');
    expect(disabled.back.status).toBe(403);
    expect(await disabled.back.text()).toContain('disabled');
    expect(disabled.jar.has('esg_refresh')).toBe(false);
  });

  it('offers single sign-on on the sign-in page, keeping where the person was going', async () => {
    const page = await fetch(`${app.url}/auth/sign-in?returnTo=/dashboard`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/auth/oidc/start?returnTo=%2Fdashboard');
    expect(html).toContain('统一身份认证');
  });

  it('never sends a person to another site after sign-on', async () => {
    const start = await fetch(`${app.url}/auth/oidc/start?returnTo=${encodeURIComponent('//evil.example/steal')}`, { redirect: 'manual' });
    const jar = cookiesFrom(start);
    const callback = await signInAtProvider(start.headers.get('location')!, 'zw-0001');
    const back = await fetch(callback, { redirect: 'manual', headers: { cookie: cookieHeader(jar) } });
    expect(back.headers.get('location')).toBe('/graphql');
  });
});
