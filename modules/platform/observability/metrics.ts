import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { MikroORM } from '@mikro-orm/postgresql';

/** What knex's connection pool (tarn) tells about itself. */
interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

export type JobOutcome = 'completed' | 'failed';

/**
 * The platform's Prometheus metrics, in a registry of its own (several servers may run in one process, as in the
 * tests). Everything a request does here is a counter or histogram update; the pool is read only when scraped.
 */
export class PlatformMetrics {
  readonly registry = new Registry();
  private readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  private readonly operationDuration: Histogram<'operation' | 'type'>;
  private readonly graphqlErrors: Counter<'code'>;
  private readonly jobRuns: Counter<'job' | 'outcome'>;

  constructor(orm: MikroORM, jobNames: string[]) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.httpRequests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route (the served path, never the requested URL) and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    });
    this.operationDuration = new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operations, from the GraphQL server taking the authenticated request to its response, by operation name (anonymous, other) and type.',
      labelNames: ['operation', 'type'],
      registers,
    });
    this.graphqlErrors = new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in GraphQL responses, by extensions.code, including requests refused before they ran.',
      labelNames: ['code'],
      registers,
    });
    this.jobRuns = new Counter({
      name: 'job_runs_total',
      help: 'Runs of background jobs in this instance by job and outcome; a failed run pg-boss retries counts again.',
      labelNames: ['job', 'outcome'],
      registers,
    });
    // Every job has its series from the start, so that rate() and alerts see the first failure.
    for (const job of jobNames) for (const outcome of ['completed', 'failed'] as const) this.jobRuns.inc({ job, outcome }, 0);

    // Read from the pool when scraped, never per request. The pool is gone once the ORM is closed.
    const pool = (): TarnPool | undefined => (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
    new Gauge({
      name: 'db_client_connection_count',
      help: 'Connections of the database pool by state: used (lent to a request or a job) or idle.',
      labelNames: ['state'],
      registers,
      collect() {
        this.set({ state: 'used' }, pool()?.numUsed() ?? 0);
        this.set({ state: 'idle' }, pool()?.numFree() ?? 0);
      },
    });
    new Gauge({
      name: 'db_client_connection_pending_requests',
      help: 'Requests waiting for a connection of the database pool (DATABASE_POOL_ACQUIRE_TIMEOUT_MS at most).',
      registers,
      collect() {
        this.set(pool()?.numPendingAcquires() ?? 0);
      },
    });
    new Gauge({
      name: 'db_client_connection_max',
      help: 'Connections the database pool opens at most (DATABASE_POOL_MAX).',
      registers,
      collect() {
        this.set(pool()?.max ?? 0);
      },
    });
  }

  httpRequest(method: string, route: string, status: number): void {
    this.httpRequests.inc({ method, route, status });
  }

  /** Labels come bounded (see LabelValues): the operation's name, "anonymous" or "other". */
  operation(operation: string, type: string, seconds: number): void {
    this.operationDuration.observe({ operation, type }, seconds);
  }

  graphqlError(code: string): void {
    this.graphqlErrors.inc({ code });
  }

  jobRun(job: string, outcome: JobOutcome): void {
    this.jobRuns.inc({ job, outcome });
  }
}
