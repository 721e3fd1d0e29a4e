import officialCalendar from './cn-official-holidays.json';
import { CalendarYearMissingError, WorkingDayCalendar, formatEpochDay, localDateInShanghai, parseLocalDate } from './working-day-calendar';

const calendar = new WorkingDayCalendar(
  Object.entries(officialCalendar.years).map(([year, data]) => ({
    year: Number(year),
    offRanges: data.off.map(([from, to]) => ({ from, to })),
    workDays: data.work,
  })),
);

describe('the official working-day calendar', () => {
  it('treats weekdays as working days and weekends as days off', () => {
    expect(calendar.isWorkingDay('2026-03-10')).toBe(true); // Tuesday
    expect(calendar.isWorkingDay('2026-03-14')).toBe(false); // Saturday
  });

  it('takes public holidays off and turns make-up weekend days into working days (Spring Festival 2026)', () => {
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Monday in the holiday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday make-up day
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true); // Saturday make-up day
  });

  it('adds working days across the Spring Festival of 2026', () => {
    expect(calendar.addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(calendar.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-13', 5)).toBe('2026-02-27');
    expect(calendar.addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
  });

  it('adds working days across National Day 2025, with the Sunday make-up day before it', () => {
    expect(calendar.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays('2025-09-30', 1)).toBe('2025-10-09');
    expect(calendar.addWorkingDays('2025-10-10', 1)).toBe('2025-10-11');
  });

  it('counts working days after the start up to and including the end', () => {
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
    expect(calendar.workingDaysBetween('2026-02-28', '2026-02-13')).toBe(-6);
    expect(calendar.workingDaysBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(calendar.addWorkingDays('2026-03-10', 0)).toBe('2026-03-10');
  });

  it('keeps workingDaysBetween(d, addWorkingDays(d, n)) = n on every day of 2024 and 2025', () => {
    for (let day = parseLocalDate('2024-01-01'); day <= parseLocalDate('2025-12-31'); day++) {
      const date = formatEpochDay(day);
      for (const n of [1, 3, 5, 20]) expect(calendar.workingDaysBetween(date, calendar.addWorkingDays(date, n))).toBe(n);
    }
  });

  it('counts the 248 working days of 2025 (261 weekdays, 18 of them holidays, 5 make-up days)', () => {
    expect(calendar.workingDaysBetween('2024-12-31', '2025-12-31')).toBe(248);
  });

  it('refuses to guess a year it has no data for', () => {
    expect(() => calendar.addWorkingDays('2026-12-30', 5)).toThrow(CalendarYearMissingError);
    expect(() => calendar.isWorkingDay('2023-06-01')).toThrow('no data for 2023');
  });

  it('rejects dates that do not exist', () => {
    expect(() => parseLocalDate('2026-02-29')).toThrow(RangeError);
    expect(() => parseLocalDate('2026-2-1')).toThrow(RangeError);
  });

  it('reads the local date in Asia/Shanghai', () => {
    expect(localDateInShanghai(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01');
    expect(localDateInShanghai(new Date('2026-01-31T15:59:59Z'))).toBe('2026-01-31');
  });
});
