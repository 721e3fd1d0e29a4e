import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Every pooled connection limits its statements to DATABASE_STATEMENT_TIMEOUT_MS, so that no request holds a
 * connection for long. Long work (recomputing every score, demo data, jobs, migrations) raises the limit for its own
 * transaction: `set local` ends with it, and the connection returns to the pool with the request limit.
 * `milliseconds` 0 means no limit. Must run inside a transaction.
 */
export async function allowLongStatements(transaction: EntityManager, milliseconds: number): Promise<void> {
  await transaction.execute(`set local statement_timeout = ${Math.max(0, Math.floor(milliseconds))}`);
}
