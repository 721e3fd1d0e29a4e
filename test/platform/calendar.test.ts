import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  AddWorkingDaysDocument,
  CalendarYearSetDocument,
  CalendarYearsDocument,
  WorkingDayDeadlineDocument,
  WorkingDaysBetweenDocument,
} from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { at } from '../support/one-matter';
import { TestApp } from '../support/test-app';

describe('the working-day calendar through GraphQL', () => {
  // Business time at the end of November 2026: 2027 and 2028 are provisional, 2029 lies beyond the horizon.
  const clock = new ManualClock(new Date(at('2026-11-29')));
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  it('ships the official years 2024 to 2026 and derives the next two as provisional', async () => {
    const { calendarYears } = await app.client.data(CalendarYearsDocument);
    expect(calendarYears.map((year) => [year.year, year.status])).toEqual([
      [2024, 'OFFICIAL'],
      [2025, 'OFFICIAL'],
      [2026, 'OFFICIAL'],
      [2027, 'PROVISIONAL'],
      [2028, 'PROVISIONAL'],
    ]);
    expect(calendarYears[2].workDays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    const provisional = calendarYears[3];
    expect(provisional.source).toContain('全国年节及纪念日放假办法');
    expect(provisional.workDays).toEqual([]);
    expect(provisional.offRanges).toContainEqual({ from: '2027-02-05', to: '2027-02-10' });
    expect(provisional.offRanges).toContainEqual({ from: '2027-10-01', to: '2027-10-05' });
  });

  it('counts deadlines across the Spring Festival 2026 with its make-up days, for any caller', async () => {
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2026-02-12', days: 2 })).addWorkingDays).toBe('2026-02-14');
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2026-02-12', days: 3 })).addWorkingDays).toBe('2026-02-24');
    expect((await app.client.data(WorkingDaysBetweenDocument, { from: '2026-02-13', to: '2026-02-28' })).workingDaysBetween).toBe(6);
  });

  it('says whether a deadline rests on a provisional year', async () => {
    expect((await app.client.data(WorkingDayDeadlineDocument, { from: '2026-12-30', days: 3 })).workingDayDeadline).toEqual({
      dueOn: '2027-01-05',
      provisional: true,
    });
    expect((await app.client.data(WorkingDayDeadlineDocument, { from: '2026-12-01', days: 3 })).workingDayDeadline).toEqual({
      dueOn: '2026-12-04',
      provisional: false,
    });
  });

  it('answers with no-store, since answers depend on the caller', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ calendarYears { year } }' }),
    });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('counts into the provisional year instead of refusing', async () => {
    // New Year's Day 2027 is a Friday: the next working day after 31 December is Monday 4 January.
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2026-12-31', days: 1 })).addWorkingDays).toBe('2027-01-04');
    // Spring Festival 2027: Friday 5 to Monday 8 February, and Tuesday and Wednesday for the weekend days.
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2027-02-04', days: 1 })).addWorkingDays).toBe('2027-02-11');
    // Qingming 2028 falls on Tuesday 4 April, the day of the solar term.
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2028-04-03', days: 1 })).addWorkingDays).toBe('2028-04-05');
  });

  it('answers CALENDAR_YEAR_MISSING beyond the horizon and before the regulations, for every call', async () => {
    const beyond = await app.client.request(AddWorkingDaysDocument, { from: '2028-12-28', days: 10 });
    expect(errorCode(beyond)).toBe('CALENDAR_YEAR_MISSING');
    expect(beyond.errors?.[0].extensions?.year).toBe(2029);
    expect(errorCode(await app.client.request(AddWorkingDaysDocument, { from: '2029-03-01', days: 0 }))).toBe('CALENDAR_YEAR_MISSING');
    expect(errorCode(await app.client.request(WorkingDaysBetweenDocument, { from: '2023-06-01', to: '2023-06-01' }))).toBe('CALENDAR_YEAR_MISSING');
    expect(errorCode(await app.client.request(AddWorkingDaysDocument, { from: '2026-03-01', days: -1 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await app.client.request(AddWorkingDaysDocument, { from: '2026-02-30', days: 1 }))).toBe('BAD_USER_INPUT');
  });

  it('moves the horizon with time', async () => {
    clock.set(at('2027-01-04'));
    try {
      expect((await app.client.data(AddWorkingDaysDocument, { from: '2029-03-01', days: 0 })).addWorkingDays).toBe('2029-03-01');
      expect(errorCode(await app.client.request(AddWorkingDaysDocument, { from: '2030-03-01', days: 0 }))).toBe('CALENDAR_YEAR_MISSING');
    } finally {
      clock.set(at('2026-11-29'));
    }
  });

  it('lets an ADMIN load the official year, which replaces the provisional one', async () => {
    const { calendarYearSet } = await admin.data(CalendarYearSetDocument, {
      input: {
        year: 2027,
        offRanges: [{ from: '2027-01-01', to: '2027-01-03' }],
        workDays: ['2027-01-09'],
        source: 'Test notice for 2027',
      },
    });
    expect(calendarYearSet.userErrors).toEqual([]);
    expect(calendarYearSet.calendarYear?.status).toBe('OFFICIAL');
    expect(calendarYearSet.movedDeadlines).toBe(0);
    // 2026-12-31 is a Thursday; Jan 1 (Fri) is off, Jan 4 (Mon) is the next working day.
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2026-12-31', days: 1 })).addWorkingDays).toBe('2027-01-04');
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2027-01-08', days: 1 })).addWorkingDays).toBe('2027-01-09');
    // The test notice has no Spring Festival: the provisional days off are gone with the provisional year.
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2027-02-04', days: 1 })).addWorkingDays).toBe('2027-02-05');
    const { calendarYears } = await app.client.data(CalendarYearsDocument);
    expect(calendarYears.find((year) => year.year === 2027)).toMatchObject({ status: 'OFFICIAL', source: 'Test notice for 2027' });
  });

  it('lays out provisional days for SQL reports, flagged, and official days unflagged', async () => {
    const rows = await app.services.orm.em
      .fork()
      .getConnection()
      .execute(
        `select year, bool_and(provisional) as provisional, count(*) filter (where not working)::int as off from calendar_day where year in (2027, 2028) group by year order by year`,
      );
    expect(rows).toEqual([
      { year: 2027, provisional: false, off: expect.any(Number) },
      { year: 2028, provisional: true, off: expect.any(Number) },
    ]);
  });

  it('refuses inconsistent years with userErrors and keeps what was stored', async () => {
    const { calendarYearSet } = await admin.data(CalendarYearSetDocument, {
      input: {
        year: 2026,
        offRanges: [
          { from: '2026-05-05', to: '2026-05-01' },
          { from: '2025-12-31', to: '2026-01-02' },
          { from: '2026-10-01', to: '2026-10-07' },
        ],
        workDays: ['2026-03-10', '2027-01-02', '2026-10-03'],
        source: 'broken',
      },
    });
    expect(calendarYearSet.calendarYear).toBeNull();
    expect(calendarYearSet.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([
      ['input.offRanges.0', 'INVALID_RANGE'],
      ['input.offRanges.1', 'OUT_OF_RANGE'],
      ['input.workDays.0', 'NOT_A_WEEKEND'],
      ['input.workDays.1', 'OUT_OF_RANGE'],
      ['input.workDays.2', 'CONFLICT'],
    ]);
    const { calendarYears } = await app.client.data(CalendarYearsDocument);
    expect(calendarYears.find((year) => year.year === 2026)?.source).toMatch(/State Council/);
  });

  it('lets only an ADMIN change the calendar', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'tax' });
    const input = { year: 2030, offRanges: [], workDays: [], source: 'x' };
    expect(errorCode(await officer.request(CalendarYearSetDocument, { input }))).toBe('FORBIDDEN');
    expect(errorCode(await app.client.request(CalendarYearSetDocument, { input }))).toBe('UNAUTHENTICATED');
  });
});
