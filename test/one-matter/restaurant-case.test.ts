import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  CaseDocument,
  CaseSubmitDocument,
  EnterpriseDocument,
  TaskAcceptDocument,
  TaskCompleteDocument,
  type CaseFieldsFragment,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

/** 10:00 in Changshan on a given local date. */
const at = (date: string) => `${date}T02:00:00Z`;

describe('opening a restaurant: one case across five departments', () => {
  const clock = new ManualClock(new Date(at('2026-09-24')));
  let app: TestApp;
  let applicant: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    enterprise = await registerEnterprise(admin, { name: '常山县天马农家菜馆', industryCode: 'H6210', lifecycleStage: 'ESTABLISHING' });
    applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
  });
  afterAll(() => app?.stop());

  const officer = (department: string) => app.clientAs(Role.OFFICER, { department, subject: `officer-${department}` });
  const task = (serviceCase: CaseFieldsFragment, itemCode: string) => serviceCase.tasks.find((candidate) => candidate.item.code === itemCode)!;

  async function handle(serviceCase: CaseFieldsFragment, itemCode: string, department: string): Promise<CaseFieldsFragment> {
    const client = await officer(department);
    const accepted = await client.data(TaskAcceptDocument, { input: { id: task(serviceCase, itemCode).id } });
    expect(accepted.taskAccept.userErrors).toEqual([]);
    const completed = await client.data(TaskCompleteDocument, { input: { id: task(serviceCase, itemCode).id } });
    expect(completed.taskComplete.userErrors).toEqual([]);
    // An officer sees only its own department's part of the case.
    expect(completed.taskComplete.case!.tasks.map((item) => item.item.code)).toEqual([itemCode]);
    return (await applicant.data(CaseDocument, { id: serviceCase.id })).case!;
  }

  it('walks the case from online submission to completion, and the enterprise starts operating', async () => {
    const { caseSubmit } = await applicant.data(CaseSubmitDocument, {
      input: { matterCode: 'OPEN_RESTAURANT', enterpriseId: enterprise.id, channel: 'ONLINE', idempotencyKey: 'restaurant-1' },
    });
    expect(caseSubmit.userErrors).toEqual([]);
    let serviceCase = caseSubmit.case!;
    expect(serviceCase).toMatchObject({
      state: 'SUBMITTED',
      channel: 'ONLINE',
      submittedOn: '2026-09-24',
      number: expect.stringMatching(/^YJS-20260924-\d{6}$/),
    });

    // Routed to four departments; the tobacco licence waits for the food-business licence.
    expect(serviceCase.tasks.map((item) => [item.item.code, item.department.code, item.state, item.dueOn])).toEqual([
      ['SCJG-002', 'market-regulation', 'SUBMITTED', '2026-10-12'],
      ['ZF-001', 'urban-management', 'SUBMITTED', '2026-10-09'],
      ['XF-001', 'fire-rescue', 'SUBMITTED', '2026-10-09'],
      ['YC-001', 'tobacco', 'WAITING', null],
    ]);
    // 7 working days across Mid-Autumn and National Day (make-up Saturday 10 Oct), then 10 more for tobacco.
    expect(serviceCase.dueOn).toBe('2026-10-26');

    clock.set(at('2026-09-29'));
    serviceCase = await handle(serviceCase, 'SCJG-002', 'market-regulation');
    expect(serviceCase.state).toBe('IN_PROGRESS');
    expect(task(serviceCase, 'YC-001')).toMatchObject({ state: 'SUBMITTED', activatedOn: '2026-09-29', dueOn: '2026-10-19' });
    expect(serviceCase.dueOn).toBe('2026-10-19');

    serviceCase = await handle(serviceCase, 'ZF-001', 'urban-management');
    serviceCase = await handle(serviceCase, 'XF-001', 'fire-rescue');
    expect((await applicant.data(EnterpriseDocument, { id: enterprise.id })).enterprise?.lifecycleStage).toBe('ESTABLISHING');

    clock.set(at('2026-10-10'));
    serviceCase = await handle(serviceCase, 'YC-001', 'tobacco');
    expect(serviceCase).toMatchObject({ state: 'COMPLETED', finishedOn: '2026-10-10', overdue: false });
    expect(serviceCase.tasks.every((item) => item.state === 'COMPLETED' && !item.overdue)).toBe(true);
    expect(serviceCase.enterprise.lifecycleStage).toBe('OPERATING');

    const { case: reread } = await applicant.data(CaseDocument, { id: serviceCase.id });
    expect(reread?.state).toBe('COMPLETED');
  });

  it('lets only officers of the task’s department act on it', async () => {
    const { caseSubmit } = await applicant.data(CaseSubmitDocument, {
      input: { matterCode: 'OPEN_RESTAURANT', enterpriseId: enterprise.id, channel: 'MOBILE', idempotencyKey: 'restaurant-2' },
    });
    const food = task(caseSubmit.case!, 'SCJG-002');
    const tax = await officer('tax');
    expect(errorCode(await tax.request(TaskAcceptDocument, { input: { id: food.id } }))).toBe('FORBIDDEN');
    expect(errorCode(await applicant.request(TaskAcceptDocument, { input: { id: food.id } }))).toBe('FORBIDDEN');
    const waiting = task(caseSubmit.case!, 'YC-001');
    const { taskAccept } = await (await officer('tobacco')).data(TaskAcceptDocument, { input: { id: waiting.id } });
    expect(taskAccept.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['input', 'id'] })]);
    const { taskComplete } = await (await officer('market-regulation')).data(TaskCompleteDocument, { input: { id: food.id } });
    expect(taskComplete.userErrors[0].message).toBe('Cannot complete a task that is SUBMITTED.');
  });
});
