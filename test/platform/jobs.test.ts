import { Role } from '../../modules/platform/auth/principal';
import { JobEnqueueDocument, JobRunDocument, JobsDocument } from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';
import { ManualClock } from '../../modules/platform/clock';

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('background jobs', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    // Business time stands at the end of 2026, so that the calendar's coverage reads the same in any year.
    app = await TestApp.start({ env: { JOBS_ENABLED: 'true' }, clock: new ManualClock(new Date('2026-11-29T02:00:00Z')) });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  it('lists the jobs the modules register, with their schedules', async () => {
    const { jobs } = await admin.data(JobsDocument);
    expect(jobs).toContainEqual({
      name: 'calendar.coverage-check',
      description: expect.stringContaining('calendar'),
      schedule: '0 6 * * *',
    });
  });

  it('runs a job on demand through the queue and reports its output', async () => {
    const { jobEnqueue } = await admin.data(JobEnqueueDocument, { input: { name: 'calendar.coverage-check' } });
    expect(jobEnqueue.userErrors).toEqual([]);
    const runId = jobEnqueue.jobRun!.id;
    const finished = await waitFor(async () => {
      const { jobRun } = await admin.data(JobRunDocument, { name: 'calendar.coverage-check', id: runId });
      return jobRun?.state === 'completed' ? jobRun : null;
    });
    expect(finished.output).toMatchObject({
      officialYears: [2024, 2025, 2026],
      provisionalYears: [2027, 2028],
      missingYears: [],
      openDeadlinesOnProvisionalYears: 0,
    });
    expect(finished.completedOn).not.toBeNull();
  });

  it('schedules cron jobs in the queue database, once for all instances', async () => {
    const rows = await app.services.orm.em.fork().getConnection().execute('select name, cron, timezone from pgboss.schedule order by name');
    expect(rows).toEqual([
      { name: 'appeals.deadlines', cron: '30 8 * * *', timezone: 'Asia/Shanghai' },
      { name: 'calendar.coverage-check', cron: '0 6 * * *', timezone: 'Asia/Shanghai' },
      { name: 'credit.recompute-scores', cron: '0 3 * * *', timezone: 'Asia/Shanghai' },
      { name: 'one-matter.mark-overdue', cron: '5 0 * * *', timezone: 'Asia/Shanghai' },
      { name: 'one-matter.window-ratings', cron: '0 2 1 * *', timezone: 'Asia/Shanghai' },
      { name: 'policies.match-without-application', cron: '0 4 1 * *', timezone: 'Asia/Shanghai' },
    ]);
  });

  it('refuses unknown jobs with a userError, and non-admins with FORBIDDEN', async () => {
    const { jobEnqueue } = await admin.data(JobEnqueueDocument, { input: { name: 'nope' } });
    expect(jobEnqueue.userErrors).toEqual([expect.objectContaining({ field: ['input', 'name'], code: 'UNKNOWN_JOB' })]);
    const officer = await app.clientAs(Role.OFFICER, { department: 'tax' });
    expect(errorCode(await officer.request(JobEnqueueDocument, { input: { name: 'calendar.coverage-check' } }))).toBe('FORBIDDEN');
  });
});

describe('background jobs switched off', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start({ env: { JOBS_ENABLED: 'false' } })));
  afterAll(() => app?.stop());

  it('says so instead of queueing', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const { jobEnqueue } = await admin.data(JobEnqueueDocument, { input: { name: 'calendar.coverage-check' } });
    expect(jobEnqueue.userErrors[0].code).toBe('JOBS_DISABLED');
  });
});
