import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  CaseDocument,
  CaseSubmitDocument,
  CaseWithdrawDocument,
  TaskAcceptDocument,
  TaskCompleteDocument,
  TaskRejectDocument,
  TaskRequestSupplementDocument,
  TaskSupplementDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at, handleTask, officerOf, submitCase, taskOf } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('the life of a case', () => {
  const clock = new ManualClock(new Date(at('2026-09-24')));
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());
  beforeEach(() => clock.set(at('2026-09-24')));

  async function enterpriseWithClient(overrides: Parameters<typeof registerEnterprise>[1] = {}) {
    const enterprise = await registerEnterprise(admin, overrides);
    return { enterprise, applicant: await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc }) };
  }

  it('deregisters an enterprise: three clearances in parallel, then the deregistration itself', async () => {
    const { enterprise, applicant } = await enterpriseWithClient({ lifecycleStage: 'DEREGISTERING' });
    let serviceCase = await submitCase(applicant, enterprise.id, 'DEREGISTRATION');
    expect(serviceCase.tasks.map((task) => [task.item.code, task.state])).toEqual([
      ['SW-003', 'SUBMITTED'],
      ['RS-003', 'SUBMITTED'],
      ['YB-003', 'SUBMITTED'],
      ['SCJG-005', 'WAITING'],
    ]);
    serviceCase = await handleTask(app, applicant, serviceCase, 'SW-003');
    serviceCase = await handleTask(app, applicant, serviceCase, 'RS-003');
    expect(taskOf(serviceCase, 'SCJG-005').state).toBe('WAITING');
    serviceCase = await handleTask(app, applicant, serviceCase, 'YB-003');
    expect(taskOf(serviceCase, 'SCJG-005').state).toBe('SUBMITTED');
    serviceCase = await handleTask(app, applicant, serviceCase, 'SCJG-005');
    expect(serviceCase.state).toBe('COMPLETED');
    expect(serviceCase.enterprise.lifecycleStage).toBe('DEREGISTERED');

    const { caseSubmit } = await applicant.data(CaseSubmitDocument, {
      input: { matterCode: 'HIRING', enterpriseId: enterprise.id, channel: 'ONLINE', idempotencyKey: 'after-deregistration' },
    });
    expect(caseSubmit.userErrors).toEqual([expect.objectContaining({ field: ['input', 'enterpriseId'], code: 'INVALID_STATE' })]);
  });

  it('stops the clock while a supplement is awaited and moves the due date by the days it stood still', async () => {
    const { enterprise, applicant } = await enterpriseWithClient();
    const serviceCase = await submitCase(applicant, enterprise.id, 'LISTING_COMPLIANCE_CHECK');
    const report = taskOf(serviceCase, 'XY-002');
    expect(report.dueOn).toBe('2026-09-30');
    const officer = await officerOf(app, 'development-reform');
    await officer.data(TaskAcceptDocument, { input: { id: report.id } });

    clock.set(at('2026-09-28'));
    const blank = await officer.data(TaskRequestSupplementDocument, { input: { id: report.id, request: ' ' } });
    expect(blank.taskRequestSupplement.userErrors).toEqual([expect.objectContaining({ field: ['input', 'request'], code: 'BLANK' })]);
    const { taskRequestSupplement } = await officer.data(TaskRequestSupplementDocument, {
      input: { id: report.id, request: '请补充近三年审计报告' },
    });
    expect(taskRequestSupplement.task).toMatchObject({ state: 'SUSPENDED', suspendedOn: '2026-09-28', supplementRequest: '请补充近三年审计报告' });
    expect(taskRequestSupplement.case?.state).toBe('SUSPENDED');

    // Across National Day: 29 and 30 Sep, 8 and 9 Oct are the working days the clock stood still.
    clock.set(at('2026-10-09'));
    expect(errorCode(await officer.request(TaskSupplementDocument, { input: { id: report.id } }))).toBe('FORBIDDEN');
    const { taskSupplement } = await applicant.data(TaskSupplementDocument, { input: { id: report.id } });
    expect(taskSupplement.task).toMatchObject({ state: 'ACCEPTED', suspendedOn: null, suspendedWorkingDays: 4, dueOn: '2026-10-12' });
    expect(taskSupplement.case).toMatchObject({ state: 'IN_PROGRESS', dueOn: '2026-10-12' });

    clock.set(at('2026-10-12'));
    const { taskComplete } = await officer.data(TaskCompleteDocument, { input: { id: report.id } });
    expect(taskComplete.task).toMatchObject({ state: 'COMPLETED', overdue: false, overdueWithResponsibility: false });
    expect(taskComplete.case).toMatchObject({ state: 'COMPLETED', overdue: false });
  });

  it('rejects a case with the reason, cancelling its other tasks', async () => {
    const { enterprise, applicant } = await enterpriseWithClient();
    const serviceCase = await submitCase(applicant, enterprise.id, 'CREDIT_REPAIR');
    const officer = await officerOf(app, 'development-reform');
    const repair = taskOf(serviceCase, 'XY-001');
    const blank = await officer.data(TaskRejectDocument, { input: { id: repair.id, reason: '' } });
    expect(blank.taskReject.userErrors[0]).toMatchObject({ field: ['input', 'reason'], code: 'BLANK' });
    const { taskReject } = await officer.data(TaskRejectDocument, { input: { id: repair.id, reason: '处罚决定尚未履行完毕' } });
    expect(taskReject.task).toMatchObject({ state: 'REJECTED', rejectionReason: '处罚决定尚未履行完毕' });

    const { case: rejected } = await applicant.data(CaseDocument, { id: serviceCase.id });
    expect(rejected).toMatchObject({ state: 'REJECTED', rejectionReason: '处罚决定尚未履行完毕', finishedOn: '2026-09-24' });
    expect(taskOf(rejected!, 'SCJG-004').state).toBe('CANCELLED');
    const market = await officerOf(app, 'market-regulation');
    const late = await market.data(TaskAcceptDocument, { input: { id: taskOf(rejected!, 'SCJG-004').id } });
    expect(late.taskAccept.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  it('records overdue with responsibility when a department completes after the due date', async () => {
    const { enterprise, applicant } = await enterpriseWithClient();
    const serviceCase = await submitCase(applicant, enterprise.id, 'LISTING_COMPLIANCE_CHECK');
    const officer = await officerOf(app, 'development-reform');
    const report = taskOf(serviceCase, 'XY-002');
    await officer.data(TaskAcceptDocument, { input: { id: report.id } });
    clock.set(at('2026-10-08'));
    const { taskComplete } = await officer.data(TaskCompleteDocument, { input: { id: report.id } });
    expect(taskComplete.task).toMatchObject({ dueOn: '2026-09-30', overdue: true, overdueWithResponsibility: true });
    expect(taskComplete.case).toMatchObject({ state: 'COMPLETED', overdue: true });
    const [record] = await app.services.orm.em
      .fork()
      .getConnection()
      .execute(
        `select d.code, r.due_on::text as due_on, r.recorded_on::text as recorded_on from overdue_record r join department d on d.id = r.department_id`,
      );
    expect(record).toEqual({ code: 'development-reform', due_on: '2026-09-30', recorded_on: '2026-10-08' });
  });

  it('lets the applicant withdraw an open case, once', async () => {
    const { enterprise, applicant } = await enterpriseWithClient();
    const serviceCase = await submitCase(applicant, enterprise.id, 'HIRING');
    const stranger = await enterpriseWithClient();
    expect(errorCode(await stranger.applicant.request(CaseWithdrawDocument, { input: { id: serviceCase.id } }))).toBe('FORBIDDEN');
    const { caseWithdraw } = await applicant.data(CaseWithdrawDocument, { input: { id: serviceCase.id } });
    expect(caseWithdraw.case?.state).toBe('WITHDRAWN');
    expect(caseWithdraw.case?.tasks.every((task) => task.state === 'CANCELLED')).toBe(true);
    const again = await applicant.data(CaseWithdrawDocument, { input: { id: serviceCase.id } });
    expect(again.caseWithdraw.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: 'A WITHDRAWN case cannot be withdrawn.' });
  });
});
