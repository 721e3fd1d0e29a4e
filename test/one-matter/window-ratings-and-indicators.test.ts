import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  CaseSubmitDocument,
  IndicatorDefinitionsDocument,
  OneMatterIndicatorsDocument,
  ReviewSubmitDocument,
  TaskAcceptDocument,
  TaskCompleteDocument,
  WindowBonusRecordDocument,
  WindowRatingsDocument,
  WindowRatingsPublishDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at, officerOf, submitCase, taskOf } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('monthly window star ratings and the one-matter indicators', () => {
  const clock = new ManualClock(new Date(at('2026-10-08')));
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    const enterprise = await registerEnterprise(admin);
    const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const clerk = await app.clientAs(Role.OFFICER, { department: 'development-reform', subject: 'window-clerk' });
    const reform = await officerOf(app, 'development-reform');

    const atWindow = async (key: string) => {
      const { caseSubmit } = await clerk.data(CaseSubmitDocument, {
        input: { matterCode: 'LISTING_COMPLIANCE_CHECK', enterpriseId: enterprise.id, channel: 'WINDOW', windowCode: 'W06', idempotencyKey: key },
      });
      return caseSubmit.case!;
    };
    const complete = async (serviceCase: { tasks: Array<{ id: string; item: { code: string } }> }) => {
      const task = taskOf(serviceCase as never, 'XY-002');
      await reform.data(TaskAcceptDocument, { input: { id: task.id } });
      await reform.data(TaskCompleteDocument, { input: { id: task.id } });
    };
    const review = (caseId: string, level: 'VERY_SATISFIED' | 'DISSATISFIED', unprompted: boolean) =>
      applicant.data(ReviewSubmitDocument, { input: { caseId, level, unprompted, ratings: [] } });

    // Submitted on 8 Oct: A and C are completed on the 9th, in time; B on the 20th, after its due date (12 Oct).
    const caseA = await atWindow('a');
    const caseB = await atWindow('b');
    const caseC = await submitCase(applicant, enterprise.id, 'LISTING_COMPLIANCE_CHECK');
    clock.set(at('2026-10-09'));
    await complete(caseA);
    await complete(caseC);
    await review(caseA.id, 'VERY_SATISFIED', true);
    clock.set(at('2026-10-20'));
    await complete(caseB);
    await review(caseB.id, 'DISSATISFIED', false);
    await admin.data(WindowBonusRecordDocument, { input: { windowCode: 'W06', month: '2026-10', points: 3, reason: '收到企业表扬信' } });
  });
  afterAll(() => app?.stop());

  it('rates every window for the month from its cases, reviews, rectifications, overdue and bonus points', async () => {
    const { windowRatingsPublish } = await admin.data(WindowRatingsPublishDocument, { input: { month: '2026-10' } });
    expect(windowRatingsPublish.userErrors).toEqual([]);
    const ratings = windowRatingsPublish.ratings;
    expect(ratings).toHaveLength(8);
    const finance = ratings.find((rating) => rating.window.code === 'W06')!;
    // 100 × (0.6 × 0.5 + 0.4 × 0.5) − 5 (rectification) − 5 (overdue) + 3 (bonus) = 43
    expect(finance).toMatchObject({
      casesCompleted: 2,
      casesOnTime: 1,
      onTimeRate: 0.5,
      reviews: 2,
      satisfiedReviews: 1,
      satisfactionRate: 0.5,
      rectifications: 1,
      overdueWithResponsibility: 1,
      bonusPoints: 3,
      score: 43,
      stars: 1,
    });
    expect(ratings.at(-1)?.window.code).toBe('W06');
    expect(ratings.filter((rating) => rating.window.code !== 'W06').every((rating) => rating.stars === 5 && rating.score === 100)).toBe(true);

    const published = await app.client.data(WindowRatingsDocument, { month: '2026-10' });
    expect(published.windowRatings).toHaveLength(8);
    expect((await app.client.data(WindowRatingsDocument, { month: '2026-09' })).windowRatings).toEqual([]);
  });

  it('publishes a month again in place, with new bonus points', async () => {
    await admin.data(WindowBonusRecordDocument, { input: { windowCode: 'W06', month: '2026-10', points: 10, reason: '专项工作加分' } });
    const { windowRatingsPublish } = await admin.data(WindowRatingsPublishDocument, { input: { month: '2026-10' } });
    expect(windowRatingsPublish.ratings).toHaveLength(8);
    expect(windowRatingsPublish.ratings.find((rating) => rating.window.code === 'W06')).toMatchObject({ bonusPoints: 13, score: 53 });
  });

  it('refuses bad months and points, and non-admins', async () => {
    const bad = await admin.data(WindowBonusRecordDocument, { input: { windowCode: 'W99', month: '2026-13', points: 50, reason: '' } });
    expect(bad.windowBonusRecord.userErrors.map((error) => error.code).sort()).toEqual(['BLANK', 'INVALID_FORMAT', 'NOT_FOUND', 'OUT_OF_RANGE']);
    expect(errorCode(await app.client.request(WindowRatingsDocument, { month: 'October' }))).toBe('BAD_USER_INPUT');
    const officer = await officerOf(app, 'tax');
    expect(errorCode(await officer.request(WindowRatingsPublishDocument, { input: { month: '2026-10' } }))).toBe('FORBIDDEN');
  });

  it('computes the indicators of a period in PostgreSQL', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { oneMatterIndicators } = await analyst.data(OneMatterIndicatorsDocument, { from: '2026-10-01', to: '2026-10-31' });
    expect(oneMatterIndicators).toEqual({
      from: '2026-10-01',
      to: '2026-10-31',
      casesSubmitted: 3,
      casesCompleted: 3,
      onTimeCompletionRate: 0.6667,
      onlineRate: 0.3333,
      activeReviewRate: 0.3333,
      satisfactionRate: 0.5,
      // 1, 9 (9, 10, 12-16, 19, 20 Oct) and 1 working days.
      averageHandlingWorkingDays: 3.67,
      overdueWithResponsibility: [{ count: 1, department: { code: 'development-reform' } }],
      provisionalCalendar: false,
    });
    const empty = await analyst.data(OneMatterIndicatorsDocument, { from: '2026-01-01', to: '2026-01-31' });
    expect(empty.oneMatterIndicators).toMatchObject({
      casesSubmitted: 0,
      onTimeCompletionRate: null,
      averageHandlingWorkingDays: null,
      overdueWithResponsibility: [],
    });
    expect(errorCode(await analyst.request(OneMatterIndicatorsDocument, { from: '2026-10-31', to: '2026-10-01' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await (await officerOf(app, 'tax')).request(OneMatterIndicatorsDocument, { from: '2026-10-01', to: '2026-10-31' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('lists the indicator definitions for data teams', async () => {
    const { indicatorDefinitions } = await app.client.data(IndicatorDefinitionsDocument);
    expect(indicatorDefinitions.filter((indicator) => indicator.module === 'one-matter').map((indicator) => indicator.code)).toEqual([
      'one-matter.on-time-completion-rate',
      'one-matter.online-rate',
      'one-matter.active-review-rate',
      'one-matter.satisfaction-rate',
      'one-matter.average-handling-working-days',
      'one-matter.overdue-with-responsibility',
    ]);
    expect(indicatorDefinitions.find((indicator) => indicator.code === 'one-matter.online-rate')).toMatchObject({
      unit: 'RATE',
      target: 0.97,
      module: 'one-matter',
    });
  });
});
