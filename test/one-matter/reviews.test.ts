import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  CaseReviewDocument,
  CaseSubmitDocument,
  RectificationFollowUpDocument,
  RectificationReportDocument,
  RectificationsDocument,
  ReviewSubmitDocument,
  type ReviewSubmitInput,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at, handleTask, officerOf, submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('good/bad reviews and rectifications', () => {
  const clock = new ManualClock(new Date(at('2026-09-24')));
  let app: TestApp;
  let applicant: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    enterprise = await registerEnterprise(await app.clientAs(Role.ADMIN));
    applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
  });
  afterAll(() => app?.stop());
  beforeEach(() => clock.set(at('2026-09-24')));

  async function completedCase(matterCode = 'LISTING_COMPLIANCE_CHECK') {
    let serviceCase = await submitCase(applicant, enterprise.id, matterCode);
    for (const task of serviceCase.tasks) serviceCase = await handleTask(app, applicant, serviceCase, task.item.code);
    expect(serviceCase.state).toBe('COMPLETED');
    return serviceCase;
  }

  const review = (caseId: string, overrides: Partial<ReviewSubmitInput> = {}) =>
    applicant.data(ReviewSubmitDocument, { input: { caseId, level: 'VERY_SATISFIED', unprompted: true, ratings: [], ...overrides } });

  it('records one good review per case, with online dimensions for an online case', async () => {
    const serviceCase = await completedCase();
    const { reviewSubmit } = await review(serviceCase.id, {
      ratings: [
        { dimension: 'ONLINE_GUIDE', score: 5 },
        { dimension: 'ONLINE_RESULT', score: 4 },
      ],
      comment: '全程网办，很方便',
    });
    expect(reviewSubmit.userErrors).toEqual([]);
    expect(reviewSubmit.review).toMatchObject({
      level: 'VERY_SATISFIED',
      score: 5,
      online: true,
      unprompted: true,
      department: { code: 'development-reform' },
      rectification: null,
    });
    expect(reviewSubmit.rectification).toBeNull();
    const again = await review(serviceCase.id);
    expect(again.reviewSubmit.userErrors).toEqual([expect.objectContaining({ field: ['input', 'caseId'], code: 'TAKEN' })]);
    expect((await applicant.data(CaseReviewDocument, { id: serviceCase.id })).case?.review?.level).toBe('VERY_SATISFIED');
  });

  it('refuses reviews of open cases, foreign dimensions, bad scores and strangers', async () => {
    const open = await submitCase(applicant, enterprise.id, 'HIRING');
    expect((await review(open.id)).reviewSubmit.userErrors[0].code).toBe('INVALID_STATE');
    const serviceCase = await completedCase();
    const { reviewSubmit } = await review(serviceCase.id, {
      ratings: [
        { dimension: 'IN_PERSON_ATTITUDE', score: 5 },
        { dimension: 'ONLINE_GUIDE', score: 9 },
      ],
    });
    expect(reviewSubmit.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.ratings.0', 'CONFLICT'],
      ['input.ratings.1', 'OUT_OF_RANGE'],
    ]);
    const other = await registerEnterprise(await app.clientAs(Role.ADMIN));
    const stranger = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: other.uscc });
    const response = await stranger.request(ReviewSubmitDocument, {
      input: { caseId: serviceCase.id, level: 'DISSATISFIED', unprompted: true, ratings: [] },
    });
    expect(errorCode(response)).toBe('FORBIDDEN');
  });

  it('opens a rectification for a bad review, due in five working days, and tracks it to closure', async () => {
    const serviceCase = await completedCase('OPEN_RESTAURANT');
    clock.set(at('2026-09-29'));
    const { reviewSubmit } = await review(serviceCase.id, {
      level: 'DISSATISFIED',
      unprompted: false,
      departmentCode: 'fire-rescue',
      comment: '消防检查预约等待时间过长',
      ratings: [{ dimension: 'ONLINE_PROGRESS', score: 2 }],
    });
    expect(reviewSubmit.userErrors).toEqual([]);
    // 29 Sep + 5 working days: 30 Sep, then 8, 9, 10 (make-up Saturday) and 12 Oct.
    expect(reviewSubmit.rectification).toMatchObject({ state: 'OPEN', dueOn: '2026-10-12', department: { code: 'fire-rescue' }, overdue: false });
    const id = reviewSubmit.rectification!.id;
    // The department's rectification stays hidden from the rater and partners, visible to the department.
    expect((await applicant.data(CaseReviewDocument, { id: serviceCase.id })).case?.review?.rectification).toBeNull();
    expect((await (await app.clientAs(Role.PARTNER)).data(CaseReviewDocument, { id: serviceCase.id })).case?.review?.rectification).toBeNull();
    expect((await (await officerOf(app, 'fire-rescue')).data(CaseReviewDocument, { id: serviceCase.id })).case?.review?.rectification).toEqual({
      state: 'OPEN',
    });

    const fire = await officerOf(app, 'fire-rescue');
    const tax = await officerOf(app, 'tax');
    expect(errorCode(await tax.request(RectificationReportDocument, { input: { id, measures: 'x' } }))).toBe('FORBIDDEN');
    expect((await fire.data(RectificationsDocument, {})).rectifications.totalCount).toBe(1);
    expect((await tax.data(RectificationsDocument, {})).rectifications.totalCount).toBe(0);
    const early = await fire.data(RectificationFollowUpDocument, { input: { id, raterSatisfied: true, note: 'x' } });
    expect(early.rectificationFollowUp.userErrors[0].code).toBe('INVALID_TRANSITION');

    clock.set(at('2026-10-09'));
    const { rectificationReport } = await fire.data(RectificationReportDocument, {
      input: { id, measures: '开通线上预约，承诺两个工作日内上门检查' },
    });
    expect(rectificationReport.rectification).toMatchObject({ state: 'RECTIFIED', rectifiedOn: '2026-10-09', overdue: false });

    // Reopened on Friday 9 Oct: five working days are 10 (make-up Saturday), 12, 13, 14 and 15 Oct.
    const unhappy = await fire.data(RectificationFollowUpDocument, { input: { id, raterSatisfied: false, note: '仍需排队' } });
    expect(unhappy.rectificationFollowUp.rectification).toMatchObject({ state: 'OPEN', dueOn: '2026-10-15', rectifiedOn: null });

    clock.set(at('2026-10-19'));
    const late = await fire.data(RectificationsDocument, { filter: { states: ['OPEN'] } });
    expect(late.rectifications.nodes[0].overdue).toBe(true);
    await fire.data(RectificationReportDocument, { input: { id, measures: '增加检查人员' } });
    const admin = await app.clientAs(Role.ADMIN);
    const { rectificationFollowUp } = await admin.data(RectificationFollowUpDocument, { input: { id, raterSatisfied: true, note: '满意' } });
    expect(rectificationFollowUp.rectification).toMatchObject({ state: 'CLOSED', closedOn: '2026-10-19', overdue: true });
    expect(rectificationFollowUp.rectification?.followUps.map((call) => call.raterSatisfied)).toEqual([false, true]);
  });

  it('answers a double submission of one review with one review and TAKEN', async () => {
    const serviceCase = await completedCase();
    const results = await Promise.all([1, 2, 3].map(() => review(serviceCase.id, { level: 'SATISFIED' })));
    expect(results.filter((result) => result.reviewSubmit.review !== null)).toHaveLength(1);
    expect(results.flatMap((result) => result.reviewSubmit.userErrors.map((error) => error.code))).toEqual(['TAKEN', 'TAKEN']);
  });

  it('reviews in-person cases on the in-person dimensions', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'development-reform', subject: 'window-officer' });
    const { caseSubmit } = await officer.data(CaseSubmitDocument, {
      input: {
        matterCode: 'LISTING_COMPLIANCE_CHECK',
        enterpriseId: enterprise.id,
        channel: 'WINDOW',
        windowCode: 'W06',
        idempotencyKey: 'in-person',
      },
    });
    const serviceCase = await handleTask(app, applicant, caseSubmit.case!, 'XY-002');
    const { reviewSubmit } = await review(serviceCase.id, { level: 'SATISFIED', ratings: [{ dimension: 'IN_PERSON_ATTITUDE', score: 4 }] });
    expect(reviewSubmit.review).toMatchObject({ online: false, score: 4 });
  });
});
