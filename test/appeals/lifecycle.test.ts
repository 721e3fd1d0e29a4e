import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  ApiKeyCreateDocument,
  AuditEntriesDocument,
  AppealAcceptDocument,
  AppealAssignDocument,
  AppealChannelAddDocument,
  AppealCloseDocument,
  AppealFollowUpDocument,
  AppealPartAddDocument,
  AppealReplyDocument,
  AppealReturnDocument,
  AppealSubmitDocument,
  AppealsDocument,
  TypicalCasePublishDocument,
  TypicalCasesDocument,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

/** Monday 2 November 2026, 10:00 in the county. */
const clock = new ManualClock(new Date('2026-11-02T02:00:00Z'));
const onDay = (date: string) => clock.set(new Date(`${date}T02:00:00Z`));

describe('an appeal through the closed loop', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  let dispatcher: GraphQLClient;
  let landOffice: GraphQLClient;
  let permits: GraphQLClient;
  let enterprise: { id: string; uscc: string };
  let owner: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN, { subject: 'admin-appeals' });
    dispatcher = await app.clientAs(Role.OFFICER, { department: 'business-environment', subject: 'dispatcher-1' });
    landOffice = await app.clientAs(Role.OFFICER, { department: 'natural-resources', subject: 'land-1' });
    permits = await app.clientAs(Role.OFFICER, { department: 'market-regulation', subject: 'permits-1' });
    enterprise = await registerEnterprise(admin);
    owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc, subject: 'owner-1' });
  });
  afterAll(() => app?.stop());

  it('takes a channel system’s resubmissions of one reference as the first appeal, also when they race', async () => {
    const { apiKeyCreate } = await admin.data(ApiKeyCreateDocument, { input: { name: '12345 hotline system' } });
    const { appealChannelAdd } = await admin.data(AppealChannelAddDocument, {
      input: { code: 'HOTLINE_SYSTEM', name: '12345系统对接', description: 'The hotline’s own system.', partnerKeyId: apiKeyCreate.apiKey!.id },
    });
    expect(appealChannelAdd.userErrors).toEqual([]);
    const hotline = app.client.as({ apiKey: apiKeyCreate.secret! });
    const input = {
      enterpriseUscc: enterprise.uscc,
      channelReference: 'GD-2026-1102-0007',
      title: '厂房用地手续',
      description: '厂房扩建用地审批迟迟未办。',
    };
    const answers = await Promise.all([1, 2, 3].map(() => hotline.data(AppealSubmitDocument, { input })));
    const ids = new Set(answers.map(({ appealSubmit }) => appealSubmit.appeal!.id));
    expect(ids.size).toBe(1);
    expect(answers.map(({ appealSubmit }) => appealSubmit.resubmission).sort()).toEqual([false, true, true]);
    expect(answers[0].appealSubmit.appeal!.channel.code).toBe('HOTLINE_SYSTEM');
  });

  it('walks an enterprise’s appeal from intake to a typical case: assignment, return, co-handling, reopening, closure', async () => {
    const { appealSubmit } = await owner.data(AppealSubmitDocument, {
      input: { title: '用电增容', description: '新生产线需要增容，供电方案迟迟未定。', contactName: '王五', contactPhone: '0570-5012345' },
    });
    expect(appealSubmit.userErrors).toEqual([]);
    const appeal = appealSubmit.appeal!;
    expect([appeal.state, appeal.channel.code, appeal.number]).toEqual(['RECEIVED', 'ONLINE_PLATFORM', expect.stringMatching(/^QH-2026-\d{6}$/)]);

    // Wrongly assigned to the land office, which returns it the next working day.
    const assign = (lead: string, co: string[] = []) =>
      dispatcher.data(AppealAssignDocument, {
        input: { id: appeal.id, categoryCodes: ['UTILITIES'], layer: 'TOWNSHIP', grade: 'GENERAL', leadDepartmentCode: lead, coDepartmentCodes: co },
      });
    const first = await assign('natural-resources');
    expect(first.appealAssign.appeal).toMatchObject({ state: 'ASSIGNED', assignedOn: '2026-11-02', dueOn: '2026-11-05' });
    onDay('2026-11-03');
    const returned = await landOffice.data(AppealReturnDocument, { input: { id: appeal.id, text: '用电不属于本局职责。' } });
    expect(returned.appealReturn.appeal).toMatchObject({ state: 'RECEIVED', leadDepartment: null, dueOn: null });

    // Assigned again, the lead may not return it after a working day has passed.
    const second = await assign('power-supply', ['market-regulation']);
    expect(second.appealAssign.userErrors).toEqual([]);
    const powerSupply = await app.clientAs(Role.OFFICER, { department: 'power-supply', subject: 'power-1' });
    onDay('2026-11-05');
    const late = await powerSupply.data(AppealReturnDocument, { input: { id: appeal.id, text: '不是我们的事。' } });
    expect(late.appealReturn.userErrors.map((error) => error.code)).toEqual(['INVALID_STATE']);

    await powerSupply.data(AppealAcceptDocument, { input: { id: appeal.id } });
    const early = await powerSupply.data(AppealReplyDocument, { input: { id: appeal.id, text: '已制定增容方案。' } });
    expect(early.appealReply.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('market-regulation') }),
    ]);
    await permits.data(AppealPartAddDocument, { input: { id: appeal.id, text: '营业执照无需变更。' } });
    const replied = await powerSupply.data(AppealReplyDocument, { input: { id: appeal.id, text: '已制定增容方案，下周施工。' } });
    expect(replied.appealReply.appeal).toMatchObject({ state: 'REPLIED', repliedOn: '2026-11-05' });

    // Dissatisfied twice: reopened to the same department, and the second reopening escalates it.
    for (const round of [1, 2]) {
      const followUp = await owner.data(AppealFollowUpDocument, {
        input: { id: appeal.id, satisfaction: 'DISSATISFIED', solved: false, note: `第${round}次仍未解决` },
      });
      expect(followUp.appealFollowUp.appeal).toMatchObject({ state: 'HANDLING', reopenCount: round, leadDepartment: { code: 'power-supply' } });
      await powerSupply.data(AppealReplyDocument, { input: { id: appeal.id, text: `第${round + 1}次答复：已送电。` } });
    }
    const { appeals } = await dispatcher.data(AppealsDocument, { filter: { states: ['REPLIED'] } });
    const current = appeals.nodes.find((node) => node.id === appeal.id)!;
    expect(current.layer).toBe('COUNTY');
    expect(current.history.filter((entry) => entry.step === 'ESCALATED').map((entry) => entry.rule)).toEqual(['REOPENED_TWICE']);

    const settled = await dispatcher.data(AppealFollowUpDocument, { input: { id: appeal.id, satisfaction: 'SATISFIED', solved: true } });
    expect(settled.appealFollowUp.appeal!.state).toBe('FOLLOWED_UP');
    const closed = await dispatcher.data(AppealCloseDocument, { input: { id: appeal.id } });
    expect(closed.appealClose.appeal).toMatchObject({ state: 'CLOSED', closedOn: '2026-11-05' });
    expect(closed.appealClose.appeal!.history.map((entry) => entry.step)).toEqual([
      'RECEIVED',
      'ASSIGNED',
      'RETURNED',
      'ASSIGNED',
      'ACCEPTED',
      'PART_ADDED',
      'REPLIED',
      'FOLLOWED_UP',
      'REOPENED',
      'REPLIED',
      'FOLLOWED_UP',
      'REOPENED',
      'ESCALATED',
      'REPLIED',
      'FOLLOWED_UP',
      'CLOSED',
    ]);

    const leaking = await dispatcher.data(TypicalCasePublishDocument, { input: { id: appeal.id, title: '用电增容', summary: '王五反映增容难。' } });
    expect(leaking.typicalCasePublish.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([['input.summary', 'CONFLICT']]);
    const published = await dispatcher.data(TypicalCasePublishDocument, {
      input: { id: appeal.id, title: '用电增容三天落地', summary: '企业反映新生产线增容难，供电公司牵头、市场监管协办，重办两次后解决。' },
    });
    expect(published.typicalCasePublish.typicalCase).toMatchObject({ channelCode: 'ONLINE_PLATFORM', leadDepartment: { code: 'power-supply' } });
    const { typicalCases } = await app.client.data(TypicalCasesDocument);
    expect(typicalCases.nodes.map((node) => node.title)).toContain('用电增容三天落地');

    // Every step is in the audit log, the refused ones as such.
    const { auditEntries } = await admin.data(AuditEntriesDocument, { filter: { actorSubject: 'power-1' } });
    expect(auditEntries.nodes.map((entry) => [entry.operation, entry.outcome]).sort()).toEqual(
      [
        ['appealAccept', 'SUCCEEDED'],
        ['appealReply', 'REJECTED'],
        ['appealReply', 'SUCCEEDED'],
        ['appealReply', 'SUCCEEDED'],
        ['appealReply', 'SUCCEEDED'],
        ['appealReturn', 'REJECTED'],
      ].sort(),
    );
  });

  it('shows each caller only its share of the pool', async () => {
    const others = await registerEnterprise(admin);
    const stranger = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: others.uscc });
    const { appeals: own } = await stranger.data(AppealsDocument, {});
    expect(own.totalCount).toBe(0);
    const { appeals: assigned } = await landOffice.data(AppealsDocument, {});
    expect(
      assigned.nodes.every(
        (node) => node.leadDepartment?.code === 'natural-resources' || node.coHandlers.some((co) => co.department.code === 'natural-resources'),
      ),
    ).toBe(true);
    const analyst = await app.clientAs(Role.ANALYST);
    const refused = await analyst.request(AppealsDocument, {});
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
