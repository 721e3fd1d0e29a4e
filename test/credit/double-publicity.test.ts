import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  AdministrativePenaltyRecordDocument,
  DecisionPublishDocument,
  DoublePublicityIndicatorsDocument,
  LicensingDecisionRecordDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

describe('double publicity (双公示)', () => {
  const clock = new ManualClock(new Date('2026-10-30T02:00:00Z'));
  let app: TestApp;
  let market: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    market = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const enterprise = await registerEnterprise(admin);
    const licence = async (decisionNumber: string) =>
      (
        await market.data(LicensingDecisionRecordDocument, {
          input: {
            enterpriseId: enterprise.id,
            decisionNumber,
            departmentCode: 'market-regulation',
            licence: '食品经营许可证',
            decidedOn: '2026-09-24',
          },
        })
      ).licensingDecisionRecord.decision!.id;
    const penalty = async (decisionNumber: string, severity: 'MINOR' | 'GENERAL') =>
      (
        await market.data(AdministrativePenaltyRecordDocument, {
          input: {
            enterpriseId: enterprise.id,
            decisionNumber,
            departmentCode: 'market-regulation',
            severity,
            decidedOn: '2026-09-24',
            amount: '100.00',
          },
        })
      ).administrativePenaltyRecord.penalty!.id;
    // Decided on Thursday 24 September; across Mid-Autumn, National Day and the make-up Saturday of 10 October,
    // seven working days run to 12 October.
    const onTime = await licence('许-1');
    const late = await licence('许-2');
    await licence('许-3');
    const general = await penalty('罚-1', 'GENERAL');
    const minor = await penalty('罚-2', 'MINOR');
    await market.data(DecisionPublishDocument, { input: { id: onTime, publishedOn: '2026-10-12' } });
    await market.data(DecisionPublishDocument, { input: { id: late, publishedOn: '2026-10-13' } });
    await market.data(DecisionPublishDocument, { input: { id: general, publishedOn: '2026-09-25' } });
    const minorPublish = await market.data(DecisionPublishDocument, { input: { id: minor, publishedOn: '2026-09-25' } });
    expect(minorPublish.decisionPublish.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', message: 'Minor penalties are not published.' });
    const twice = await market.data(DecisionPublishDocument, { input: { id: onTime, publishedOn: '2026-10-12' } });
    expect(twice.decisionPublish.userErrors[0].code).toBe('INVALID_TRANSITION');
    const early = await market.data(DecisionPublishDocument, { input: { id: general, publishedOn: '2026-09-01' } });
    expect(early.decisionPublish.userErrors.map((error) => error.code)).toEqual(['INVALID_TRANSITION', 'INVALID_RANGE']);
  });
  afterAll(() => app?.stop());

  it('reports reporting, timeliness and compliance rates for the decisions of a period', async () => {
    const analyst = await app.clientAs(Role.ANALYST);
    const { doublePublicityIndicators } = await analyst.data(DoublePublicityIndicatorsDocument, { from: '2026-09-01', to: '2026-09-30' });
    expect(doublePublicityIndicators).toEqual({
      decisionsMade: 5,
      decisionsToPublish: 4,
      published: 3,
      reportingRate: 0.75,
      timelinessRate: 0.6667,
      // The unpublished licence breaks the rule; the minor penalty kept unpublished follows it.
      complianceRate: 0.8,
      provisionalCalendar: false,
    });
  });

  it('lets only the deciding department publish', async () => {
    const tax = await app.clientAs(Role.OFFICER, { department: 'tax' });
    const licence = (
      await market.data(LicensingDecisionRecordDocument, {
        input: {
          enterpriseId: (await registerEnterprise(await app.clientAs(Role.ADMIN))).id,
          decisionNumber: '许-9',
          departmentCode: 'market-regulation',
          licence: '许可',
          decidedOn: '2026-10-01',
        },
      })
    ).licensingDecisionRecord.decision!.id;
    expect(errorCode(await tax.request(DecisionPublishDocument, { input: { id: licence, publishedOn: '2026-10-09' } }))).toBe('FORBIDDEN');
  });
});
