import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { appealDeadlinesJob } from '../../modules/appeals/appeal-deadlines.job';
import {
  AppealAcceptDocument,
  AppealAssignDocument,
  AppealExtensionDecideDocument,
  AppealExtensionRequestDocument,
  AppealMergeDocument,
  AppealReplyDocument,
  AppealSubmitDocument,
  AppealsDocument,
  RectificationFollowUpDocument,
  RectificationReportDocument,
  ReviewSubmitDocument,
  type AppealGrade,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at, handleTask, officerOf, submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('routing an appeal: extensions, merges, escalation, and bad reviews in the pool', () => {
  const clock = new ManualClock(new Date(at('2026-11-02')));
  let app: TestApp;
  let dispatcher: GraphQLClient;
  let tax: GraphQLClient;
  let enterprise: { id: string; uscc: string };
  let owner: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    dispatcher = await app.clientAs(Role.OFFICER, { department: 'business-environment', subject: 'dispatcher-2' });
    tax = await officerOf(app, 'tax');
    enterprise = await registerEnterprise(admin);
    owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
  });
  afterAll(() => app?.stop());
  beforeEach(() => clock.set(at('2026-11-02')));

  /** A new appeal of the enterprise, assigned to the tax bureau on Monday 2 November. */
  async function assignedAppeal(grade: AppealGrade = 'GENERAL', title = '发票领用') {
    const { appealSubmit } = await owner.data(AppealSubmitDocument, { input: { title, description: `${title}遇到困难。` } });
    const { appealAssign } = await dispatcher.data(AppealAssignDocument, {
      input: { id: appealSubmit.appeal!.id, categoryCodes: ['TAX'], layer: 'TOWNSHIP', grade, leadDepartmentCode: 'tax' },
    });
    expect(appealAssign.userErrors).toEqual([]);
    return appealAssign.appeal!;
  }

  it('moves the deadline by an approved extension, keeps it after a refusal, and takes requests only before it', async () => {
    const appeal = await assignedAppeal();
    expect(appeal.dueOn).toBe('2026-11-05');
    const request = (workingDays: number) =>
      tax.data(AppealExtensionRequestDocument, { input: { id: appeal.id, workingDays, reason: '需要上级税务机关确认。' } });
    const first = await request(2);
    expect(first.appealExtensionRequest.extension).toMatchObject({ state: 'PENDING', previousDueOn: '2026-11-05' });
    expect((await request(1)).appealExtensionRequest.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);

    const unexplained = await dispatcher.data(AppealExtensionDecideDocument, {
      input: { extensionId: first.appealExtensionRequest.extension!.id, approve: false },
    });
    expect(unexplained.appealExtensionDecide.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([['input.note', 'BLANK']]);
    const approved = await dispatcher.data(AppealExtensionDecideDocument, {
      input: { extensionId: first.appealExtensionRequest.extension!.id, approve: true },
    });
    expect(approved.appealExtensionDecide.extension).toMatchObject({ state: 'APPROVED', newDueOn: '2026-11-09' });
    expect(approved.appealExtensionDecide.appeal!.dueOn).toBe('2026-11-09');
    const twice = await dispatcher.data(AppealExtensionDecideDocument, {
      input: { extensionId: first.appealExtensionRequest.extension!.id, approve: true },
    });
    expect(twice.appealExtensionDecide.userErrors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);

    const second = await request(3);
    const refused = await dispatcher.data(AppealExtensionDecideDocument, {
      input: { extensionId: second.appealExtensionRequest.extension!.id, approve: false, note: '时限内可以办结。' },
    });
    expect(refused.appealExtensionDecide.extension).toMatchObject({ state: 'REFUSED', newDueOn: null, decisionNote: '时限内可以办结。' });
    expect(refused.appealExtensionDecide.appeal!.dueOn).toBe('2026-11-09');

    clock.set(at('2026-11-10'));
    expect((await request(1)).appealExtensionRequest.userErrors.map((error) => error.code)).toEqual(['INVALID_STATE']);
    const steps = refused.appealExtensionDecide.appeal!.history.map((entry) => entry.step);
    expect(steps.filter((step) => step.startsWith('EXTENSION'))).toEqual([
      'EXTENSION_REQUESTED',
      'EXTENSION_APPROVED',
      'EXTENSION_REQUESTED',
      'EXTENSION_REFUSED',
    ]);
  });

  it('refuses a step taken on a stale view, and an illegal one, writing nothing', async () => {
    const appeal = await assignedAppeal('GENERAL', '电子税务局登录');
    const stale = await tax.data(AppealAcceptDocument, { input: { id: appeal.id, expectedVersion: appeal.version - 1 } });
    expect(stale.appealAccept.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([['input.expectedVersion', 'STALE_VERSION']]);
    const early = await tax.data(AppealReplyDocument, { input: { id: appeal.id, text: '已处理。' } });
    expect(early.appealReply.userErrors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);
    const accepted = await tax.data(AppealAcceptDocument, { input: { id: appeal.id, expectedVersion: appeal.version } });
    expect(accepted.appealAccept.appeal).toMatchObject({ state: 'HANDLING', version: appeal.version + 1 });
    expect(accepted.appealAccept.appeal!.history.map((entry) => entry.step)).toEqual(['RECEIVED', 'ASSIGNED', 'ACCEPTED']);
  });

  it('merges duplicates into one appeal, whose reply answers them all', async () => {
    const other = await registerEnterprise(await app.clientAs(Role.ADMIN));
    const neighbour = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: other.uscc });
    const survivor = await assignedAppeal('GENERAL', '园区道路积水');
    const { appealSubmit } = await neighbour.data(AppealSubmitDocument, { input: { title: '园区道路积水', description: '雨后道路积水严重。' } });
    const duplicate = appealSubmit.appeal!;

    const self = await dispatcher.data(AppealMergeDocument, { input: { id: survivor.id, duplicateIds: [survivor.id] } });
    expect(self.appealMerge.userErrors.map((error) => error.code)).toEqual(['CONFLICT']);
    const merged = await dispatcher.data(AppealMergeDocument, { input: { id: survivor.id, duplicateIds: [duplicate.id] } });
    expect(merged.appealMerge.userErrors).toEqual([]);
    const asNeighbour = async () => (await neighbour.data(AppealsDocument, {})).appeals.nodes.find((node) => node.id === duplicate.id)!;
    expect(await asNeighbour()).toMatchObject({ state: 'MERGED', dueOn: survivor.dueOn });

    await tax.data(AppealAcceptDocument, { input: { id: survivor.id } });
    await tax.data(AppealReplyDocument, { input: { id: survivor.id, text: '已协调住建部门疏通排水。' } });
    expect(await asNeighbour()).toMatchObject({ state: 'MERGED', reply: '已协调住建部门疏通排水。', repliedOn: '2026-11-02' });
    const again = await dispatcher.data(AppealMergeDocument, { input: { id: (await assignedAppeal()).id, duplicateIds: [survivor.id] } });
    expect(again.appealMerge.userErrors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);
  });

  it('escalates an appeal past its deadline once, by the daily job, and warns of deadlines that approach', async () => {
    const overdue = await assignedAppeal('SIMPLE', '退税进度');
    const approaching = await assignedAppeal('GENERAL', '社保缴费');
    expect([overdue.dueOn, approaching.dueOn]).toEqual(['2026-11-03', '2026-11-05']);
    clock.set(at('2026-11-04'));
    const first = await appealDeadlinesJob.handler(app.services, {});
    expect(first).toMatchObject({ escalated: expect.any(Number), warned: expect.any(Number) });
    const read = async (id: string) => (await dispatcher.data(AppealsDocument, { first: 100 })).appeals.nodes.find((node) => node.id === id)!;
    const escalated = await read(overdue.id);
    expect(escalated).toMatchObject({ layer: 'COUNTY', overdue: true });
    expect(escalated.history.filter((entry) => entry.step === 'ESCALATED').map((entry) => [entry.rule, entry.layer, entry.actor])).toEqual([
      ['OVERDUE', 'COUNTY', 'job:appeals.deadlines'],
    ]);
    expect((await read(approaching.id)).layer).toBe('TOWNSHIP');
    // A rerun changes nothing: one missed deadline escalates once, one deadline is announced once.
    expect(await appealDeadlinesJob.handler(app.services, {})).toEqual({ escalated: 0, warned: 0 });
    expect((await read(overdue.id)).history.filter((entry) => entry.step === 'ESCALATED')).toHaveLength(1);
  });

  it('takes a bad review into the pool by itself, and moves the appeal with its rectification', async () => {
    let serviceCase = await submitCase(owner, enterprise.id, 'LISTING_COMPLIANCE_CHECK');
    for (const task of serviceCase.tasks) serviceCase = await handleTask(app, owner, serviceCase, task.item.code);
    const { reviewSubmit } = await owner.data(ReviewSubmitDocument, {
      input: { caseId: serviceCase.id, level: 'VERY_DISSATISFIED', unprompted: true, ratings: [], comment: '材料反复退回' },
    });
    const rectificationId = reviewSubmit.rectification!.id;
    const inPool = async () => (await dispatcher.data(AppealsDocument, { filter: { channelCodes: ['BAD_REVIEW'] } })).appeals.nodes[0];
    expect(await inPool()).toMatchObject({
      state: 'ASSIGNED',
      channel: { code: 'BAD_REVIEW' },
      leadDepartment: { code: 'development-reform' },
      dueOn: reviewSubmit.rectification!.dueOn,
      enterprise: { id: enterprise.id },
    });
    const department = await officerOf(app, 'development-reform');
    const own = await department.data(AppealReplyDocument, { input: { id: (await inPool()).id, text: '已整改' } });
    expect(own.appealReply.userErrors.map((error) => error.code)).toEqual(['INVALID_STATE']);

    await department.data(RectificationReportDocument, { input: { id: rectificationId, measures: '一次性告知材料清单。' } });
    expect(await inPool()).toMatchObject({ state: 'REPLIED', reply: '一次性告知材料清单。' });
    await department.data(RectificationFollowUpDocument, { input: { id: rectificationId, raterSatisfied: false, note: '仍需跑两次' } });
    expect(await inPool()).toMatchObject({ state: 'HANDLING', reopenCount: 1, satisfaction: 'DISSATISFIED' });
    await department.data(RectificationReportDocument, { input: { id: rectificationId, measures: '材料改为线上预审。' } });
    await department.data(RectificationFollowUpDocument, { input: { id: rectificationId, raterSatisfied: true, note: '满意' } });
    const closed = await inPool();
    expect(closed).toMatchObject({ state: 'CLOSED', satisfaction: 'SATISFIED', solved: true });
    expect(closed.history.map((entry) => entry.step)).toEqual([
      'RECEIVED',
      'ASSIGNED',
      'REPLIED',
      'FOLLOWED_UP',
      'REOPENED',
      'REPLIED',
      'FOLLOWED_UP',
      'CLOSED',
    ]);
  });
});
