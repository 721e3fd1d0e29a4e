import officialCalendar from './cn-official-holidays.json';
import { canDeriveYear, deriveProvisionalYear, type HolidayRegulations } from './provisional-year';
import { CalendarYearMissingError, CalendarYearStatus, WorkingDayCalendar, correctedDueOn, type CalendarYearData } from './working-day-calendar';
import { HOLIDAY_REGULATIONS } from './provisional-year';

const official: CalendarYearData[] = Object.entries(officialCalendar.years).map(([year, data]) => ({
  year: Number(year),
  offRanges: data.off.map(([from, to]) => ({ from, to })),
  workDays: data.work,
}));
const officialCalendarOf = new WorkingDayCalendar(official);

const holiday = (year: number, name: string) => deriveProvisionalYear(year).holidays.find((candidate) => candidate.name === name)!;

describe('provisional years from the national holiday regulations', () => {
  it('places the lunar New Year and the Spring Festival from the Chinese calendar', () => {
    for (const [year, newYear, eve] of [
      [2025, '2025-01-29', '2025-01-28'],
      [2026, '2026-02-17', '2026-02-16'],
      [2027, '2027-02-06', '2027-02-05'],
      [2028, '2028-01-26', '2028-01-25'],
    ] as const) {
      const spring = holiday(year, 'Spring Festival');
      expect(spring.statutoryDays[0]).toBe(eve);
      expect(spring.statutoryDays[1]).toBe(newYear);
      expect(spring.statutoryDays).toHaveLength(4);
    }
  });

  it('places Qingming on the day of the solar term, not on a fixed date', () => {
    expect(holiday(2026, 'Qingming Festival').statutoryDays).toEqual(['2026-04-05']);
    expect(holiday(2025, 'Qingming Festival').statutoryDays).toEqual(['2025-04-04']);
    expect(holiday(2028, 'Qingming Festival').statutoryDays).toEqual(['2028-04-04']);
  });

  it('places the Dragon Boat and Mid-Autumn festivals on their lunar dates', () => {
    expect(holiday(2026, 'Dragon Boat Festival').statutoryDays).toEqual(['2026-06-19']);
    expect(holiday(2026, 'Mid-Autumn Festival').statutoryDays).toEqual(['2026-09-25']);
    expect(holiday(2027, 'Mid-Autumn Festival').statutoryDays).toEqual(['2027-09-15']);
  });

  it('counts thirteen statutory days a year', () => {
    for (const year of [2025, 2026, 2027, 2030]) {
      expect(deriveProvisionalYear(year).holidays.flatMap((entry) => entry.statutoryDays)).toHaveLength(13);
    }
  });

  it('gives a working day off after the run for each statutory day on a weekend (补假)', () => {
    // 2027: the Spring Festival's Saturday and Sunday are given back on Tuesday and Wednesday.
    expect(holiday(2027, 'Spring Festival')).toMatchObject({
      statutoryDays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08'],
      compensatoryDays: ['2027-02-09', '2027-02-10'],
    });
    // National Day 2027 runs Friday to Sunday: Monday and Tuesday are given back.
    expect(holiday(2027, 'National Day').compensatoryDays).toEqual(['2027-10-04', '2027-10-05']);
    // Qingming 2026 on a Sunday: Monday off.
    expect(holiday(2026, 'Qingming Festival').compensatoryDays).toEqual(['2026-04-06']);
    expect(holiday(2026, "New Year's Day").compensatoryDays).toEqual([]);
  });

  it('has no make-up working days, which only a notice can set', () => {
    expect(deriveProvisionalYear(2027).workDays).toEqual([]);
  });

  it('lands every statutory day and every 补假 day of 2025 and 2026 on a day off of the official arrangement', () => {
    for (const year of [2025, 2026]) {
      const days = deriveProvisionalYear(year).holidays.flatMap((entry) => [...entry.statutoryDays, ...entry.compensatoryDays]);
      for (const day of days) expect([day, officialCalendarOf.isWorkingDay(day)]).toEqual([day, false]);
    }
  });

  it('names the regulation it was derived from', () => {
    expect(deriveProvisionalYear(2027).source).toContain('全国年节及纪念日放假办法');
  });

  it('reads the rules as data, so that an amendment is one edit', () => {
    const amended: HolidayRegulations = {
      ...HOLIDAY_REGULATIONS,
      holidays: HOLIDAY_REGULATIONS.holidays.map((rule) => (rule.name === 'Labour Day' ? { ...rule, days: 3 } : rule)),
    };
    expect(deriveProvisionalYear(2027, amended).holidays.find((entry) => entry.name === 'Labour Day')?.statutoryDays).toEqual([
      '2027-05-01',
      '2027-05-02',
      '2027-05-03',
    ]);
  });

  it('derives no year before the regulations came into force', () => {
    expect(canDeriveYear(2024)).toBe(false);
    expect(() => deriveProvisionalYear(2024)).toThrow(RangeError);
  });
});

describe('the calendar with provisional years up to a horizon', () => {
  const calendar = new WorkingDayCalendar(official, {
    horizonYear: 2028,
    provisionalYear: (year) => (canDeriveYear(year) ? deriveProvisionalYear(year) : null),
  });

  it('answers for provisional years and says so', () => {
    expect(calendar.statusOf(2026)).toBe(CalendarYearStatus.OFFICIAL);
    expect(calendar.statusOf(2027)).toBe(CalendarYearStatus.PROVISIONAL);
    expect(calendar.statusOf(2029)).toBeNull();
    expect(calendar.statusOf(2023)).toBeNull();
    expect(calendar.deadline('2026-12-30', 3)).toEqual({ dueOn: '2027-01-05', provisional: true });
    expect(calendar.deadline('2026-12-01', 3)).toEqual({ dueOn: '2026-12-04', provisional: false });
  });

  it('keeps years beyond the horizon and before the regulations missing, for every call', () => {
    expect(() => calendar.addWorkingDays('2028-12-29', 5)).toThrow(CalendarYearMissingError);
    expect(() => calendar.addWorkingDays('2029-03-01', 0)).toThrow(CalendarYearMissingError);
    expect(() => calendar.workingDaysBetween('2023-05-05', '2023-05-05')).toThrow(CalendarYearMissingError);
  });

  it('moves a deadline onto the official year by the working days it counted in that year', () => {
    const published = new WorkingDayCalendar(
      [...official, { year: 2027, offRanges: [{ from: '2027-01-01', to: '2027-01-04' }], workDays: ['2027-01-09'] }],
      { horizonYear: 2028 },
    );
    // Counted on the provisional year: 31 Dec, 4 Jan, 5 Jan. Published: 4 Jan is off as well.
    expect(correctedDueOn(calendar, published, 2027, '2026-12-30', '2027-01-05')).toBe('2027-01-06');
    // Begun inside the year: counted from its own start.
    expect(correctedDueOn(calendar, published, 2027, '2027-01-05', calendar.addWorkingDays('2027-01-05', 3))).toBe(
      published.addWorkingDays('2027-01-05', 3),
    );
    // A deadline that does not reach into the year stays.
    expect(correctedDueOn(calendar, published, 2027, '2026-12-01', '2026-12-04')).toBe('2026-12-04');
  });
});
