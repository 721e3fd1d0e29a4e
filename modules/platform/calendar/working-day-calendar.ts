import { GraphQLError } from 'graphql';

/**
 * The working-day rules of the official calendar: weekends are off, public holidays are off, and make-up
 * working days (调休) turn some weekend days into working days. Dates are local dates in Asia/Shanghai,
 * written YYYY-MM-DD. A year without data is an error, never a guess, because deadlines depend on it.
 */
export interface CalendarYearData {
  year: number;
  /** Inclusive ranges of days off. */
  offRanges: Array<{ from: string; to: string }>;
  /** Weekend days that are working days. */
  workDays: string[];
}

/** A GraphQL error as it stands: wherever a deadline meets a missing year, the client learns which year. */
export class CalendarYearMissingError extends GraphQLError {
  constructor(readonly year: number) {
    super(`The working-day calendar has no data for ${year}; an administrator must add that year.`, {
      extensions: { code: 'CALENDAR_YEAR_MISSING', year },
    });
  }
}

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function parseLocalDate(date: string): number {
  if (!DATE_PATTERN.test(date)) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const epochDay = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
  if (formatEpochDay(epochDay) !== date) throw new RangeError(`Not a calendar date: ${date}`);
  return epochDay;
}

export function formatEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekend(date: string): boolean {
  const weekday = new Date(parseLocalDate(date) * DAY_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** Every date of an inclusive range. */
export function datesOf(range: { from: string; to: string }): string[] {
  const dates: string[] = [];
  for (let day = parseLocalDate(range.from); day <= parseLocalDate(range.to); day++) dates.push(formatEpochDay(day));
  return dates;
}

const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The local date in the county (Asia/Shanghai) of an instant. */
export function localDateInShanghai(instant: Date): string {
  return shanghaiDate.format(instant);
}

export class WorkingDayCalendar {
  private readonly years = new Map<number, { off: Set<string>; work: Set<string> }>();

  constructor(data: CalendarYearData[]) {
    for (const year of data) {
      this.years.set(year.year, { off: new Set(year.offRanges.flatMap(datesOf)), work: new Set(year.workDays) });
    }
  }

  get coveredYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  isWorkingDay(date: string): boolean {
    const year = this.years.get(Number(date.slice(0, 4)));
    if (!year) throw new CalendarYearMissingError(Number(date.slice(0, 4)));
    if (year.work.has(date)) return true;
    if (year.off.has(date)) return false;
    return !isWeekend(date);
  }

  /** The n-th working day after `from` (n = 0 gives `from` itself). */
  addWorkingDays(from: string, days: number): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a non-negative integer');
    let day = parseLocalDate(from);
    for (let counted = 0; counted < days; ) {
      day++;
      if (this.isWorkingDay(formatEpochDay(day))) counted++;
    }
    return formatEpochDay(day);
  }

  /** Working days after `from` up to and including `to`; negative when `to` precedes `from`. */
  workingDaysBetween(from: string, to: string): number {
    const start = parseLocalDate(from);
    const end = parseLocalDate(to);
    if (end < start) return -this.workingDaysBetween(to, from);
    let count = 0;
    for (let day = start + 1; day <= end; day++) if (this.isWorkingDay(formatEpochDay(day))) count++;
    return count;
  }
}
