import { ManualClock } from '../../modules/platform/clock';
import { collect } from '../../modules/platform/module';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

/**
 * Every registered job, interrupted at several points of its run, leaves nothing half-done, and the run that follows
 * gives the result an uninterrupted run gives; running it again changes nothing. Generated from the registry, so a
 * module's new job is covered without an edit.
 */
describe('jobs interrupted mid-run, then run again', () => {
  const clock = new ManualClock(new Date('2026-11-30T20:00:00Z'));
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start({ clock });
    // A dozen enterprises give every job more than a few statements to run, which is all the interruptions need.
    await app.seed(12, 11);
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  /** The database's content, without the columns a rerun may legitimately renew (ids of rewritten rows, timestamps). */
  async function snapshot(): Promise<Record<string, string>> {
    const em = app.services.orm.em.fork();
    // Tables with a `current` flag keep a history of runs; the result of a run is their current rows.
    const tables = await em.execute<Array<{ name: string; versioned: boolean }>>(
      `select t.table_name as name, exists (select 1 from information_schema.columns c
                where c.table_schema = 'public' and c.table_name = t.table_name and c.column_name = 'current') as versioned
         from information_schema.tables t where t.table_schema = 'public' and t.table_type = 'BASE TABLE'
          and t.table_name not in ('audit_entry', 'mikro_orm_migrations') order by 1`,
    );
    const rows = await em.execute<Array<{ name: string; digest: string }>>(
      tables
        .map(
          ({ name, versioned }) =>
            `select '${name}' as name, coalesce(md5(string_agg(row, '|' order by row)), '') as digest
               from (select (to_jsonb(t) - 'id' - 'created_at' - 'updated_at' - 'computed_at' - 'published_at')::text as row
                       from "${name}" t ${versioned ? 'where current' : ''}) rows`,
        )
        .join(' union all '),
    );
    return Object.fromEntries(rows.map((row) => [row.name, row.digest]));
  }

  it('leaves no trace of an interrupted run, and the next run completes it', async () => {
    const jobs = collect(app.services.modules, (module) => module.jobs);
    expect(jobs.length).toBeGreaterThan(0);
    const interrupted: string[] = [];
    for (const job of jobs) {
      const before = await snapshot();
      for (const statement of [2, 5, 20]) {
        const outcome = await app
          .interruptedAt(statement, () => job.handler(app.services, {}))
          .then(
            () => 'completed',
            (error: Error) => error.message,
          );
        // A job too short to reach the statement completed; whatever it did is the reference below.
        if (outcome === 'completed') break;
        expect([job.name, statement, outcome]).toEqual([job.name, statement, 'interrupted by the test']);
        expect([job.name, statement, await snapshot()]).toEqual([job.name, statement, before]);
        interrupted.push(`${job.name}@${statement}`);
      }
      await job.handler(app.services, {});
      const done = await snapshot();
      await job.handler(app.services, {});
      expect([job.name, await snapshot()]).toEqual([job.name, done]);
    }
    // Each job was stopped at least once before its end, so the rule above was exercised for every one of them.
    expect(jobs.filter((job) => !interrupted.some((entry) => entry.startsWith(`${job.name}@`))).map((job) => job.name)).toEqual([]);
  });
});
