import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** An account of the test provider; a test signs in as it with its sub or its email as the login. */
export interface OidcTestAccount {
  sub: string;
  email: string;
  name: string;
  /** The email_verified claim; true when left out. */
  emailVerified?: boolean;
  /** When set, sign-in needs this password too; otherwise any password goes. */
  password?: string;
}

export interface OidcProviderOptions {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  accounts: OidcTestAccount[];
  /** The port on 127.0.0.1; any free one when left out. */
  port?: number;
}

export interface RunningOidcProvider {
  /** http://127.0.0.1:PORT, with no trailing slash; discovery is at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  stop(): Promise<void>;
}

const PROCESS_FILE = resolve(__dirname, 'provider-process.mjs');

/**
 * Starts a real OpenID Connect provider (oidc-provider, in a child process) with one confidential client:
 * authorization code only, client_secret_basic or client_secret_post, PKCE (S256) required, scopes openid email profile.
 */
export function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  const config = {
    client: { clientId: options.clientId, clientSecret: options.clientSecret, redirectUris: options.redirectUris },
    accounts: options.accounts,
  };
  const child = spawn(process.execPath, [PROCESS_FILE, String(options.port ?? 0), JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // The provider's warnings go to stderr: kept only to explain a failed start.
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 20000) stderr += chunk;
  });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));

  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  return new Promise<RunningOidcProvider>((resolveStart, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the OIDC provider did not start within 20 s:\n${stderr}`));
    }, 20000);
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      let parsed: { issuer?: string } | undefined;
      try {
        parsed = JSON.parse(line) as { issuer?: string };
      } catch {
        return;
      }
      if (!parsed?.issuer) return;
      clearTimeout(timer);
      resolveStart({ issuer: parsed.issuer, stop });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the OIDC provider exited (${signal ?? code}) before it started:\n${stderr}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** A minimal cookie jar: name=value per cookie, with the Path attribute honoured (oidc-provider scopes its cookies). */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  store(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';').map((part) => part.trim());
      const equals = pair.indexOf('=');
      const name = pair.slice(0, equals);
      const value = pair.slice(equals + 1);
      let path = '/';
      let expired = value === '';
      for (const attribute of attributes) {
        const [key, attributeValue = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = attributeValue;
        if (key.toLowerCase() === 'max-age' && Number(attributeValue) <= 0) expired = true;
        if (key.toLowerCase() === 'expires' && Date.parse(attributeValue) <= Date.now()) expired = true;
      }
      const key = `${name}\u0000${path}`;
      if (expired) this.cookies.delete(key);
      else this.cookies.set(key, { value, path });
    }
  }

  header(url: URL): string {
    return [...this.cookies.entries()]
      .filter(([, { path }]) => url.pathname === path || url.pathname.startsWith(path.endsWith('/') ? path : `${path}/`))
      .map(([key, { value }]) => `${key.split('\u0000')[0]}=${value}`)
      .join('; ');
  }
}

function pageText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 2000);
}

/**
 * Plays the browser for an authorization request: follows the redirects by hand (keeping the provider's cookies),
 * submits the built-in login page with `login` (an account's sub or email) and then the consent page, and returns
 * the URL that the provider finally redirects to at the client's redirect_uri (with code, state and iss) without
 * requesting it. Throws when the provider refuses the login, shows an error page, or redirects back with an error.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, options: { password?: string } = {}): Promise<string> {
  const redirectUri = new URL(authorizationUrl).searchParams.get('redirect_uri');
  if (!redirectUri) throw new Error('the authorization URL has no redirect_uri parameter');
  const target = new URL(redirectUri);
  const isRedirectUri = (url: URL) => url.origin === target.origin && url.pathname === target.pathname;
  const jar = new CookieJar();

  let url = new URL(authorizationUrl);
  let form: URLSearchParams | undefined; // the body to post to url, when the step is a form submission
  let loggedIn = false;
  for (let step = 0; step < 20; step += 1) {
    const headers: Record<string, string> = { accept: 'text/html' };
    const cookie = jar.header(url);
    if (cookie) headers.cookie = cookie;
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(url, { method: form ? 'POST' : 'GET', headers, body: form?.toString(), redirect: 'manual' });
    jar.store(response);
    const html = await response.text();

    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.get('location');
      if (!location) throw new Error(`the OIDC provider answered ${response.status} without a Location at ${url}`);
      const next = new URL(location, url);
      if (isRedirectUri(next)) {
        const error = next.searchParams.get('error');
        if (error) {
          throw new Error(`the OIDC provider redirected back with ${error}: ${next.searchParams.get('error_description') ?? ''}`);
        }
        return next.toString();
      }
      url = next;
      form = undefined;
      continue;
    }
    if (response.status !== 200) {
      const refused = response.status === 401 ? ` (login "${login}" refused)` : '';
      throw new Error(`the OIDC provider answered ${response.status}${refused} at ${url}: ${pageText(html)}`);
    }

    // A page of the built-in interactions: a form with a hidden input prompt=login or prompt=consent.
    const action = /<form[^>]*\baction="([^"]+)"/i.exec(html)?.[1];
    const prompt = /name="prompt"\s+value="([^"]+)"/i.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page from the OIDC provider at ${url}: ${pageText(html)}`);
    if (prompt === 'login') {
      if (loggedIn) throw new Error(`the OIDC provider asked to sign in again after login "${login}"`);
      loggedIn = true;
      form = new URLSearchParams({ prompt, login, password: options.password ?? 'password' });
    } else if (prompt === 'consent') {
      form = new URLSearchParams({ prompt });
    } else {
      throw new Error(`unexpected prompt "${prompt}" from the OIDC provider at ${url}`);
    }
    url = new URL(action.replace(/&amp;/g, '&'), url);
  }
  throw new Error(`no redirect to ${redirectUri} after 20 steps at the OIDC provider`);
}
