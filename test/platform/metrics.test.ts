import { modules } from '../../modules';
import { Role } from '../../modules/platform/auth/principal';
import { defineModule } from '../../modules/platform/module';
import { ManualClock } from '../../modules/platform/clock';
import { ConfigError, loadConfig } from '../../modules/platform/config';
import { JobEnqueueDocument, JobRunDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of Prometheus's text format (comments skipped). */
function parseMetrics(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((label) => [label[1], label[2]]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

/** The value of the one sample of `name` whose labels include `labels`; undefined when there is none. */
function valueOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

async function scrape(app: TestApp, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await fetch(`${app.url}/metrics`, { headers });
  expect(response.status).toBe(200);
  return parseMetrics(await response.text());
}

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123456789';

/** A job that always fails, beside the product's, for the failed outcome. */
const failing = defineModule({
  name: 'failing-job',
  description: 'Fixture: a job that fails.',
  jobs: [
    {
      name: 'failing-job.fail',
      description: 'Fails on purpose.',
      handler: async () => {
        throw new Error('failing on purpose');
      },
    },
  ],
});

describe('Prometheus metrics on /metrics', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    // Jobs run, at a fixed business time (as in jobs.test.ts), so that the job's outcome reads the same in any year.
    app = await TestApp.start({
      env: { JOBS_ENABLED: 'true', METRICS_TOKEN },
      modules: [...modules, failing],
      clock: new ManualClock(new Date('2026-11-29T02:00:00Z')),
    });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  it('answers in the Prometheus text format, with the default Node.js metrics, without the token in development', async () => {
    const response = await fetch(`${app.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = parseMetrics(await response.text());
    expect(valueOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('counts a GraphQL operation by name and type, with its latency', async () => {
    const labels = { operation: 'MetricsProbe', type: 'query' };
    expect(valueOf(await scrape(app), 'graphql_operation_duration_seconds_count', labels)).toBeUndefined();
    for (let run = 0; run < 2; run++) expect((await admin.raw('query MetricsProbe { jobs { name } }')).errors).toBeUndefined();

    const samples = await scrape(app);
    expect(valueOf(samples, 'graphql_operation_duration_seconds_count', labels)).toBe(2);
    expect(valueOf(samples, 'graphql_operation_duration_seconds_sum', labels)).toBeGreaterThan(0);
    expect(valueOf(samples, 'graphql_operation_duration_seconds_bucket', { ...labels, le: '+Inf' })).toBe(2);
    expect(valueOf(samples, 'graphql_operation_duration_seconds_bucket', { ...labels, le: '10' })).toBe(2);
  });

  it('labels anonymous operations "anonymous" and names past the label rule "other"', async () => {
    await app.client.raw('{ __typename }');
    await app.client.raw(`query ${'A'.repeat(65)} { __typename }`);
    const samples = await scrape(app);
    expect(valueOf(samples, 'graphql_operation_duration_seconds_count', { operation: 'anonymous', type: 'query' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'graphql_operation_duration_seconds_count', { operation: 'other', type: 'query' })).toBe(1);
    expect(samples.some((sample) => sample.labels.operation === 'A'.repeat(65))).toBe(false);
  });

  it('counts errors by extensions.code, including requests refused before their operation ran', async () => {
    const before = await scrape(app);
    const invalid = await admin.raw('query Refused { noSuchField }');
    expect(invalid.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badToken = await app.client.as({ token: 'not-a-token' }).raw('query Refused { __typename }');
    expect(badToken.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const after = await scrape(app);
    const delta = (code: string) =>
      (valueOf(after, 'graphql_errors_total', { code }) ?? 0) - (valueOf(before, 'graphql_errors_total', { code }) ?? 0);
    expect(delta('GRAPHQL_VALIDATION_FAILED')).toBe(1);
    expect(delta('UNAUTHENTICATED')).toBe(1);
    // The document refused by validation still counts as an operation; the request refused before it was read does not.
    expect(valueOf(after, 'graphql_operation_duration_seconds_count', { operation: 'Refused', type: 'query' })).toBe(1);
  });

  it('counts HTTP requests by method, route and status, never by the URL sent', async () => {
    await fetch(`${app.url}/healthz`);
    expect((await fetch(`${app.url}/no-such-page-4f1c/12345`)).status).toBe(404);
    await admin.raw('query MetricsHttp { __typename }');

    const samples = await scrape(app);
    expect(valueOf(samples, 'http_requests_total', { method: 'GET', route: '/healthz', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'http_requests_total', { method: 'POST', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'http_requests_total', { method: 'GET', route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(valueOf(samples, 'http_requests_total', { method: 'GET', route: '/metrics', status: '200' })).toBeGreaterThanOrEqual(1);
    expect(samples.some((sample) => Object.values(sample.labels).some((value) => value.includes('no-such-page')))).toBe(false);
  });

  it('reports the database pool: connections used and idle, requests waiting, the maximum', async () => {
    const samples = await scrape(app);
    expect(valueOf(samples, 'db_client_connection_count', { state: 'used' })).toBeGreaterThanOrEqual(0);
    expect(valueOf(samples, 'db_client_connection_count', { state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(valueOf(samples, 'db_client_connection_pending_requests')).toBe(0);
    expect(valueOf(samples, 'db_client_connection_max')).toBe(app.services.config.DATABASE_POOL_MAX);
  });

  it('counts job runs by job and outcome, every job listed from the start', async () => {
    const job = 'calendar.coverage-check';
    const before = await scrape(app);
    for (const definition of app.services.jobs.definitions) {
      for (const outcome of ['completed', 'failed']) expect(valueOf(before, 'job_runs_total', { job: definition.name, outcome })).toBeDefined();
    }
    const completedBefore = valueOf(before, 'job_runs_total', { job, outcome: 'completed' })!;

    const { jobEnqueue } = await admin.data(JobEnqueueDocument, { input: { name: job } });
    expect(jobEnqueue.userErrors).toEqual([]);
    await waitFor(async () => {
      const { jobRun } = await admin.data(JobRunDocument, { name: job, id: jobEnqueue.jobRun!.id });
      return jobRun?.state === 'completed' ? jobRun : null;
    });

    const after = await scrape(app);
    expect(valueOf(after, 'job_runs_total', { job, outcome: 'completed' })).toBe(completedBefore + 1);
    expect(valueOf(after, 'job_runs_total', { job, outcome: 'failed' })).toBe(valueOf(before, 'job_runs_total', { job, outcome: 'failed' }));
    expect(valueOf(after, 'graphql_operation_duration_seconds_count', { operation: 'JobEnqueue', type: 'mutation' })).toBe(1);
  });

  it('counts a run that throws as failed, each retry again', async () => {
    const job = 'failing-job.fail';
    expect(valueOf(await scrape(app), 'job_runs_total', { job, outcome: 'failed' })).toBe(0);
    expect((await admin.data(JobEnqueueDocument, { input: { name: job } })).jobEnqueue.userErrors).toEqual([]);
    const failed = await waitFor(async () => valueOf(await scrape(app), 'job_runs_total', { job, outcome: 'failed' }) || null);
    expect(failed).toBeGreaterThanOrEqual(1);
    expect(valueOf(await scrape(app), 'job_runs_total', { job, outcome: 'completed' })).toBe(0);
  });
});

describe('who may read /metrics outside development', () => {
  let open: TestApp;

  beforeAll(async () => {
    open = await TestApp.start({ env: { NODE_ENV: 'production', JWT_SECRET: 'a-secret-of-at-least-thirty-two-characters!' } });
  });
  afterAll(() => open?.stop());

  it('serves anyone who reaches the server when no token is set: the network must keep it private', async () => {
    await scrape(open);
  });

  it('serves only requests bearing METRICS_TOKEN when it is set', async () => {
    const guarded = await open.startPeer({ METRICS_TOKEN });
    for (const authorization of [undefined, 'Bearer wrong-token', METRICS_TOKEN, `Bearer ${METRICS_TOKEN}x`]) {
      const response = await fetch(`${guarded.url}/metrics`, { headers: authorization ? { authorization } : {} });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const samples = await scrape(guarded, { authorization: `Bearer ${METRICS_TOKEN}` });
    expect(valueOf(samples, 'http_requests_total', { method: 'GET', route: '/metrics', status: '401' })).toBe(4);
  });

  it('serves nothing when METRICS_ENABLED is false', async () => {
    const disabled = await open.startPeer({ METRICS_ENABLED: 'false' });
    expect((await fetch(`${disabled.url}/metrics`)).status).toBe(404);
  });

  it('refuses a short token and a flag that is not true or false', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(ConfigError);
    expect(() => loadConfig({ METRICS_ENABLED: 'yes' })).toThrow(ConfigError);
    expect(loadConfig({}).METRICS_ENABLED).toBe(true);
  });
});
