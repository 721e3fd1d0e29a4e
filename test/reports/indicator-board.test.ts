import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { previousPeriods } from '../../modules/reports/indicator-board.service';
import {
  AppealAcceptDocument,
  AppealAssignDocument,
  AppealCloseDocument,
  AppealFollowUpDocument,
  AppealIndicatorsDocument,
  AppealReplyDocument,
  AppealSubmitDocument,
  ChainMembershipJoinDocument,
  IndicatorBoardDocument,
  type AppealSatisfaction,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at, officerOf, submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

/** The board on a known data set: one online case in October; one online and one self-service case in November. */
describe('the indicator board', () => {
  const clock = new ManualClock(new Date('2026-10-15T02:00:00Z'));
  let app: TestApp;
  let analyst: GraphQLClient;
  let region: string;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    analyst = await app.clientAs(Role.ANALYST);
    const member = await registerEnterprise(admin);
    const other = await registerEnterprise(admin, { regionCode: '330803' });
    region = '330803';
    await (
      await app.clientAs(Role.DESK, { chains: ['huyou'] })
    ).data(ChainMembershipJoinDocument, {
      input: { chain: 'HUYOU', enterpriseId: member.id, node: 'PLANTING' },
    });
    const applicant = (enterprise: { uscc: string }) => app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    await submitCase(await applicant(member), member.id, 'HIRING', 'ONLINE');
    clock.set('2026-11-10T02:00:00Z');
    await submitCase(await applicant(member), member.id, 'HIRING', 'ONLINE');
    await submitCase(await applicant(other), other.id, 'HIRING', 'SELF_SERVICE');
  });
  afterAll(() => app?.stop());

  const board = async (variables: { region?: string; chain?: string }) => {
    const { indicatorBoard } = await analyst.data(IndicatorBoardDocument, { from: '2026-11-01', to: '2026-11-30', trendPeriods: 2, ...variables });
    return new Map(indicatorBoard.entries.map((entry) => [entry.indicator.code, entry]));
  };

  it('shows each indicator’s value, target, class and the months before it', async () => {
    const online = (await board({})).get('one-matter.online-rate')!;
    expect(online).toMatchObject({ value: 0.5, target: 0.97, class: 'LAGGING', indicator: { direction: 'HIGHER_IS_BETTER', unit: 'RATE' } });
    expect(online.trend).toEqual([
      { from: '2026-09-01', to: '2026-09-30', value: null },
      { from: '2026-10-01', to: '2026-10-31', value: 1 },
    ]);
    const entries = await board({});
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining(['credit.good-or-better-rate', 'appeals.on-time-closure-rate', 'policies.without-review-share']),
    );
    // A state, not a flow: credit grades as they stand have no trend.
    expect(entries.get('credit.good-or-better-rate')!.trend).toEqual([]);
  });

  it('narrows to a region and to a chain', async () => {
    expect((await board({ region })).get('one-matter.online-rate')!.value).toBe(0);
    expect((await board({ chain: 'HUYOU' })).get('one-matter.online-rate')!).toMatchObject({ value: 1, class: 'BENCHMARK' });
    expect((await board({ chain: 'CHIP' })).get('one-matter.online-rate')!).toMatchObject({ value: null, class: null });
  });

  it('steps back by whole months for a month, and by days otherwise', () => {
    expect(previousPeriods('2026-03-01', '2026-03-31', 2)).toEqual([
      { from: '2026-01-01', to: '2026-01-31' },
      { from: '2026-02-01', to: '2026-02-28' },
    ]);
    expect(previousPeriods('2026-01-01', '2026-06-30', 1)).toEqual([{ from: '2025-07-01', to: '2025-12-31' }]);
    expect(previousPeriods('2026-11-10', '2026-11-16', 1)).toEqual([{ from: '2026-11-03', to: '2026-11-09' }]);
  });
});

/**
 * Appeals satisfaction on the board is the appeals module's own indicator: follow-ups in the period, not the last
 * follow-up of each appeal. Two appeals in November: one followed up satisfied; one dissatisfied, then reopened and
 * followed up basically satisfied; a third, in December, followed up dissatisfied.
 */
describe('appeals satisfaction on the indicator board', () => {
  const clock = new ManualClock(new Date(at('2026-11-02')));
  let app: TestApp;
  let analyst: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    analyst = await app.clientAs(Role.ANALYST);
    const dispatcher = await app.clientAs(Role.OFFICER, { department: 'business-environment' });
    const tax = await officerOf(app, 'tax');
    const enterprise = await registerEnterprise(await app.clientAs(Role.ADMIN));
    const owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const submit = async (title: string) => {
      const { appealSubmit } = await owner.data(AppealSubmitDocument, { input: { title, description: `${title}。` } });
      await dispatcher.data(AppealAssignDocument, {
        input: { id: appealSubmit.appeal!.id, categoryCodes: ['TAX'], layer: 'COUNTY', grade: 'GENERAL', leadDepartmentCode: 'tax' },
      });
      await tax.data(AppealAcceptDocument, { input: { id: appealSubmit.appeal!.id } });
      return appealSubmit.appeal!.id;
    };
    const answer = async (id: string, satisfaction: AppealSatisfaction, solved: boolean) => {
      await tax.data(AppealReplyDocument, { input: { id, text: '已办理。' } });
      await dispatcher.data(AppealFollowUpDocument, { input: { id, satisfaction, solved } });
    };
    const first = await submit('发票');
    const second = await submit('退税');
    clock.set(at('2026-11-03'));
    await answer(first, 'SATISFIED', true);
    await dispatcher.data(AppealCloseDocument, { input: { id: first } });
    clock.set(at('2026-11-04'));
    await answer(second, 'DISSATISFIED', false);
    clock.set(at('2026-11-05'));
    await answer(second, 'BASICALLY_SATISFIED', true);
    clock.set(at('2026-12-01'));
    const third = await submit('用地');
    clock.set(at('2026-12-02'));
    await answer(third, 'DISSATISFIED', false);
  }, 60_000);
  afterAll(() => app?.stop());

  it('shows the satisfaction and resolution rates of the follow-ups in the period, as the appeals module computes them', async () => {
    const { indicatorBoard } = await analyst.data(IndicatorBoardDocument, { from: '2026-12-01', to: '2026-12-31', trendPeriods: 1 });
    const entries = new Map(indicatorBoard.entries.map((entry) => [entry.indicator.code, entry]));
    const satisfaction = entries.get('appeals.satisfaction-rate')!;
    // December: one follow-up, dissatisfied; November before it: two of three follow-ups satisfied or basically.
    expect(satisfaction).toMatchObject({
      value: 0,
      target: 0.95,
      class: 'LAGGING',
      trend: [{ from: '2026-11-01', to: '2026-11-30', value: 0.6667 }],
    });
    expect(entries.get('appeals.resolution-rate')).toMatchObject({ value: 0, trend: [{ value: 0.6667 }] });
    for (const [from, to] of [
      ['2026-11-01', '2026-11-30'],
      ['2026-12-01', '2026-12-31'],
      ['2026-11-01', '2026-12-31'],
    ]) {
      const { appealIndicators } = await analyst.data(AppealIndicatorsDocument, { from, to });
      const board = await analyst.data(IndicatorBoardDocument, { from, to, trendPeriods: 0 });
      const onBoard = new Map(board.indicatorBoard.entries.map((entry) => [entry.indicator.code, entry.value]));
      expect([onBoard.get('appeals.satisfaction-rate'), onBoard.get('appeals.resolution-rate')]).toEqual([
        appealIndicators.satisfactionRate,
        appealIndicators.resolutionRate,
      ]);
    }
    // Not the last follow-up of each appeal: in November both appeals ended satisfied, yet one follow-up of three was not.
    const lastFollowUp = await analyst.raw<{ appealsReport: { rows: Array<{ satisfactionRate: number }> } }>(
      '{ appealsReport(dimensions: [], measures: [SATISFACTION_RATE], filter: { from: "2026-11-01", to: "2026-11-30" }) { rows { satisfactionRate } } }',
    );
    expect(lastFollowUp.data!.appealsReport.rows[0].satisfactionRate).toBe(1);
  });

  it('measures the follow-ups as a cube of their own', async () => {
    const { data, errors } = await analyst.raw<{ appealFollowUpsReport: { rows: Array<Record<string, unknown>> } }>(
      `{ appealFollowUpsReport(dimensions: [FOLLOWED_UP_MONTH, SATISFACTION], measures: [COUNT, APPEALS, SATISFACTION_RATE]) {
           rows { followedUpMonth satisfaction count appeals satisfactionRate } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.appealFollowUpsReport.rows).toEqual([
      { followedUpMonth: '2026-11', satisfaction: 'BASICALLY_SATISFIED', count: 1, appeals: 1, satisfactionRate: 1 },
      { followedUpMonth: '2026-11', satisfaction: 'DISSATISFIED', count: 1, appeals: 1, satisfactionRate: 0 },
      { followedUpMonth: '2026-11', satisfaction: 'SATISFIED', count: 1, appeals: 1, satisfactionRate: 1 },
      { followedUpMonth: '2026-12', satisfaction: 'DISSATISFIED', count: 1, appeals: 1, satisfactionRate: 0 },
    ]);
  });
});
