import { Role } from '../../modules/platform/auth/principal';
import { AddWorkingDaysDocument, CalendarYearSetDocument, CalendarYearsDocument, WorkingDaysBetweenDocument } from '../../schema/generated/graphql';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

describe('the working-day calendar through GraphQL', () => {
  let app: TestApp;
  let admin: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  it('ships the official years 2024 to 2026', async () => {
    const { calendarYears } = await app.client.data(CalendarYearsDocument);
    expect(calendarYears.map((year) => year.year)).toEqual([2024, 2025, 2026]);
    expect(calendarYears[2].workDays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  it('counts deadlines across the Spring Festival 2026 with its make-up days, for any caller', async () => {
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2026-02-12', days: 2 })).addWorkingDays).toBe('2026-02-14');
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2026-02-12', days: 3 })).addWorkingDays).toBe('2026-02-24');
    expect((await app.client.data(WorkingDaysBetweenDocument, { from: '2026-02-13', to: '2026-02-28' })).workingDaysBetween).toBe(6);
  });

  it('answers CALENDAR_YEAR_MISSING for a year without data, and BAD_USER_INPUT for bad arguments', async () => {
    const missing = await app.client.request(AddWorkingDaysDocument, { from: '2026-12-28', days: 10 });
    expect(errorCode(missing)).toBe('CALENDAR_YEAR_MISSING');
    expect(missing.errors?.[0].extensions?.year).toBe(2027);
    expect(errorCode(await app.client.request(AddWorkingDaysDocument, { from: '2026-03-01', days: -1 }))).toBe('BAD_USER_INPUT');
    const badDate = await app.client.request(AddWorkingDaysDocument, { from: '2026-02-30', days: 1 });
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
  });

  it('lets an ADMIN add the next year, after which deadlines cross into it', async () => {
    const { calendarYearSet } = await admin.data(CalendarYearSetDocument, {
      input: {
        year: 2027,
        offRanges: [{ from: '2027-01-01', to: '2027-01-03' }],
        workDays: ['2027-01-09'],
        source: 'Test notice for 2027',
      },
    });
    expect(calendarYearSet.userErrors).toEqual([]);
    // 2026-12-31 is a Thursday; Jan 1 (Fri) is off, Jan 4 (Mon) is the next working day.
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2026-12-31', days: 1 })).addWorkingDays).toBe('2027-01-04');
    expect((await app.client.data(AddWorkingDaysDocument, { from: '2027-01-08', days: 1 })).addWorkingDays).toBe('2027-01-09');
  });

  it('refuses inconsistent years with userErrors and keeps what was stored', async () => {
    const { calendarYearSet } = await admin.data(CalendarYearSetDocument, {
      input: {
        year: 2026,
        offRanges: [{ from: '2026-05-05', to: '2026-05-01' }, { from: '2025-12-31', to: '2026-01-02' }, { from: '2026-10-01', to: '2026-10-07' }],
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
