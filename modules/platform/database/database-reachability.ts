import { Client } from 'pg';
import { StartupError } from '../server/startup-error';

/** The address without its password, fit for a message. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(a value that is not a URL)';
  }
}

/** What went wrong, in a few words, from the driver's error code or PostgreSQL's SQLSTATE. */
function reason(error: { code?: string; message?: string }): string {
  switch (error.code) {
    case 'ECONNREFUSED':
      return 'nothing listens at that address';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name is unknown';
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return 'the host does not answer';
    case '28P01':
    case '28000':
      return 'the server refused the user or password';
    case '3D000':
      return 'the database does not exist';
    default:
      return error.message ?? String(error);
  }
}

/**
 * Connects once before anything else uses the database, so that an unreachable or misnamed database is one clear
 * line naming the setting, instead of the first migration's stack.
 */
export async function assertDatabaseReachable(url: string, source: 'DATABASE_URL' | 'embedded', timeoutMs = 10_000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  // A refused connection also emits 'error' on the client; the rejected connect() below already says it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const why = reason(error as { code?: string; message?: string });
    throw new StartupError(
      source === 'DATABASE_URL'
        ? `Cannot reach the database ${displayUrl(url)} (DATABASE_URL): ${why}. Start that PostgreSQL server or correct DATABASE_URL; ` +
            'unset it to use the embedded PostgreSQL instead.'
        : `Cannot reach the embedded PostgreSQL at ${displayUrl(url)} (EMBEDDED_PG_PORT): ${why}. Start again; if it persists, npm run reset begins with a new embedded database.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
