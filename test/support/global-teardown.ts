import { rmSync } from 'node:fs';
import { withAdminClient } from './database-server';
import { runDatabasesPrefix } from './test-database';

export default async function globalTeardown(): Promise<void> {
  await withAdminClient(async (client) => {
    const { rows } = await client.query<{ name: string }>('select datname as name from pg_database where starts_with(datname, $1)', [
      runDatabasesPrefix(),
    ]);
    for (const { name } of rows) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  const embedded = (globalThis as { __embeddedTestDatabase?: { stop(): Promise<void>; directory: string } }).__embeddedTestDatabase;
  if (embedded) {
    await embedded.stop();
    rmSync(embedded.directory, { recursive: true, force: true });
  }
}
