import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { markOverdueJob } from '../../modules/one-matter/overdue.job';
import { calendarCoverageJob } from '../../modules/platform/calendar/calendar-coverage.job';
import {
  CalendarYearSetDocument,
  CaseDocument,
  CaseSubmitDocument,
  CasesDocument,
  DeadlineCorrectionsDocument,
  LicensingDecisionRecordDocument,
  OneMatterIndicatorsDocument,
  RectificationsDocument,
  ReviewSubmitDocument,
  WorkingDayDeadlineDocument,
  type CaseFieldsFragment,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { at, handleTask, officerOf, submitCase, taskOf } from '../support/one-matter';
import { TestApp } from '../support/test-app';

/** Matters used here: LISTING_COMPLIANCE_CHECK is XY-002 alone (3 working days); CREDIT_REPAIR is XY-001 (3) and SCJG-004 (2). */
describe('deadlines on a provisional calendar year', () => {
  const clock = new ManualClock(new Date(at('2026-11-29')));
  let app: TestApp;
  let applicant: GraphQLClient;
  let enterpriseId: string;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const enterprise = await registerEnterprise(await app.clientAs(Role.ADMIN));
    enterpriseId = enterprise.id;
    applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
  });
  afterAll(() => app?.stop());

  it('takes a case whose deadline crosses into next year, and marks its due dates', async () => {
    clock.set(at('2026-12-30'));
    const serviceCase = await submitCase(applicant, enterpriseId, 'LISTING_COMPLIANCE_CHECK');
    // Thursday 31 December, then Monday 4 and Tuesday 5 January: New Year's Day is a Friday.
    expect(taskOf(serviceCase, 'XY-002')).toMatchObject({ dueOn: '2027-01-05', dueOnProvisional: true });
    expect(serviceCase).toMatchObject({ dueOn: '2027-01-05', dueOnProvisional: true });
    clock.set(at('2026-12-01'));
    const within = await submitCase(applicant, enterpriseId, 'LISTING_COMPLIANCE_CHECK');
    expect(within).toMatchObject({ dueOn: '2026-12-04', dueOnProvisional: false });
  });

  it('puts the Spring Festival of a provisional year and its 补假 days off', async () => {
    clock.set(at('2027-02-03'));
    // Thursday 4 February counts; 5-8 February are the festival, 9 and 10 give back its Saturday and Sunday.
    const listing = await submitCase(applicant, enterpriseId, 'LISTING_COMPLIANCE_CHECK');
    expect(taskOf(listing, 'XY-002')).toMatchObject({ dueOn: '2027-02-12', dueOnProvisional: true });
    const repair = await submitCase(applicant, enterpriseId, 'CREDIT_REPAIR');
    expect(taskOf(repair, 'SCJG-004').dueOn).toBe('2027-02-11');
  });

  it('puts National Day of a provisional year and its 补假 days off', async () => {
    clock.set(at('2027-09-30'));
    // 1-3 October, Friday to Sunday, and Monday 4 and Tuesday 5 for the weekend days.
    const listing = await submitCase(applicant, enterpriseId, 'LISTING_COMPLIANCE_CHECK');
    expect(taskOf(listing, 'XY-002')).toMatchObject({ dueOn: '2027-10-08', dueOnProvisional: true });
  });

  it('puts Qingming on the day of its solar term (Tuesday 4 April 2028)', async () => {
    clock.set(at('2028-04-03'));
    const change = await submitCase(applicant, enterpriseId, 'INFORMATION_CHANGE');
    expect(taskOf(change, 'SCJG-003')).toMatchObject({ dueOn: '2028-04-05', dueOnProvisional: true });
    expect(change.dueOnProvisional).toBe(true);
  });
});

describe('deadlines beyond the horizon', () => {
  const clock = new ManualClock(new Date(at('2026-12-30')));
  let app: TestApp;

  beforeAll(async () => {
    // No provisional year at all: the next year is missing until it is published.
    app = await TestApp.start({ clock, env: { CALENDAR_HORIZON_YEARS: '0' } });
  });
  afterAll(() => app?.stop());

  it('refuses the case with CALENDAR_YEAR_MISSING and writes nothing', async () => {
    const admin = await app.clientAs(Role.ADMIN);
    const enterprise = await registerEnterprise(admin);
    const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const refused = await applicant.request(CaseSubmitDocument, {
      input: { matterCode: 'LISTING_COMPLIANCE_CHECK', enterpriseId: enterprise.id, channel: 'ONLINE', idempotencyKey: 'beyond-the-horizon' },
    });
    expect(errorCode(refused)).toBe('CALENDAR_YEAR_MISSING');
    expect(refused.errors?.[0].extensions?.year).toBe(2027);
    expect((await admin.data(CasesDocument, { filter: { enterpriseId: enterprise.id } })).cases.totalCount).toBe(0);
  });
});

describe('loading the official year corrects the deadlines counted on the provisional one', () => {
  const clock = new ManualClock(new Date(at('2026-12-01')));
  let app: TestApp;
  let admin: GraphQLClient;
  let applicant: GraphQLClient;
  let enterpriseId: string;
  const cases: Record<string, CaseFieldsFragment> = {};

  const read = async (serviceCase: CaseFieldsFragment) => (await admin.data(CaseDocument, { id: serviceCase.id })).case!;
  const rectifications = async () => (await admin.data(RectificationsDocument, {})).rectifications.nodes;
  const overdueInJanuary = async () =>
    (await admin.data(OneMatterIndicatorsDocument, { from: '2027-01-01', to: '2027-01-31' })).oneMatterIndicators.overdueWithResponsibility;
  // A notice unlike the provisional year: Monday 4 January is off as well, Saturday 9 January a working day.
  const notice = { year: 2027, offRanges: [{ from: '2027-01-01', to: '2027-01-04' }], workDays: ['2027-01-09'], source: 'Test notice for 2027' };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    const enterprise = await registerEnterprise(admin);
    enterpriseId = enterprise.id;
    applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });

    cases.untouched = await submitCase(applicant, enterpriseId, 'LISTING_COMPLIANCE_CHECK'); // due 4 December
    clock.set(at('2026-12-24'));
    cases.reviewed = await submitCase(applicant, enterpriseId, 'LISTING_COMPLIANCE_CHECK');
    clock.set(at('2026-12-28'));
    await handleTask(app, applicant, cases.reviewed, 'XY-002');
    const { reviewSubmit } = await applicant.data(ReviewSubmitDocument, {
      input: { caseId: cases.reviewed.id, level: 'DISSATISFIED', unprompted: true, ratings: [] },
    });
    expect(reviewSubmit.rectification).toMatchObject({ openedOn: '2026-12-28', dueOn: '2027-01-05', dueOnProvisional: true });
    clock.set(at('2026-12-29'));
    cases.late = await submitCase(applicant, enterpriseId, 'LISTING_COMPLIANCE_CHECK'); // due 4 January
    clock.set(at('2026-12-30'));
    cases.open = await submitCase(applicant, enterpriseId, 'LISTING_COMPLIANCE_CHECK'); // due 5 January
    cases.mixed = await submitCase(applicant, enterpriseId, 'CREDIT_REPAIR'); // XY-001 due 5 January, SCJG-004 4 January
    const market = await officerOf(app, 'market-regulation');
    const { licensingDecisionRecord } = await market.data(LicensingDecisionRecordDocument, {
      input: { enterpriseId, decisionNumber: '许-2027-1', departmentCode: 'market-regulation', licence: '食品经营许可证', decidedOn: '2026-12-30' },
    });
    expect(licensingDecisionRecord.decision).toMatchObject({ publicationDueOn: '2027-01-11', publicationDueOnProvisional: true });
    clock.set(at('2026-12-31'));
    await handleTask(app, applicant, cases.mixed, 'SCJG-004');
    clock.set(at('2027-01-05'));
    await markOverdueJob.handler(app.services, {});
  });
  afterAll(() => app?.stop());

  it('shows the mark to officers and partners before the notice', async () => {
    const partner = await app.clientAs(Role.PARTNER);
    expect((await partner.data(CaseDocument, { id: cases.open.id })).case).toMatchObject({ dueOn: '2027-01-05', dueOnProvisional: true });
    const officer = await officerOf(app, 'development-reform');
    const seen = (await officer.data(CaseDocument, { id: cases.late.id })).case!;
    // Overdue on the provisional year: due Monday 4 January, still open on the 5th.
    expect(taskOf(seen, 'XY-002')).toMatchObject({ dueOn: '2027-01-04', dueOnProvisional: true, overdue: true, overdueWithResponsibility: true });
    // The case of 1 December is late by any calendar; the one of 29 December only by the estimate.
    expect(await overdueInJanuary()).toEqual([{ count: 2, department: { code: 'development-reform' } }]);
  });

  it('has the coverage check name the open deadlines that rest on the provisional year', async () => {
    const output = await calendarCoverageJob.handler(app.services, {});
    // The bad review's rectification is in the appeals pool too, as a BAD_REVIEW appeal with the same deadline.
    expect(output).toMatchObject({ missingYears: [], openDeadlinesOnProvisionalYears: 8 });
    expect((output as { byKind: unknown[] }).byKind).toEqual(
      expect.arrayContaining([
        { kind: 'one-matter.task.dueOn', open: 3 },
        { kind: 'one-matter.case.dueOn', open: 3 },
        { kind: 'one-matter.rectification.dueOn', open: 1 },
        { kind: 'appeals.appeal.dueOn', open: 1 },
      ]),
    );
  });

  it('moves exactly the open deadlines that reach into the year, and says how many', async () => {
    const { calendarYearSet } = await admin.data(CalendarYearSetDocument, { input: notice });
    expect(calendarYearSet.userErrors).toEqual([]);
    expect(calendarYearSet.movedDeadlines).toBe(8);
    expect([...calendarYearSet.movedDeadlinesByKind].sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'appeals.appeal.dueOn', count: 1 },
      { kind: 'one-matter.case.dueOn', count: 3 },
      { kind: 'one-matter.rectification.dueOn', count: 1 },
      { kind: 'one-matter.task.dueOn', count: 3 },
    ]);

    const open = await read(cases.open);
    expect(open).toMatchObject({ dueOn: '2027-01-06', dueOnProvisional: false });
    expect(taskOf(open, 'XY-002')).toMatchObject({ dueOn: '2027-01-06', dueOnProvisional: false });
    const mixed = await read(cases.mixed);
    expect(taskOf(mixed, 'XY-001').dueOn).toBe('2027-01-06');
    expect(mixed.dueOn).toBe('2027-01-06');
    const [rectification] = await rectifications();
    expect(rectification).toMatchObject({ openedOn: '2026-12-28', dueOn: '2027-01-06', dueOnProvisional: false });
  });

  it('keeps the deadlines of finished tasks and of cases that never reached the year', async () => {
    const mixed = await read(cases.mixed);
    expect(taskOf(mixed, 'SCJG-004')).toMatchObject({ state: 'COMPLETED', dueOn: '2027-01-04', dueOnProvisional: true });
    expect(taskOf(await read(cases.reviewed), 'XY-002')).toMatchObject({ state: 'COMPLETED', dueOn: '2026-12-29' });
    expect(await read(cases.untouched)).toMatchObject({ dueOn: '2026-12-04', dueOnProvisional: false });
  });

  it('lets the overdue flags follow the new date', async () => {
    // Due on the 4th by the estimate, on the 5th by the notice: not overdue on the 5th after all.
    const late = await read(cases.late);
    expect(taskOf(late, 'XY-002')).toMatchObject({ dueOn: '2027-01-05', overdue: false, overdueWithResponsibility: false });
    expect(late.overdue).toBe(false);
    expect(await overdueInJanuary()).toEqual([{ count: 1, department: { code: 'development-reform' } }]);
    expect(taskOf(await read(cases.untouched), 'XY-002')).toMatchObject({ overdue: true, overdueWithResponsibility: true });
  });

  it('records every move with what the deadline was before', async () => {
    const { deadlineCorrections } = await admin.data(DeadlineCorrectionsDocument, { filter: { calendarYear: 2027 }, first: 20 });
    expect(deadlineCorrections.totalCount).toBe(8);
    const lateTask = taskOf(cases.late, 'XY-002');
    expect(deadlineCorrections.nodes).toContainEqual(
      expect.objectContaining({
        kind: 'one-matter.task.dueOn',
        subjectId: lateTask.id,
        previousDueOn: '2027-01-04',
        dueOn: '2027-01-05',
        stillProvisional: false,
        requestId: expect.any(String),
      }),
    );
    const officer = await officerOf(app, 'development-reform');
    expect(errorCode(await officer.request(DeadlineCorrectionsDocument, {}))).toBe('FORBIDDEN');
    expect(
      (await (await app.clientAs(Role.ANALYST)).data(DeadlineCorrectionsDocument, { filter: { subjectId: lateTask.id } })).deadlineCorrections
        .totalCount,
    ).toBe(1);
  });

  it('counts deadlines shown beside credit records on the calendar in force', async () => {
    const decision = (
      await admin.data(LicensingDecisionRecordDocument, {
        input: { enterpriseId, decisionNumber: '许-2027-2', departmentCode: 'market-regulation', licence: '食品经营许可证', decidedOn: '2026-12-30' },
      })
    ).licensingDecisionRecord.decision!;
    // Seven working days: 31 December, 5-8 January, the working Saturday 9 January and Monday 11 January.
    expect(decision).toMatchObject({ publicationDueOn: '2027-01-11', publicationDueOnProvisional: false });
  });

  it('leaves the coverage check nothing to warn of for the published year', async () => {
    expect(await calendarCoverageJob.handler(app.services, {})).toMatchObject({ provisionalYears: [2028, 2029], openDeadlinesOnProvisionalYears: 0 });
  });

  it('moves nothing when the same year is loaded again', async () => {
    const { calendarYearSet } = await admin.data(CalendarYearSetDocument, { input: notice });
    expect(calendarYearSet).toMatchObject({ userErrors: [], movedDeadlines: 0, movedDeadlinesByKind: [] });
  });
});

describe('the official year loaded on one instance of several', () => {
  const clock = new ManualClock(new Date(at('2026-12-30')));
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
  });
  afterAll(() => app?.stop());

  it('is what every instance counts on at once', async () => {
    const peer = await app.startPeer();
    const admin = await app.clientAs(Role.ADMIN);
    const enterprise = await registerEnterprise(admin);
    const applicant = await peer.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    // On the peer, before: the provisional year (New Year's Day only).
    expect((await submitCase(applicant, enterprise.id, 'LISTING_COMPLIANCE_CHECK')).dueOn).toBe('2027-01-05');
    const { calendarYearSet } = await admin.data(CalendarYearSetDocument, {
      input: { year: 2027, offRanges: [{ from: '2027-01-01', to: '2027-01-04' }], workDays: ['2027-01-09'], source: 'Test notice for 2027' },
    });
    expect(calendarYearSet.movedDeadlines).toBe(2);
    // The very next submission on the peer counts on the notice, whether or not its notification has arrived.
    const after = await submitCase(applicant, enterprise.id, 'LISTING_COMPLIANCE_CHECK');
    expect(after).toMatchObject({ dueOn: '2027-01-06', dueOnProvisional: false });
    expect((await peer.client.data(WorkingDayDeadlineDocument, { from: '2026-12-30', days: 3 })).workingDayDeadline).toEqual({
      dueOn: '2027-01-06',
      provisional: false,
    });
  });
});

describe('an official year shipped with a new release', () => {
  const clock = new ManualClock(new Date(at('2026-09-29')));
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
  });
  afterAll(() => app?.stop());

  it('replaces the provisional year at start and corrects the deadlines counted on it', async () => {
    // As a release that did not ship 2026 would have left it: provisional.
    await app.services.orm.em.fork().getConnection().execute(`update calendar_year set status = 'PROVISIONAL' where year = 2026`);
    await app.services.calendar.load();
    const admin = await app.clientAs(Role.ADMIN);
    const enterprise = await registerEnterprise(admin);
    const applicant = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    // By the regulations: 30 September, then 1-3 October and the Monday for the Saturday off, then 6 and 7 October.
    const serviceCase = await submitCase(applicant, enterprise.id, 'LISTING_COMPLIANCE_CHECK');
    expect(serviceCase).toMatchObject({ dueOn: '2026-10-07', dueOnProvisional: true });

    // The next start finds the official 2026 in the release: 1-7 October off.
    await app.services.calendar.loadReferenceData(app.services);
    expect((await admin.data(CaseDocument, { id: serviceCase.id })).case).toMatchObject({ dueOn: '2026-10-09', dueOnProvisional: false });
    const { deadlineCorrections } = await admin.data(DeadlineCorrectionsDocument, { filter: { calendarYear: 2026 } });
    expect(deadlineCorrections.nodes.map((node) => [node.kind, node.previousDueOn, node.dueOn, node.requestId]).sort()).toEqual([
      ['one-matter.case.dueOn', '2026-10-07', '2026-10-09', 'reference-data'],
      ['one-matter.task.dueOn', '2026-10-07', '2026-10-09', 'reference-data'],
    ]);
  });
});
