import PgBoss from 'pg-boss';
import type { Logger } from '../logger';
import type { PlatformServices } from '../context';
import type { JobDefinition } from './job-definition';

export interface JobRunState {
  id: string;
  name: string;
  state: string;
  createdOn: Date;
  startedOn: Date | null;
  completedOn: Date | null;
  output: unknown;
}

const TIME_ZONE = 'Asia/Shanghai';

/**
 * Runs module jobs through pg-boss, whose queues live in PostgreSQL: with several instances a queued job is
 * fetched by one worker only, and a cron tick is sent once.
 */
export class JobRunner {
  private boss: PgBoss | null = null;

  constructor(
    readonly definitions: JobDefinition[],
    private readonly logger: Logger,
  ) {}

  get enabled(): boolean {
    return this.boss !== null;
  }

  find(name: string): JobDefinition | undefined {
    return this.definitions.find((definition) => definition.name === name);
  }

  /** `onOutcome` hears how each run ended, e.g. to count runs in the metrics. */
  async start(
    connectionString: string,
    platform: PlatformServices,
    onOutcome?: (job: string, outcome: 'completed' | 'failed') => void,
  ): Promise<void> {
    const boss = new PgBoss({ connectionString, schema: 'pgboss', max: 3, application_name: 'esg-jobs' });
    boss.on('error', (error) => this.logger.error({ err: error }, 'job queue error'));
    await boss.start();
    for (const definition of this.definitions) {
      await boss.createQueue(definition.name);
      await boss.work(definition.name, async ([job]) => {
        this.logger.info({ job: definition.name, jobId: job.id }, 'job started');
        let output;
        try {
          output = await definition.handler(platform, (job.data ?? {}) as Record<string, unknown>);
        } catch (error) {
          // pg-boss records the failure and retries as the queue says; this only counts it.
          onOutcome?.(definition.name, 'failed');
          throw error;
        }
        onOutcome?.(definition.name, 'completed');
        this.logger.info({ job: definition.name, jobId: job.id }, 'job completed');
        return output ?? {};
      });
      if (definition.schedule) await boss.schedule(definition.name, definition.schedule, {}, { tz: TIME_ZONE });
      else await boss.unschedule(definition.name);
    }
    this.boss = boss;
  }

  async enqueue(name: string, data: Record<string, unknown>): Promise<string> {
    if (!this.boss) throw new Error('jobs are not running');
    const id = await this.boss.send(name, data);
    if (!id) throw new Error(`job ${name} was not queued`);
    return id;
  }

  async state(name: string, id: string): Promise<JobRunState | null> {
    if (!this.boss) return null;
    const job = await this.boss.getJobById(name, id, { includeArchive: true });
    if (!job) return null;
    return {
      id: job.id,
      name: job.name,
      state: job.state,
      createdOn: job.createdOn,
      startedOn: job.startedOn ?? null,
      completedOn: job.completedOn ?? null,
      output: job.output ?? null,
    };
  }

  async stop(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, timeout: 5000, wait: true });
  }
}
