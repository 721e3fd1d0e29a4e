import { DataloaderType, type EntityClass, type MigrationObject } from '@mikro-orm/core';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { migrationsList } from '../../../migrations';
import type { Logger } from '../logger';

export interface OrmConfigOptions {
  url: string;
  entities: EntityClass<unknown>[];
  logger?: Logger;
  /** Sees every SQL statement; tests use it to count statements per request. */
  onQuery?: (sql: string) => void;
  /** Migrations of modules outside the product's history, run after it. */
  moduleMigrations?: MigrationObject[];
  /** Connections kept at most, and how long a request waits for one before it fails. */
  pool?: { max: number; acquireTimeoutMillis: number };
  /** Set on every pooled connection: how long a statement may run, in milliseconds (0: no limit). */
  statementTimeoutMs?: number;
}

export function ormConfig({
  url,
  entities,
  logger,
  onQuery,
  moduleMigrations = [],
  pool = { max: 10, acquireTimeoutMillis: 10_000 },
  statementTimeoutMs = 0,
}: OrmConfigOptions): Options {
  return defineConfig({
    clientUrl: url,
    entities,
    discovery: { warnWhenNoEntities: false },
    // References and collections are batched per request instead of one query per parent.
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, ...pool },
    // A connection parameter, not a statement per request: every connection of the pool starts with the limit.
    driverOptions: {
      connection: { statement_timeout: statementTimeoutMs },
      // Knex's own notices (a connection lost while the database restarts) go to the log, not to the console.
      log: {
        warn: (message: unknown) => logger?.warn({ component: 'knex' }, String(message)),
        error: (message: unknown) => logger?.error({ component: 'knex' }, String(message)),
        deprecate: (message: unknown) => logger?.debug({ component: 'knex' }, String(message)),
        debug: (message: unknown) => logger?.debug({ component: 'knex' }, String(message)),
      },
    },
    extensions: [Migrator],
    migrations: {
      migrationsList: [...migrationsList, ...moduleMigrations],
      tableName: 'mikro_orm_migrations',
      path: 'migrations',
      pathTs: 'migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    onQuery: (sql: string) => {
      onQuery?.(sql);
      return sql;
    },
    logger: (message: string) => logger?.debug({ component: 'orm' }, message),
  });
}
