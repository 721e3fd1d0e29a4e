import { rmSync } from 'node:fs';
import { withAdminClient } from './database-server';

export default async function globalTeardown(): Promise<void> {
  await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${process.env.TEST_TEMPLATE_DATABASE} WITH (FORCE)`));
  const embedded = (globalThis as { __embeddedTestDatabase?: { stop(): Promise<void>; directory: string } }).__embeddedTestDatabase;
  if (embedded) {
    await embedded.stop();
    rmSync(embedded.directory, { recursive: true, force: true });
  }
}
