import { parseArgs } from 'node:util';
import { isLoopback } from '../config';

export const DEV_TOKEN_USAGE = `Usage: npm run token -- --role ROLE [--scope SCOPE] [--subject NAME] [--ttl SECONDS] [--url URL]
  ROLE   ADMIN, DESK, OFFICER, PARTNER, ANALYST or ENTERPRISE
  SCOPE  DESK: comma-separated chain scopes; OFFICER: department code; ENTERPRISE: unified social credit code
  URL    the development server on this machine (default http://127.0.0.1:$PORT, PORT 4000)
People sign in through the user registry (/auth/sign-in); this command is for development only.`;

export interface DevTokenIo {
  fetch: typeof fetch;
  env: NodeJS.ProcessEnv;
}

/**
 * A development token, asked of the development server it is for: only a server in development mode, listening on
 * this machine, answers; the command refuses any other address before asking, so that no token is minted with a
 * production server's secret.
 */
export async function requestDevToken(argv: string[], io: DevTokenIo): Promise<string> {
  const { values } = parseArgs({
    args: argv,
    options: { role: { type: 'string' }, scope: { type: 'string' }, subject: { type: 'string' }, ttl: { type: 'string' }, url: { type: 'string' } },
  });
  if (!values.role) throw new Error(DEV_TOKEN_USAGE);
  const url = new URL(values.url ?? `http://127.0.0.1:${io.env.PORT || 4000}`);
  if (!isLoopback(url.hostname.replace(/^\[|\]$/g, ''))) {
    throw new Error(`Refused: ${url.origin} is not on this machine. Development tokens come only from a development server on the loopback address.`);
  }
  const ttl = values.ttl === undefined ? undefined : Number(values.ttl);
  let response: Response;
  try {
    response = await io.fetch(new URL('/auth/dev-token', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: values.role, scope: values.scope, subject: values.subject, ttl }),
    });
  } catch {
    throw new Error(`No server answers at ${url.origin}: start it with npm start (or give --url).`);
  }
  const body = (await response.json().catch(() => ({}))) as { token?: string; errors?: Array<{ message: string }> };
  if (response.status === 404)
    throw new Error(`Refused: the server at ${url.origin} does not run in development mode, so it issues no development tokens.`);
  if (!response.ok || !body.token) throw new Error(body.errors?.[0]?.message ?? `The server answered ${response.status}.`);
  return body.token;
}
