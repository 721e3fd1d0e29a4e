import { createHash, randomBytes } from 'node:crypto';
import { databaseUrl, withAdminClient } from './database-server';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A fresh database for one test file, cloned from the migrated template in milliseconds. */
export async function createTestDatabase(template = baseTemplate()): Promise<TestDatabase> {
  const name = `esg_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdminClient(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}

/**
 * A fresh database cloned from one that `fill` wrote once in this run for the same `key`: the files that ask for the
 * same demo data pay for seeding it once. A file that finds another one filling it waits for that one to finish.
 */
export async function createFilledTestDatabase(key: string, fill: (url: string) => Promise<void>): Promise<TestDatabase> {
  const filled = `${baseTemplate()}_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
  await withAdminClient(async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [filled]);
    try {
      const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [filled]);
      if (rowCount) return;
      const building = await createTestDatabase();
      try {
        await fill(building.url);
        // No session may stay on a database that is renamed or cloned.
        await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [building.name]);
        await client.query(`ALTER DATABASE ${building.name} RENAME TO ${filled}`);
      } catch (error) {
        await building.drop();
        throw error;
      }
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [filled]);
    }
  });
  return createTestDatabase(filled);
}

/** What the names of this run's databases begin with: the migrated template, and the filled ones named after it. */
export function runDatabasesPrefix(): string {
  return baseTemplate();
}

function baseTemplate(): string {
  const template = process.env.TEST_TEMPLATE_DATABASE;
  if (!template) throw new Error('TEST_TEMPLATE_DATABASE is not set: run the tests through jest so that global setup builds the template');
  return template;
}
