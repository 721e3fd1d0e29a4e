import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Role } from '../../modules/platform/auth/principal';
import { startPlatform, type RunningPlatform } from '../../modules/platform/server/start';
import { createLogger } from '../../modules/platform/logger';
import { databaseUrl, withAdminClient } from '../support/database-server';
import { TestApp, SEEDING_TIMEOUT, SHARED_DEMO } from '../support/test-app';

function hasTool(tool: string): boolean {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * pg_dump must be at least as new as the server. The embedded PostgreSQL is 17 and Debian 12's client tools are 15,
 * so this runs where the suite uses a PostgreSQL server (DATABASE_URL, as CI's second run does) and the tools exist.
 */
const canDump = process.env.DATABASE_URL !== undefined && hasTool('pg_dump') && hasTool('pg_restore');

(canDump ? describe : describe.skip)('backing up and restoring the demo database with pg_dump and pg_restore', () => {
  const folder = mkdtempSync(join(tmpdir(), 'esg-backup-'));
  const restoredName = `esg_restored_${process.pid}`;
  let app: TestApp;
  let restored: RunningPlatform | undefined;

  beforeAll(async () => {
    app = await TestApp.start({ demo: SHARED_DEMO });
  }, SEEDING_TIMEOUT);
  afterAll(async () => {
    await restored?.stop();
    await app?.stop();
    await withAdminClient((client) => client.query(`drop database if exists ${restoredName} with (force)`));
    rmSync(folder, { recursive: true, force: true });
  });

  const page =
    '{ enterprises(first: 5) { totalCount nodes { name uscc creditScore { score grade } } } chains { code published { number publishedAt } } }';

  it('restores a dump into an empty database that a server then serves unchanged, without migrating again', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const before = await analyst.raw(page);
    expect(before.errors).toBeUndefined();

    const dump = join(folder, 'graph.dump');
    // The commands of the README's "Backup and restore", as an operator runs them.
    execFileSync('pg_dump', ['--format=custom', `--file=${dump}`, app.services.config.DATABASE_URL!], { stdio: 'pipe' });
    await withAdminClient((client) => client.query(`create database ${restoredName}`));
    execFileSync('pg_restore', ['--no-owner', `--dbname=${databaseUrl(restoredName)}`, dump], { stdio: 'pipe' });

    restored = await startPlatform({
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl(restoredName),
        PORT: '0',
        JOBS_ENABLED: 'false',
        RATE_LIMIT_PER_MINUTE: '0',
      },
      logger: createLogger('silent'),
    });
    const token = await restored.services.jwt.sign({ subject: 'analyst', role: Role.ANALYST, ttlSeconds: 600 });
    const response = await fetch(`${restored.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: page }),
    });
    const after = (await response.json()) as { data: unknown };
    expect(after.data).toEqual(before.data);
    expect(await restored.services.orm.getMigrator().getPendingMigrations()).toEqual([]);
  });
});
