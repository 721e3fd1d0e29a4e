import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { Request, Response } from 'express';
import { ConfigError, loadConfig } from '../../modules/platform/config';
import { OperationSpans } from '../../modules/platform/observability/operation-spans';
import { ResolverSamplingTracerProvider } from '../../modules/platform/observability/resolver-sampling';
import { activeTracing, startTracing } from '../../modules/platform/observability/tracing';
import { freePort } from '../support/free-port';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const TRACED_SERVER = join(__dirname, '../support/main-from-sources.mjs');

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
  scope: string;
}

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
  arrayValue?: { values?: OtlpValue[] };
}

interface OtlpTraces {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: OtlpValue }> };
    scopeSpans: Array<{
      scope: { name: string };
      spans: Array<Omit<ExportedSpan, 'attributes' | 'scope'> & { attributes?: Array<{ key: string; value: OtlpValue }> }>;
    }>;
  }>;
}

function plain(value: OtlpValue): unknown {
  if (value.arrayValue) return (value.arrayValue.values ?? []).map(plain);
  return value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue;
}

/** An OpenTelemetry collector's OTLP/HTTP receiver, reduced to keeping what the JSON exporter sends to /v1/traces. */
class OtlpReceiver {
  readonly spans: ExportedSpan[] = [];
  readonly services = new Set<unknown>();
  private readonly server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/v1/traces' || !request.headers['content-type']?.startsWith('application/json')) {
        response.writeHead(404).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces;
      for (const resourceSpans of body.resourceSpans) {
        for (const attribute of resourceSpans.resource.attributes) if (attribute.key === 'service.name') this.services.add(plain(attribute.value));
        for (const { scope, spans } of resourceSpans.scopeSpans) {
          for (const span of spans) {
            const attributes = Object.fromEntries((span.attributes ?? []).map((attribute) => [attribute.key, plain(attribute.value)]));
            this.spans.push({ ...span, attributes, scope: scope.name });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Waits for a span that `matches`, as the exporter sends them in batches. */
  async waitFor(matches: (span: ExportedSpan) => boolean, timeoutMs = 20_000): Promise<ExportedSpan> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.spans.find(matches);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such span among ${this.spans.map((span) => span.name).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** The span and its ancestors, nearest first, as far as they were received. */
  ancestry(span: ExportedSpan): ExportedSpan[] {
    const chain = [span];
    for (;;) {
      const last = chain[chain.length - 1];
      const parent = this.spans.find((candidate) => candidate.traceId === last.traceId && candidate.spanId === last.parentSpanId);
      if (!parent) return chain;
      chain.push(parent);
    }
  }
}

/** The server started by its entry point (main.ts), traced, in a process of its own: see main-from-sources.mjs. */
async function startTracedServer(env: Record<string, string>): Promise<{ url: string; adminToken: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [TRACED_SERVER], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      JOBS_ENABLED: 'false',
      DEMO_SEED: 'false',
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 90_000;
  for (;;) {
    const token = /Admin token\s+: (\S+)/.exec(output);
    if (token) return { url: `http://127.0.0.1:${port}`, adminToken: token[1], child };
    if (child.exitCode !== null) throw new Error(`the traced server exited with ${child.exitCode}:\n${output}`);
    if (Date.now() > deadline) throw new Error(`the traced server did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function stopProcess(child: ChildProcess | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('OpenTelemetry traces of a running server', () => {
  const receiver = new OtlpReceiver();
  let database: TestDatabase;
  let server: { url: string; adminToken: string; child: ChildProcess };

  const query = async (text: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ query: text }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    expect(body.errors).toBeUndefined();
  };

  beforeAll(async () => {
    const endpoint = await receiver.start();
    database = await createTestDatabase();
    server = await startTracedServer({
      DATABASE_URL: database.url,
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      TRACES_SAMPLE_RATIO: '1',
      TRACES_RESOLVER_SAMPLE_RATIO: '1',
      // Batches leave every 100 ms instead of every 5 s.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
  }, 120_000);
  afterAll(async () => {
    await stopProcess(server?.child);
    await database?.drop();
    await receiver.stop();
  });

  it('traces a GraphQL request: the HTTP request, the operation with its name, and its SQL under it', async () => {
    await query('query TracedEnterprises { enterprises(first: 2) { nodes { id name } } }');

    const operation = await receiver.waitFor(
      (span) => span.attributes['graphql.operation.name'] === 'TracedEnterprises' && span.scope === 'enterprise-service-graph',
    );
    expect(operation.name).toBe('GraphQL query TracedEnterprises');
    expect(operation.attributes['graphql.operation.type']).toBe('query');

    const statement = await receiver.waitFor((span) => span.traceId === operation.traceId && span.name.startsWith('pg.query'));
    expect(statement.attributes['db.system.name']).toBe('postgresql');
    expect(statement.attributes['db.query.text']).toContain('"enterprise"');
    // Bound values (personal data, in other statements) are never recorded.
    expect(Object.keys(statement.attributes).filter((key) => /param|value/.test(key))).toEqual([]);
    const ancestry = receiver.ancestry(statement);
    expect(ancestry.map((span) => span.spanId)).toContain(operation.spanId);

    const request = ancestry[ancestry.length - 1];
    expect(request.parentSpanId ?? '').toBe('');
    expect(request.kind).toBe(2); // SERVER
    expect(request.scope).toBe('@opentelemetry/instrumentation-http');
    expect(request.name).toBe('POST /graphql');
    expect(receiver.services).toEqual(new Set(['enterprise-service-graph']));
  });

  it("traces graphql-js's execution and, in the share of requests chosen for it, each resolver", async () => {
    await query('query TracedJobs { jobs { name } }');
    const execute = await receiver.waitFor((span) => span.name === 'query TracedJobs' && span.scope === '@opentelemetry/instrumentation-graphql');
    const resolver = await receiver.waitFor((span) => span.traceId === execute.traceId && span.name === 'graphql.resolve jobs');
    expect(resolver.parentSpanId).toBe(execute.spanId);
    expect(receiver.ancestry(execute).map((span) => span.name)).toContain('GraphQL query TracedJobs');
  });

  it('leaves health probes and metric scrapes out of the traces', async () => {
    await fetch(`${server.url}/healthz`);
    await fetch(`${server.url}/metrics`);
    await query('query AfterProbes { __typename }');
    await receiver.waitFor((span) => span.attributes['graphql.operation.name'] === 'AfterProbes');
    const paths = receiver.spans.map((span) => String(span.attributes['http.target'] ?? span.attributes['url.path'] ?? ''));
    expect(paths).toContain('/graphql');
    expect(paths.filter((path) => path === '/healthz' || path === '/metrics')).toEqual([]);
  });
});

describe('resolver spans in a share of requests', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const resolvers = new ResolverSamplingTracerProvider(provider).getTracer('@opentelemetry/instrumentation-graphql');
  const statements = provider.getTracer('@opentelemetry/instrumentation-pg');

  beforeAll(() => provider.register());
  afterAll(() => provider.shutdown());
  beforeEach(() => exporter.reset());

  /** A request through the handler OperationSpans wraps, running a resolver that issues a statement. */
  function request(resolverRatio: number): void {
    const response = new EventEmitter();
    const handler = new OperationSpans(resolverRatio).around(() => {
      const resolver = resolvers.startSpan('graphql.resolve enterprises');
      context.with(trace.setSpan(context.active(), resolver), () => statements.startSpan('pg.query:SELECT').end());
      resolver.end();
    });
    void handler({} as Request, response as unknown as Response, () => undefined);
    response.emit('close');
  }

  it('records none in the other requests, and keeps their statements under the operation', () => {
    request(0);
    const spans = exporter.getFinishedSpans();
    expect(spans.map((span) => span.name).sort()).toEqual(['GraphQL', 'pg.query:SELECT']);
    const [operation, statement] = ['GraphQL', 'pg.query:SELECT'].map((name) => spans.find((span) => span.name === name)!);
    expect(statement.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
  });

  it('records each resolver of a chosen request, with its statements under it', () => {
    request(1);
    const spans = exporter.getFinishedSpans();
    const resolver = spans.find((span) => span.name === 'graphql.resolve enterprises')!;
    const statement = spans.find((span) => span.name === 'pg.query:SELECT')!;
    expect(statement.parentSpanContext?.spanId).toBe(resolver.spanContext().spanId);
    expect(resolver.parentSpanContext?.spanId).toBe(spans.find((span) => span.name === 'GraphQL')!.spanContext().spanId);
  });
});

describe('tracing switched off', () => {
  it('is off unless an OTLP endpoint is set and some share of requests is sampled', () => {
    expect(loadConfig({}).tracingEnabled).toBe(false);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracingEnabled).toBe(true);
    expect(loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', TRACES_SAMPLE_RATIO: '0' }).tracingEnabled).toBe(false);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector:4317' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRACES_SAMPLE_RATIO: '1.5' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRACES_RESOLVER_SAMPLE_RATIO: '-0.1' })).toThrow(ConfigError);
    expect(startTracing({})).toBe(false);
    expect(activeTracing()).toBeNull();
  });

  it('loads no OpenTelemetry SDK or instrumentation, only the API', async () => {
    const env = { ...process.env };
    delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
    const { stdout } = await promisify(execFile)(process.execPath, [TRACED_SERVER, '--loaded-modules'], { env });
    expect(JSON.parse(stdout)).toEqual(['@opentelemetry/api']);
  });
});
