// A real OpenID Connect provider (oidc-provider) for integration tests, in a process of its own because the package is
// ESM-only and jest runs CommonJS. Start it through oidc-provider.ts, or by hand:
//   node provider-process.mjs <port, 0 = any free one> '<config JSON>'
// (or OIDC_PORT / OIDC_CONFIG in the environment), where the config is
//   { "client": { "clientId", "clientSecret", "redirectUris": [..] },
//     "accounts": [{ "sub", "email", "name", "emailVerified"?, "password"? }] }
// It prints one line {"issuer":"http://127.0.0.1:PORT"} on stdout once it listens, and exits on SIGTERM/SIGINT.
//
// Sign-in uses the package's built-in development pages (features.devInteractions): the login form accepts any
// login, so a middleware below checks it first: the login must be an account's sub or email (and its password, when
// that account has one); anything else gets the login page again with status 401 and the flow goes no further.
import { Buffer } from 'node:buffer';
import nodeConsole from 'node:console';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { setTimeout } from 'node:timers';
import Provider from 'oidc-provider';

// oidc-provider prints its development notices with console.info, i.e. on stdout: keep stdout for the ready line.
nodeConsole.info = nodeConsole.error;
nodeConsole.log = nodeConsole.error;

const [portArgument, configArgument] = process.argv.slice(2);
const port = Number(portArgument ?? process.env.OIDC_PORT ?? 0);
const config = JSON.parse(configArgument ?? process.env.OIDC_CONFIG ?? 'null');
if (!config?.client?.clientId || !config.client.clientSecret || !Array.isArray(config.client.redirectUris)) {
  throw new Error('usage: node provider-process.mjs <port> \'{"client":{"clientId","clientSecret","redirectUris"},"accounts":[..]}\'');
}
const accounts = config.accounts ?? [];

/** The account that a login name stands for: its sub, or its email in any case. */
function accountForLogin(login) {
  const wanted = String(login ?? '').trim();
  return accounts.find((a) => a.sub === wanted || a.email.toLowerCase() === wanted.toLowerCase());
}

// The issuer has to be known before the provider exists, so listen first (port 0 picks a free port) and hand the
// requests to the provider afterwards.
const server = createServer();
await new Promise((resolve, reject) => {
  server.once('error', reject);
  server.listen(port, '127.0.0.1', resolve);
});
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: config.client.clientId,
      client_secret: config.client.clientSecret,
      redirect_uris: config.client.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      // client_secret_post is accepted too: oidc-provider treats the two secret methods as interchangeable.
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  // PKCE for every client, not only public ones (oidc-provider 9 supports S256 only).
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // Put the scope's claims (email, name) in the ID token too, not only at the userinfo endpoint.
  conformIdTokenClaims: false,
  cookies: { keys: [randomBytes(32).toString('hex')] },
  features: { devInteractions: { enabled: true } },
  // The session's accountId is always an account's sub (the middleware below rewrites the login to it).
  async findAccount(_ctx, id) {
    const account = accounts.find((a) => a.sub === id);
    if (!account) return undefined;
    return {
      accountId: account.sub,
      async claims() {
        return {
          sub: account.sub,
          email: account.email,
          email_verified: account.emailVerified ?? true,
          name: account.name,
        };
      },
    };
  },
  // Errors as plain text, easier to read in a failing test than the default HTML page.
  async renderError(ctx, out) {
    ctx.type = 'text';
    ctx.body = Object.entries(out)
      .map(([key, value]) => `${key}: ${value}`)
      .join('\n');
  },
});

// Checks the built-in login form's submission (POST /interaction/:uid with prompt=login) before the provider does.
provider.use(async (ctx, next) => {
  if (ctx.method !== 'POST' || !/^\/interaction\/[^/]+$/.test(ctx.path) || !ctx.is('application/x-www-form-urlencoded')) {
    return next();
  }
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  const body = parseQuery(Buffer.concat(chunks).toString('utf8'));
  if (body.prompt === 'login') {
    const account = accountForLogin(body.login);
    if (!account || (account.password !== undefined && account.password !== body.password)) {
      ctx.status = 401;
      ctx.type = 'html';
      ctx.body = `<!DOCTYPE html><title>Sign-in refused</title><p id="error">Sign-in refused: unknown login or wrong password</p>
<form method="post" action="${ctx.path}"><input type="hidden" name="prompt" value="login"/>
<input type="text" name="login"/><input type="password" name="password"/><button type="submit">Sign-in</button></form>`;
      return undefined;
    }
    body.login = account.sub;
  }
  // oidc-provider takes an already parsed body from ctx.request.body (it warns once about it on stderr).
  ctx.request.body = body;
  return next();
});

server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
