/**
 * `npm run bench -- api [--enterprises 20000] [--rounds 3] [--duration 5] [--connections 32] [--json FILE]
 *                       [--only partner-page,write-mix] [--profile DIR]`
 *
 * Seeds a realistic data set, starts the graph as in production and the hand-written baseline, checks that
 * both answer every read workload with the same JSON, then loads them in interleaved rounds and prints, per
 * workload, requests per second, latency, server CPU per request, SQL statements per request and memory, with
 * the ratio to the baseline. Uses DATABASE_URL's server (database esg_bench_api) when set, otherwise an embedded
 * PostgreSQL in .data/bench-api-postgres.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../modules/platform/auth/principal';
import { ApiKey } from '../../modules/platform/auth/api-key.entity';
import { encodeCursor } from '../../modules/platform/relay/paginate';
import { toGlobalId } from '../../modules/platform/relay/global-id';
import { bootServices, migrateAndLoadReferenceData, startPlatform } from '../../modules/platform/server/start';
import { createLogger } from '../../modules/platform/logger';
import { ensureDataset, resetUnlessSized } from './dataset';
import { READ_WORKLOADS, type ReadWorkload, type WorkloadInputs } from './workloads';
import { cpuMs, freePort, rssMb, startProcess, type ServerProcess } from './processes';
import { runWriteMix, type WriteMixResult } from './write-mix';
import { startTraceSink } from './trace-sink';
import { printReport, type ReadResult, type Report } from './report';

const JWT_SECRET = 'bench-secret-of-at-least-thirty-two-characters';
const DATABASE = 'esg_bench_api';

/** The bench database: its own database on DATABASE_URL's server, or the embedded one under .data. */
async function benchEnvironment(): Promise<NodeJS.ProcessEnv> {
  // The bench is one caller sending thousands of requests a second on purpose: no per-caller rate limit.
  const base = {
    ...process.env,
    NODE_ENV: 'production',
    JWT_SECRET,
    JOBS_ENABLED: 'false',
    LOG_LEVEL: 'warn',
    DEMO_SEED: 'false',
    RATE_LIMIT_PER_MINUTE: '0',
  };
  if (!process.env.DATABASE_URL) return { ...base, EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? '.data/bench-api-postgres' };
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${DATABASE}`;
  return { ...base, DATABASE_URL: url.toString() };
}

async function workloadInputs(em: EntityManager): Promise<WorkloadInputs> {
  const byName = await em.execute<Array<{ id: string; name: string; uscc: string }>>('select id, name, uscc from enterprise order by name, id');
  const cursorsOf = (size: number) => [
    null,
    ...byName
      .filter((_, index) => (index + 1) % size === 0)
      .slice(0, 400)
      .map((row) => encodeCursor(row.name, row.id, 'name')),
  ];
  const sample = byName.filter((_, index) => index % Math.max(1, Math.floor(byName.length / 2000)) === 0);
  return {
    cursors20: cursorsOf(20),
    cursors100: cursorsOf(100),
    usccs: sample.map((row) => row.uscc),
    enterpriseIds: sample.map((row) => toGlobalId('Enterprise', row.id)),
  };
}

/** A partner API key for the partner workloads, stored as the platform stores keys: only its digest. */
async function partnerKey(em: EntityManager): Promise<string> {
  const secret = `esg_${randomBytes(24).toString('base64url')}`;
  await em.nativeDelete(ApiKey, { name: 'bench-partner' });
  await em.insertMany(ApiKey, [
    Object.assign(new ApiKey(), {
      name: 'bench-partner',
      role: Role.PARTNER,
      prefix: secret.slice(0, 8),
      secretDigest: ApiKey.digest(secret),
      createdBy: 'bench',
    }),
  ]);
  return secret;
}

/** Sorted keys, so that two answers compare by content. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  return value;
}

interface Target {
  process: ServerProcess;
  request: (workload: ReadWorkload, variables: Record<string, unknown>) => { path: string; body: string };
}

async function verifyIdentical(
  graph: Target,
  baseline: Target,
  headers: (workload: ReadWorkload) => Record<string, string>,
  inputs: WorkloadInputs,
): Promise<void> {
  for (const workload of READ_WORKLOADS) {
    for (let i = 0; i < 5; i++) {
      const variables = workload.variables(inputs, i);
      const answers = await Promise.all(
        [graph, baseline].map(async (target) => {
          const { path, body } = target.request(workload, variables);
          const response = await fetch(`${target.process.url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers(workload) },
            body,
          });
          // The answer itself: the graph's extensions (the query's cost) are metadata the baseline has no part in.
          const { data, errors } = (await response.json()) as { data?: unknown; errors?: unknown };
          return JSON.stringify(canonical({ data, errors }));
        }),
      );
      if (answers[0] !== answers[1])
        throw new Error(
          `${workload.name} answers differ for ${JSON.stringify(variables)}:\ngraph:    ${answers[0].slice(0, 2000)}\nbaseline: ${answers[1].slice(0, 2000)}`,
        );
    }
    process.stdout.write(`verified: ${workload.name} answers the same JSON on both servers\n`);
  }
}

async function load(
  target: Target,
  workload: ReadWorkload,
  headers: Record<string, string>,
  inputs: WorkloadInputs,
  options: { connections: number; duration: number },
) {
  let counter = 0;
  const pid = target.process.child.pid!;
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({
    url: target.process.url,
    connections: options.connections,
    duration: options.duration,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        setupRequest: (request) => ({ ...request, ...target.request(workload, workload.variables(inputs, counter++)) }),
      },
    ],
  });
  const cpu = cpuMs(pid) - cpuBefore;
  const requests = result.requests.total;
  if (result.errors > 0 || result.non2xx > 0)
    throw new Error(`${workload.name} on ${target.process.name}: ${result.errors} errors, ${result.non2xx} non-2xx answers`);
  return {
    requestsPerSecond: requests / options.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: requests ? cpu / requests : 0,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function runApiBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      enterprises: { type: 'string', default: '20000' },
      rounds: { type: 'string', default: '3' },
      duration: { type: 'string', default: '5' },
      connections: { type: 'string', default: '32' },
      json: { type: 'string' },
      only: { type: 'string' },
      profile: { type: 'string' },
      // Share of requests traced, exported to a local OTLP sink; off unless given. Metrics follow METRICS_ENABLED.
      traces: { type: 'string' },
    },
  });
  const only = values.only?.split(',');
  const workloads = READ_WORKLOADS.filter((workload) => !only || only.includes(workload.name));
  const options = {
    enterprises: Number(values.enterprises),
    rounds: Number(values.rounds),
    duration: Number(values.duration),
    connections: Number(values.connections),
  };
  const env = await benchEnvironment();
  const { services, database } = await bootServices({ env, logger: createLogger('warn') });
  const running: ServerProcess[] = [];
  const stopping: Array<() => Promise<void>> = [];
  try {
    await resetUnlessSized(services, options.enterprises);
    await migrateAndLoadReferenceData(services);
    const dataset = await ensureDataset(services, options.enterprises);
    process.stdout.write(`data: ${JSON.stringify(dataset)}\n`);
    const em = services.orm.em.fork() as EntityManager;
    const inputs = await workloadInputs(em);
    const apiKey = await partnerKey(em);
    const deskToken = await services.jwt.sign({ role: Role.DESK, subject: 'bench-desk', chains: ['huyou'], ttlSeconds: 3600 });
    const headers = (workload: ReadWorkload): Record<string, string> =>
      workload.caller === 'partner' ? { 'x-api-key': apiKey } : { authorization: `Bearer ${deskToken}` };
    const databaseUrl = database.url;

    // Statements per request, counted on a platform in this process; the load runs against a process of its own.
    const statements = await countStatements(env, databaseUrl, inputs, headers);

    const traceSink = values.traces === undefined ? null : await startTraceSink();
    if (traceSink) stopping.push(() => traceSink.close());
    const { OTEL_EXPORTER_OTLP_ENDPOINT: _collector, ...untraced } = env;
    const serverEnv = {
      ...untraced,
      DATABASE_URL: databaseUrl,
      ...(traceSink ? { OTEL_EXPORTER_OTLP_ENDPOINT: traceSink.url, TRACES_SAMPLE_RATIO: values.traces } : {}),
    };
    const graph: Target = {
      process: await startProcess(
        'graph',
        resolve('dist/modules/platform/server/main.js'),
        serverEnv,
        await freePort(),
        async (url) => (await fetch(`${url}/readyz`)).ok,
        // A CPU profile of the graph under the load, written when it stops (open it in Chrome's DevTools).
        values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profile)}`] : [],
      ),
      request: (workload, variables) => ({ path: '/graphql', body: JSON.stringify({ query: workload.query, variables }) }),
    };
    running.push(graph.process);
    const baseline: Target = {
      process: await startProcess(
        'baseline',
        resolve('dist/bench/api/baseline-server.js'),
        serverEnv,
        await freePort(),
        async (url) => (await fetch(`${url}/none`)).status === 404,
      ),
      request: (workload, variables) => ({ path: `/${workload.name}`, body: JSON.stringify(variables) }),
    };
    running.push(baseline.process);

    await verifyIdentical(graph, baseline, headers, inputs);

    const rounds = new Map<string, { graph: Array<Awaited<ReturnType<typeof load>>>; baseline: Array<Awaited<ReturnType<typeof load>>> }>();
    for (let round = 1; round <= options.rounds; round++) {
      for (const workload of workloads) {
        const entry = rounds.get(workload.name) ?? { graph: [], baseline: [] };
        rounds.set(workload.name, entry);
        for (const [name, target] of [
          ['graph', graph],
          ['baseline', baseline],
        ] as const) {
          process.stdout.write(`round ${round}/${options.rounds}: ${workload.name} on ${name} ...`);
          const figures = await load(target, workload, headers(workload), inputs, options);
          entry[name].push(figures);
          process.stdout.write(` ${figures.requestsPerSecond.toFixed(0)} req/s\n`);
        }
      }
    }
    const reads: ReadResult[] = workloads.map((workload) => {
      const entry = rounds.get(workload.name)!;
      const summary = (list: typeof entry.graph) => ({
        requestsPerSecond: median(list.map((item) => item.requestsPerSecond)),
        p50: median(list.map((item) => item.p50)),
        p99: median(list.map((item) => item.p99)),
        cpuMsPerRequest: median(list.map((item) => item.cpuMsPerRequest)),
      });
      return {
        workload: workload.name,
        description: workload.description,
        graph: summary(entry.graph),
        baseline: summary(entry.baseline),
        statements: statements.get(workload.name)!,
      };
    });

    let writes: WriteMixResult | null = null;
    if (!only || only.includes('write-mix')) {
      process.stdout.write('write mix: caseSubmit, taskAccept, taskComplete ...\n');
      writes = await runWriteMix(graph.process, services, em, options);
    }

    const report: Report = {
      dataset,
      options,
      reads,
      writes,
      rssMb: { graph: rssMb(graph.process.child.pid!), baseline: rssMb(baseline.process.child.pid!) },
      observability: {
        metrics: env.METRICS_ENABLED !== 'false',
        tracesSampleRatio: traceSink ? Number(values.traces) : 0,
        resolverSampleRatio: traceSink ? Number(env.TRACES_RESOLVER_SAMPLE_RATIO ?? 0.1) : 0,
        traceExports: traceSink?.exports() ?? null,
      },
    };
    printReport(report);
    if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
  } finally {
    for (const server of running) await server.stop();
    for (const stop of stopping) await stop();
    await services.orm.close(true);
    await database.embedded?.stop();
  }
}

/** Runs each workload twice on an in-process platform and counts the SQL statements of the second run. */
async function countStatements(
  env: NodeJS.ProcessEnv,
  databaseUrl: string,
  inputs: WorkloadInputs,
  headers: (workload: ReadWorkload) => Record<string, string>,
): Promise<Map<string, number>> {
  let count = 0;
  const platform = await startPlatform({ env: { ...env, DATABASE_URL: databaseUrl, PORT: '0' }, onQuery: () => void count++ });
  const counts = new Map<string, number>();
  try {
    for (const workload of READ_WORKLOADS) {
      const body = JSON.stringify({ query: workload.query, variables: workload.variables(inputs, 1) });
      const send = () =>
        fetch(`${platform.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers(workload) }, body }).then(
          (response) => response.json(),
        );
      await send();
      count = 0;
      await send();
      counts.set(workload.name, count);
    }
  } finally {
    await platform.stop();
  }
  return counts;
}
