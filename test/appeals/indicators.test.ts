import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  AppealAcceptDocument,
  AppealAssignDocument,
  AppealCloseDocument,
  AppealFollowUpDocument,
  AppealIndicatorsDocument,
  AppealReplyDocument,
  AppealSubmitDocument,
  type AppealGrade,
  type AppealSatisfaction,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at, officerOf } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('the appeal indicators', () => {
  const clock = new ManualClock(new Date(at('2026-11-02')));
  let app: TestApp;
  let dispatcher: GraphQLClient;
  let tax: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    dispatcher = await app.clientAs(Role.OFFICER, { department: 'business-environment' });
    tax = await officerOf(app, 'tax');
    const enterprise = await registerEnterprise(admin);
    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const visitor = await officerOf(app, 'economy-information');

    const assign = async (id: string, grade: AppealGrade) => {
      await dispatcher.data(AppealAssignDocument, { input: { id, categoryCodes: ['TAX'], layer: 'COUNTY', grade, leadDepartmentCode: 'tax' } });
      await tax.data(AppealAcceptDocument, { input: { id } });
    };
    const reply = (id: string) => tax.data(AppealReplyDocument, { input: { id, text: '已办理。' } });
    const followUp = (id: string, satisfaction: AppealSatisfaction, solved: boolean) =>
      dispatcher.data(AppealFollowUpDocument, { input: { id, satisfaction, solved } });

    // Monday 2 November: one online appeal answered in a day and closed; one from a visit answered late, reopened, then closed.
    const online = (await owner.data(AppealSubmitDocument, { input: { title: '发票', description: '发票额度不足。' } })).appealSubmit.appeal!;
    const visit = (
      await visitor.data(AppealSubmitDocument, {
        input: { enterpriseId: enterprise.id, channelCode: 'VISIT', title: '退税', description: '退税慢。' },
      })
    ).appealSubmit.appeal!;
    await owner.data(AppealSubmitDocument, { input: { title: '未分派', description: '还在池中。' } });
    await assign(online.id, 'GENERAL');
    await assign(visit.id, 'SIMPLE');
    clock.set(at('2026-11-03'));
    await reply(online.id);
    await followUp(online.id, 'SATISFIED', true);
    await dispatcher.data(AppealCloseDocument, { input: { id: online.id } });
    clock.set(at('2026-11-04'));
    await reply(visit.id);
    await followUp(visit.id, 'DISSATISFIED', false);
    clock.set(at('2026-11-05'));
    await reply(visit.id);
    await followUp(visit.id, 'BASICALLY_SATISFIED', true);
    await dispatcher.data(AppealCloseDocument, { input: { id: visit.id } });
  }, 60_000);
  afterAll(() => app?.stop());

  it('computes the figures of a period from the loop’s facts and steps', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { appealIndicators } = await analyst.data(AppealIndicatorsDocument, { from: '2026-11-01', to: '2026-11-30' });
    expect(appealIndicators).toEqual({
      received: 3,
      closed: 2,
      onTimeClosureRate: 0.5,
      satisfactionRate: 0.6667,
      resolutionRate: 0.6667,
      averageReplyWorkingDays: 1,
      reopenRate: 0.3333,
      escalations: 0,
      provisionalCalendar: false,
      breakdown: [],
    });
    const { appealIndicators: october } = await analyst.data(AppealIndicatorsDocument, { from: '2026-10-01', to: '2026-10-31' });
    expect(october).toMatchObject({ received: 0, closed: 0, onTimeClosureRate: null, satisfactionRate: null });
  });

  it('breaks the same figures down by channel and by department', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const byChannel = await analyst.data(AppealIndicatorsDocument, { from: '2026-11-01', to: '2026-11-30', by: 'CHANNEL' });
    expect(byChannel.appealIndicators.breakdown).toEqual([
      { key: 'ONLINE_PLATFORM', received: 2, closed: 1, onTimeClosureRate: 1, satisfactionRate: 1 },
      { key: 'VISIT', received: 1, closed: 1, onTimeClosureRate: 0, satisfactionRate: 0.5 },
    ]);
    const byDepartment = await analyst.data(AppealIndicatorsDocument, { from: '2026-11-01', to: '2026-11-30', by: 'DEPARTMENT' });
    expect(byDepartment.appealIndicators.breakdown.map((group) => [group.key, group.received])).toEqual([
      ['UNASSIGNED', 1],
      ['tax', 2],
    ]);
  });

  it('is for ADMINs and analysts only', async () => {
    const response = await dispatcher.request(AppealIndicatorsDocument, { from: '2026-11-01', to: '2026-11-30' });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
