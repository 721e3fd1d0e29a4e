import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform, type RunningPlatform } from '../../modules/platform/server/start';
import { Readiness, START_STEPS } from '../../modules/platform/server/readiness';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { freePort } from '../support/free-port';

const MAIN = join(__dirname, '../support/main-from-sources.mjs');

/** `npm start` as a person runs it: the entry point in a process of its own, with their settings. */
function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], {
    env: { ...inherited, NODE_ENV: 'development', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

/** PostgreSQL processes serving a data folder under `folder`, by their command lines. */
function postgresProcessesUnder(folder: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', folder], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.includes('postgres'));
  } catch {
    return []; // pgrep exits with 1 when nothing matches
  }
}

/**
 * What a new user meets when the server cannot start: one line naming what failed, the setting involved and what to
 * do, a non-zero exit, and nothing left running.
 */
describe('start-up failures', () => {
  let folder: string;
  let taken: Server;
  let takenPort: number;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'esg-start-up-'));
    // The embedded PostgreSQL runs as the postgres user when the tests run as root.
    chmodSync(folder, 0o755);
    takenPort = await freePort();
    taken = await occupy(takenPort);
  });
  afterAll(() => {
    taken?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('names PORT when the HTTP port is taken, before any database starts', async () => {
    const databasePort = await freePort();
    const dataFolder = join(folder, 'port-taken');
    const { code, stdout, stderr } = await start({ PORT: String(takenPort), EMBEDDED_PG_PORT: String(databasePort), EMBEDDED_PG_DIR: dataFolder });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `Failed to start: The server cannot listen on port ${takenPort} on 127.0.0.1 (PORT): another program, perhaps another copy of this server, ` +
        `already listens there. Stop it, or start on another port, e.g. PORT=${takenPort + 1} npm start.`,
    ]);
    expect(existsSync(dataFolder)).toBe(false);
    expect(postgresProcessesUnder(folder)).toEqual([]);
  });

  it('names EMBEDDED_PG_PORT when the embedded PostgreSQL’s port is taken', async () => {
    const dataFolder = join(folder, 'database-port-taken');
    const { code, stderr } = await start({ PORT: String(await freePort()), EMBEDDED_PG_PORT: String(takenPort), EMBEDDED_PG_DIR: dataFolder });
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Failed to start: The embedded PostgreSQL cannot listen on port ${takenPort} \\(EMBEDDED_PG_PORT\\)`));
    expect(lines[0]).toContain(`EMBEDDED_PG_PORT=${takenPort + 1} npm start`);
    expect(postgresProcessesUnder(folder)).toEqual([]);
  });

  it('names DATABASE_URL, without its password, when the database cannot be reached', async () => {
    const nowhere = await freePort();
    const { code, stderr } = await start({ PORT: String(await freePort()), DATABASE_URL: `postgres://esg:secret-word@127.0.0.1:${nowhere}/esg` });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `Failed to start: Cannot reach the database postgres://esg:***@127.0.0.1:${nowhere}/esg (DATABASE_URL): nothing listens at that address. ` +
        'Start that PostgreSQL server or correct DATABASE_URL; unset it to use the embedded PostgreSQL instead.',
    ]);
  });
});

/** /readyz means ready: a script waiting for it finds a server that answers with its data. */
describe('readiness while the server starts', () => {
  let database: TestDatabase;
  let running: RunningPlatform;
  const readiness = new Readiness().expect(START_STEPS.demoData);

  beforeAll(async () => {
    database = await createTestDatabase();
    running = await startPlatform({
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: database.url, PORT: '0', LOG_LEVEL: 'silent', JOBS_ENABLED: 'false' },
      readiness,
    });
  });
  afterAll(async () => {
    await running?.stop();
    await database?.drop();
  });

  it('answers 503 saying what it waits for, and GraphQL requests a clear error, until the last step is done', async () => {
    const waiting = await fetch(`${running.url}/readyz`);
    expect(waiting.status).toBe(503);
    expect(waiting.headers.get('retry-after')).toBe('3');
    expect(await waiting.json()).toEqual({ status: 'starting', waitingFor: ['demo data'], startedAt: expect.any(String) });
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);

    const query = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(query.status).toBe(503);
    expect(await query.json()).toEqual({
      errors: [{ message: 'The server is starting: waiting for demo data. Try again shortly.', extensions: { code: 'SERVER_STARTING' } }],
    });
    const page = await fetch(`${running.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('<meta http-equiv="refresh" content="3">');

    readiness.complete(START_STEPS.demoData);
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up', pendingMigrations: [] });
    const answered = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(((await answered.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
  });
});
