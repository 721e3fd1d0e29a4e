import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createLogger } from '../../modules/platform/logger';
import { startPlatform, type RunningPlatform } from '../../modules/platform/server/start';
import { Role } from '../../modules/platform/auth/principal';
import { freePort } from '../support/free-port';

/** An embedded PostgreSQL in a process of its own, so that the test can stop and start it. */
async function startDatabase(directory: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(__dirname, '../support/embedded-postgres-process.mjs'), directory, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  while (!output.includes('ready')) {
    if (child.exitCode !== null) throw new Error(`the embedded PostgreSQL process ended with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return child;
}

async function stopDatabase(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const ended = once(child, 'exit');
  child.kill('SIGTERM');
  await ended;
}

/**
 * The database stopped and started under a running server, on an embedded PostgreSQL of this test's own (the
 * shared one is never stopped): requests fail fast with a clear error while it is down, the server serves again
 * when it is back without a restart, and it still shuts down cleanly.
 */
describe('the database restarting under a running server', () => {
  const directory = mkdtempSync(join(tmpdir(), 'esg-restart-'));
  // PostgreSQL runs as its own user when the tests run as root: it must reach the folder.
  chmodSync(directory, 0o755);
  const logger = createLogger('silent');
  let database: ChildProcess;
  let port: number;
  const url = () => `postgres://postgres:postgres@127.0.0.1:${port}/restart_test`;
  let platform: RunningPlatform;
  let token: string;
  let adminToken: string;

  beforeAll(async () => {
    port = await freePort();
    database = await startDatabase(join(directory, 'data'), port);
    platform = await startPlatform({
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: url(),
        PORT: '0',
        LOG_LEVEL: 'silent',
        JOBS_ENABLED: 'false',
        RATE_LIMIT_PER_MINUTE: '0',
        DATABASE_POOL_ACQUIRE_TIMEOUT_MS: '1500',
      },
      logger,
    });
    token = await platform.services.jwt.sign({ subject: 'analyst', role: Role.ANALYST, ttlSeconds: 600 });
    adminToken = await platform.services.jwt.sign({ subject: 'admin', role: Role.ADMIN, ttlSeconds: 600 });
  }, 120_000);

  afterAll(async () => {
    await platform?.stop().catch(() => undefined);
    if (database) await stopDatabase(database);
    rmSync(directory, { recursive: true, force: true });
  });

  const ask = async (query: string, bearer = token) => {
    const started = Date.now();
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    return { status: response.status, body, took: Date.now() - started };
  };
  const readsTheDatabase = '{ regions { code } departments { code } }';

  it('answers SERVICE_UNAVAILABLE quickly while the database is down, and serves again once it is back', async () => {
    expect((await ask(readsTheDatabase)).body.errors).toBeUndefined();

    await stopDatabase(database);
    const whileDown = await Promise.all(Array.from({ length: 8 }, () => ask('{ enterprises(first: 5) { totalCount nodes { name } } }')));
    for (const answer of whileDown) {
      expect(answer.status).toBeLessThan(500);
      expect(answer.body.errors?.map((error) => error.extensions?.code)).toContain('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|Knex|terminating/);
      expect(answer.took).toBeLessThan(5_000);
    }
    // Mutations too (their audit entry cannot be written either, and the answer still comes), and a request that
    // needs no database still works.
    const mutation = await ask('mutation { departmentCreate(input: { code: "restart-test", name: "Restart" }) { userErrors { code } } }', adminToken);
    expect(mutation.status).toBeLessThan(500);
    expect(mutation.body.errors?.map((error) => error.extensions?.code)).toContain('SERVICE_UNAVAILABLE');
    expect((await ask('{ __typename }')).body.data).toEqual({ __typename: 'Query' });

    database = await startDatabase(join(directory, 'data'), port);
    let recovered = false;
    for (let attempt = 0; attempt < 20 && !recovered; attempt++) {
      recovered = (await ask(readsTheDatabase)).body.errors === undefined;
      if (!recovered) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(recovered).toBe(true);
    const again = await ask('{ enterprises(first: 5) { totalCount } }');
    expect(again.body.errors).toBeUndefined();
  }, 120_000);

  it('still shuts down cleanly after the restart', async () => {
    const stopping = Date.now();
    await platform.stop();
    expect(Date.now() - stopping).toBeLessThan(10_000);
  }, 30_000);
});
