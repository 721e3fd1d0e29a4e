import 'reflect-metadata';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { resolve } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { modules } from '../../modules';
import { collect } from '../../modules/platform/module';
import { ormConfig } from '../../modules/platform/database/orm-config';
import { startEmbeddedPostgres } from '../../modules/platform/database/embedded-postgres';
import { createLogger } from '../../modules/platform/logger';
import { databaseUrl, withAdminClient } from './database-server';
import { freePort } from './free-port';

/**
 * Starts PostgreSQL for the run (the server of DATABASE_URL when set, else an embedded one) and builds a
 * migrated template database; each test file clones it into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  const logger = createLogger('silent');
  if (process.env.DATABASE_URL) {
    process.env.TEST_ADMIN_DATABASE_URL = process.env.DATABASE_URL;
  } else {
    mkdirSync('.data', { recursive: true });
    const directory = mkdtempSync(resolve('.data', 'test-postgres-'));
    const embedded = await startEmbeddedPostgres(directory, await freePort(), logger);
    (globalThis as { __embeddedTestDatabase?: unknown }).__embeddedTestDatabase = { ...embedded, directory };
    process.env.TEST_ADMIN_DATABASE_URL = embedded.url;
  }
  const template = `esg_template_${process.pid}`;
  process.env.TEST_TEMPLATE_DATABASE = template;
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${template}`);
    await client.query(`CREATE DATABASE ${template}`);
  });
  const orm = await MikroORM.init(ormConfig({ url: databaseUrl(template), entities: collect(modules, (module) => module.entities) }));
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }
}
