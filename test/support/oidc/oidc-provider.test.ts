import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { signInAtProvider, startOidcProvider, type RunningOidcProvider } from './oidc-provider';

// The test provider on its own, without the product: a whole authorization code + PKCE flow by hand.
const clientId = 'esg-test-client';
const clientSecret = 'esg-test-secret';
const redirectUri = 'http://127.0.0.1:9/auth/oidc/callback'; // never requested: signInAtProvider stops before it
const account = { sub: 'user-1', email: 'ada@example.test', name: 'Ada Lovelace' };

let provider: RunningOidcProvider;

beforeAll(async () => {
  provider = await startOidcProvider({
    clientId,
    clientSecret,
    redirectUris: [redirectUri],
    accounts: [account, { sub: 'user-2', email: 'bob@example.test', name: 'Bob', emailVerified: false, password: 'pw-2' }],
  });
});

afterAll(async () => {
  await provider?.stop();
});

function authorizationRequest(): { url: string; verifier: string; state: string; nonce: string } {
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const nonce = randomBytes(16).toString('base64url');
  const url = new URL(`${provider.issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid email profile',
    redirect_uri: redirectUri,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state,
    nonce,
  }).toString();
  return { url: url.toString(), verifier, state, nonce };
}

async function exchangeCode(code: string, verifier: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${provider.issuer}/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier }),
  });
  const body = (await response.json()) as Record<string, unknown>;
  expect({ status: response.status, error: body.error }).toEqual({ status: 200, error: undefined });
  return body;
}

it('publishes its discovery document at the issuer', async () => {
  const response = await fetch(`${provider.issuer}/.well-known/openid-configuration`);
  const discovery = (await response.json()) as Record<string, unknown>;
  expect(discovery.issuer).toBe(provider.issuer);
  expect(discovery.code_challenge_methods_supported).toEqual(['S256']);
});

it('signs in by email, redirects back with a code, and issues an ID token for the account', async () => {
  const request = authorizationRequest();
  const callback = new URL(await signInAtProvider(request.url, account.email));
  expect(`${callback.origin}${callback.pathname}`).toBe(redirectUri);
  expect(callback.searchParams.get('state')).toBe(request.state);
  expect(callback.searchParams.get('iss')).toBe(provider.issuer);
  const code = callback.searchParams.get('code');
  expect(code).toBeTruthy();

  const tokens = await exchangeCode(code!, request.verifier);
  expect(tokens.token_type).toBe('Bearer');
  expect(tokens.access_token).toEqual(expect.any(String));
  expect(tokens.refresh_token).toBeUndefined(); // no offline_access, no refresh_token grant

  const idToken = tokens.id_token as string;
  const payload = JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  expect(payload).toMatchObject({
    iss: provider.issuer,
    aud: clientId,
    nonce: request.nonce,
    sub: account.sub,
    email: account.email,
    email_verified: true,
    name: account.name,
  });
  // The signature checks out against the provider's published keys.
  await jwtVerify(idToken, createRemoteJWKSet(new URL(`${provider.issuer}/jwks`)), { issuer: provider.issuer, audience: clientId });

  // The same claims at the userinfo endpoint.
  const userinfo = await fetch(`${provider.issuer}/me`, { headers: { authorization: `Bearer ${tokens.access_token as string}` } });
  expect(await userinfo.json()).toEqual({ sub: account.sub, email: account.email, email_verified: true, name: account.name });
});

it('signs in by sub, and checks the password of an account that has one', async () => {
  const request = authorizationRequest();
  await expect(signInAtProvider(request.url, 'user-2', { password: 'wrong' })).rejects.toThrow(/401 \(login "user-2" refused\)/);
  const callback = new URL(await signInAtProvider(request.url, 'user-2', { password: 'pw-2' }));
  const tokens = await exchangeCode(callback.searchParams.get('code')!, request.verifier);
  const payload = JSON.parse(Buffer.from((tokens.id_token as string).split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  expect(payload).toMatchObject({ sub: 'user-2', email: 'bob@example.test', email_verified: false });
});

it('refuses an unknown login', async () => {
  await expect(signInAtProvider(authorizationRequest().url, 'mallory@example.test')).rejects.toThrow(/refused/);
});

it('reports an authorization request without PKCE as an error', async () => {
  const url = new URL(authorizationRequest().url);
  url.searchParams.delete('code_challenge');
  url.searchParams.delete('code_challenge_method');
  await expect(signInAtProvider(url.toString(), account.email)).rejects.toThrow(/invalid_request: .*PKCE/);
});

it('does not accept the code without the right code_verifier', async () => {
  const request = authorizationRequest();
  const code = new URL(await signInAtProvider(request.url, account.email)).searchParams.get('code')!;
  const response = await fetch(`${provider.issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    // client_secret_post this time: accepted as well as client_secret_basic.
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: redirectUri,
      code_verifier: randomBytes(32).toString('base64url'),
      client_id: clientId,
      client_secret: clientSecret,
    }),
  });
  expect(response.status).toBe(400);
  expect(((await response.json()) as { error: string }).error).toBe('invalid_grant');
});
