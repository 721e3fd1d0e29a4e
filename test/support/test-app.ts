import 'reflect-metadata';
import { startPlatform, type RunningPlatform } from '../../modules/platform/server/start';
import type { ModuleDescriptor } from '../../modules/platform/module';
import { Role } from '../../modules/platform/auth/principal';
import { runSeeds } from '../../modules/platform/database/seed';
import { DemoTimeline } from '../../modules/platform/database/demo-timeline';
import type { Clock } from '../../modules/platform/clock';
import { localDateInShanghai } from '../../modules/platform/calendar/working-day-calendar';
import { createFilledTestDatabase, createTestDatabase, type TestDatabase } from './test-database';
import { GraphQLClient } from './graphql-client';

/**
 * How long a hook that seeds demo data may take. Seeding writes thousands of rows through the modules' services, and a
 * shared CI machine runs it a good deal slower than a developer's: jest's default minute is not a rule of the product.
 */
export const SEEDING_TIMEOUT = 300_000;

/**
 * The demo of every module that suites reading "a realistic graph" share: seeded once per run, however many use it.
 */
export const SHARED_DEMO: DemoData = { enterprises: 40, seed: 5 };

export interface TestAppOptions {
  env?: Record<string, string>;
  modules?: ModuleDescriptor[];
  /** Business time for tests that move across holidays; the system clock otherwise. */
  clock?: Clock;
  /**
   * Demo data the server starts on, seeded once per run for every file that asks for the same (with the same modules,
   * settings and clock) and cloned for each: for suites that read a demo rather than examine how it is seeded.
   */
  demo?: DemoData;
}

export interface DemoData {
  enterprises: number;
  seed: number;
  /** The modules whose demo data to seed; every enabled module's when absent. */
  only?: string[];
}

export interface TokenScope {
  chains?: string[];
  department?: string;
  enterpriseUscc?: string;
  subject?: string;
}

/** The real server on a database of its own, with helpers to call it as any role and to count SQL statements. */
export class TestApp {
  readonly statements: string[] = [];
  private running!: RunningPlatform;
  private database!: TestDatabase;

  private readonly peers: TestApp[] = [];
  private options: TestAppOptions = {};

  static async start(options: TestAppOptions = {}): Promise<TestApp> {
    const app = new TestApp();
    app.options = options;
    app.database = options.demo
      ? await createFilledTestDatabase(app.demoKey(options.demo), (url) => app.seedDatabase(url, options.demo!))
      : await createTestDatabase();
    try {
      app.running = await app.startPlatformOn(app.database.url);
    } catch (error) {
      await app.database.drop();
      throw error;
    }
    return app;
  }

  /** Everything the seeded rows depend on: the demo's size, the modules, the settings, and the day (or instant) it is. */
  private demoKey(demo: DemoData): string {
    const modules = this.options.modules?.map((module) => module.name) ?? 'all';
    const time = this.options.clock ? this.options.clock.now().toISOString() : `system clock on ${localDateInShanghai(new Date())}`;
    return JSON.stringify({ demo, modules, env: this.options.env ?? {}, time });
  }

  /** Seeds a database through a server of its own, stopped once done, as `npm run seed` does. */
  private async seedDatabase(databaseUrl: string, demo: DemoData): Promise<void> {
    const seeder = await this.startPlatformOn(databaseUrl, () => {});
    try {
      await runSeeds(seeder.services, { enterprises: demo.enterprises, seed: demo.seed, timeline: DemoTimeline.AS_WRITTEN }, demo.only);
    } finally {
      await seeder.stop();
    }
  }

  private startPlatformOn(databaseUrl: string, onQuery: (sql: string) => void = (sql) => this.heard(sql)): Promise<RunningPlatform> {
    return startPlatform({
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        PORT: '0',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
        JOBS_ENABLED: 'false',
        // Tests send hundreds of requests a minute as one caller; the limit has a test of its own.
        RATE_LIMIT_PER_MINUTE: '0',
        // Tests sign people in hundreds of times: a cheap hash spares minutes of scrypt. The configuration allows it under
        // NODE_ENV=test only, so a suite that starts the server as development or production hashes at the full cost.
        ...(this.options.env?.NODE_ENV && this.options.env.NODE_ENV !== 'test' ? {} : { PASSWORD_HASH_COST: '10' }),
        ...this.options.env,
      },
      modules: this.options.modules,
      clock: this.options.clock,
      onQuery,
    });
  }

  private heard(sql: string): void {
    this.statements.push(sql);
    if (this.failingStatement !== undefined && --this.failingStatement === 0) {
      this.failingStatement = undefined;
      throw new Error('interrupted by the test');
    }
  }

  /** A second instance of the server on the same database, as a deployment with several instances runs; `env` changes its settings. */
  async startPeer(env: Record<string, string> = {}): Promise<TestApp> {
    const peer = new TestApp();
    peer.options = { ...this.options, env: { ...this.options.env, ...env } };
    peer.running = await peer.startPlatformOn(this.database.url);
    this.peers.push(peer);
    return peer;
  }

  get url(): string {
    return this.running.url;
  }

  get services() {
    return this.running.services;
  }

  get client(): GraphQLClient {
    return new GraphQLClient(`${this.running.url}/graphql`);
  }

  async token(role: Role, scope: TokenScope = {}): Promise<string> {
    return this.running.services.jwt.sign({
      role,
      subject: scope.subject ?? `test-${role.toLowerCase()}`,
      chains: scope.chains,
      department: scope.department,
      enterpriseUscc: scope.enterpriseUscc,
      ttlSeconds: 600,
    });
  }

  async clientAs(role: Role, scope: TokenScope = {}): Promise<GraphQLClient> {
    return this.client.as({ token: await this.token(role, scope) });
  }

  /**
   * Demo data of every module, or of the named ones only, on the story's own dates whatever day the suite runs
   * (DemoTimeline.AS_WRITTEN): what the suites assert about the demo stays true in any year.
   */
  async seed(enterprises: number, seed = 1, only?: string[]): Promise<void> {
    await runSeeds(this.running.services, { enterprises, seed, timeline: DemoTimeline.AS_WRITTEN }, only);
  }

  /**
   * The names of the enabled modules but the given ones, for a suite that needs most demo data but not the costly
   * histories of modules it does not examine.
   */
  modulesExcept(...names: string[]): string[] {
    return this.running.services.modules.map((module) => module.name).filter((name) => !names.includes(name));
  }

  private failingStatement: number | undefined;

  /** Runs work whose `statement`-th SQL statement fails, as if the process or the database stopped there. */
  async interruptedAt<T>(statement: number, work: () => Promise<T>): Promise<T> {
    this.failingStatement = statement;
    try {
      return await work();
    } finally {
      this.failingStatement = undefined;
    }
  }

  /** Counts the SQL statements that one piece of work issues. */
  async countStatements(work: () => Promise<unknown>): Promise<{ count: number; statements: string[] }> {
    const start = this.statements.length;
    await work();
    const statements = this.statements.slice(start);
    return { count: statements.length, statements };
  }

  async stop(): Promise<void> {
    for (const peer of this.peers) await peer.running.stop();
    await this.running?.stop();
    await this.database?.drop();
  }
}
