import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  CaseDocument,
  CasesDocument,
  JobEnqueueDocument,
  JobRunDocument,
  TaskAcceptDocument,
  TaskRequestSupplementDocument,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at, officerOf, submitCase, taskOf } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('the overdue job', () => {
  const clock = new ManualClock(new Date(at('2026-09-24')));
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock, env: { JOBS_ENABLED: 'true' } });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  async function runJob(): Promise<Record<string, unknown>> {
    const { jobEnqueue } = await admin.data(JobEnqueueDocument, { input: { name: 'one-matter.mark-overdue' } });
    const id = jobEnqueue.jobRun!.id;
    for (let attempt = 0; attempt < 100; attempt++) {
      const { jobRun } = await admin.data(JobRunDocument, { name: 'one-matter.mark-overdue', id });
      if (jobRun?.state === 'completed') return jobRun.output as Record<string, unknown>;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error('the job did not complete');
  }

  it('marks tasks past due with responsibility, but not the one whose clock was stopped in time', async () => {
    const enterprise = await registerEnterprise(admin);
    const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    // Submitted on Thursday 24 Sep, before the Mid-Autumn days off (25-27 Sep). Listing check: XY-002 due 30 Sep.
    // Credit repair: XY-001 due 30 Sep (suspended on the 25th, in time), SCJG-004 due 29 Sep.
    const late = await submitCase(applicant, enterprise.id, 'LISTING_COMPLIANCE_CHECK');
    const paused = await submitCase(applicant, enterprise.id, 'CREDIT_REPAIR');
    const reform = await officerOf(app, 'development-reform');
    await reform.data(TaskAcceptDocument, { input: { id: taskOf(late, 'XY-002').id } });
    clock.set(at('2026-09-25'));
    await reform.data(TaskRequestSupplementDocument, { input: { id: taskOf(paused, 'XY-001').id, request: '补充履行证明' } });

    // SCJG-004 is late, and with it the credit-repair case, although its other task is suspended.
    clock.set(at('2026-09-30'));
    expect(await runJob()).toMatchObject({ on: '2026-09-30', overdueTasks: 1, overdueCases: 1 });

    // After National Day, XY-002 and its case are late too.
    clock.set(at('2026-10-08'));
    expect(await runJob()).toMatchObject({ on: '2026-10-08', overdueTasks: 1, overdueCases: 1 });

    const { case: lateCase } = await admin.data(CaseDocument, { id: late.id });
    expect(lateCase).toMatchObject({ overdue: true });
    expect(taskOf(lateCase!, 'XY-002')).toMatchObject({ overdue: true, overdueWithResponsibility: true });
    const { case: pausedCase } = await admin.data(CaseDocument, { id: paused.id });
    expect(taskOf(pausedCase!, 'XY-001')).toMatchObject({ state: 'SUSPENDED', overdue: false });
    expect(taskOf(pausedCase!, 'SCJG-004')).toMatchObject({ state: 'SUBMITTED', overdue: true, overdueWithResponsibility: true });

    const records = await app.services.orm.em
      .fork()
      .getConnection()
      .execute(`select d.code, count(*)::int as n from overdue_record r join department d on d.id = r.department_id group by d.code order by d.code`);
    expect(records).toEqual([
      { code: 'development-reform', n: 1 },
      { code: 'market-regulation', n: 1 },
    ]);

    expect(await runJob()).toMatchObject({ overdueTasks: 0, overdueCases: 0 });
    const { cases } = await admin.data(CasesDocument, { filter: { overdue: true } });
    expect(cases.totalCount).toBe(2);
  });
});
