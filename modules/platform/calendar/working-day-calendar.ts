import { GraphQLError } from 'graphql';

/**
 * The working-day rules of the official calendar: weekends are off, public holidays are off, and make-up
 * working days (调休) turn some weekend days into working days. Dates are local dates in Asia/Shanghai,
 * written YYYY-MM-DD. A year the State Council has not yet published is derived from the holiday regulations
 * and marked provisional; a year beyond the horizon, or before the regulations, is an error, never a guess.
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

/** Whether a year's days come from the State Council's notice or are derived from the regulations until then. */
export enum CalendarYearStatus {
  OFFICIAL = 'OFFICIAL',
  PROVISIONAL = 'PROVISIONAL',
}

/** A deadline with where its days came from: provisional when any day counted lies in a provisional year. */
export interface Deadline {
  dueOn: string;
  provisional: boolean;
}

export interface WorkingDayCalendarOptions {
  /** Derives a year without official data, or returns null where the rules do not reach. */
  provisionalYear?: (year: number) => CalendarYearData | null;
  /** The last year a provisional year may be derived for; later years stay missing until published. */
  horizonYear?: number;
}

interface YearDays {
  off: Set<string>;
  work: Set<string>;
  status: CalendarYearStatus;
}

function yearDays(data: CalendarYearData, status: CalendarYearStatus): YearDays {
  return { off: new Set(data.offRanges.flatMap(datesOf)), work: new Set(data.workDays), status };
}

const yearOf = (date: string) => Number(date.slice(0, 4));

export class WorkingDayCalendar {
  private readonly years = new Map<number, YearDays>();

  constructor(
    official: CalendarYearData[],
    private readonly options: WorkingDayCalendarOptions = {},
  ) {
    for (const year of official) this.years.set(year.year, yearDays(year, CalendarYearStatus.OFFICIAL));
  }

  get horizonYear(): number | undefined {
    return this.options.horizonYear;
  }

  /** The official years and the provisional years derived so far, in order. */
  get coveredYears(): number[] {
    return [...this.years.keys()].sort((a, b) => a - b);
  }

  /** OFFICIAL, PROVISIONAL, or null for a year the calendar cannot answer for. */
  statusOf(year: number): CalendarYearStatus | null {
    try {
      return this.year(year).status;
    } catch (error) {
      if (error instanceof CalendarYearMissingError) return null;
      throw error;
    }
  }

  private year(year: number): YearDays {
    const known = this.years.get(year);
    if (known) return known;
    const { provisionalYear, horizonYear } = this.options;
    const derived = provisionalYear && horizonYear !== undefined && year <= horizonYear ? provisionalYear(year) : null;
    if (!derived) throw new CalendarYearMissingError(year);
    const days = yearDays(derived, CalendarYearStatus.PROVISIONAL);
    this.years.set(year, days);
    return days;
  }

  isWorkingDay(date: string): boolean {
    const year = this.year(yearOf(date));
    if (year.work.has(date)) return true;
    if (year.off.has(date)) return false;
    return !isWeekend(date);
  }

  /** The n-th working day after `from` (n = 0 gives `from` itself, whose year must be known all the same). */
  addWorkingDays(from: string, days: number): string {
    if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a non-negative integer');
    this.year(yearOf(from));
    let day = parseLocalDate(from);
    for (let counted = 0; counted < days;) {
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
    this.year(yearOf(from));
    this.year(yearOf(to));
    let count = 0;
    for (let day = start + 1; day <= end; day++) if (this.isWorkingDay(formatEpochDay(day))) count++;
    return count;
  }

  /** Whether a day after `from` up to `to` lies in a provisional year: a deadline counted over them is an estimate. */
  isProvisionalBetween(from: string, to: string): boolean {
    const [first, last] = from <= to ? [from, to] : [to, from];
    for (let year = yearOf(formatEpochDay(parseLocalDate(first) + 1)); year <= yearOf(last); year++) {
      if (this.year(year).status === CalendarYearStatus.PROVISIONAL) return true;
    }
    return false;
  }

  /** The n-th working day after `from`, marked provisional when it was counted across a provisional year. */
  deadline(from: string, days: number): Deadline {
    const dueOn = this.addWorkingDays(from, days);
    return { dueOn, provisional: this.isProvisionalBetween(from, dueOn) };
  }

  /** A deadline shown beside a record, or null where the calendar does not reach (e.g. a decision from 2019). */
  deadlineIfCovered(from: string, days: number): Deadline | null {
    try {
      return this.deadline(from, days);
    } catch (error) {
      if (error instanceof CalendarYearMissingError) return null;
      throw error;
    }
  }
}

/**
 * A deadline counted on `previous` moved onto `current`, which differs from it in `year` only: the working days
 * it counted inside `year` and after are counted again from the last day before `year` (or from its own start,
 * when that lies later), so what it counted before `year` stands.
 */
export function correctedDueOn(previous: WorkingDayCalendar, current: WorkingDayCalendar, year: number, start: string, dueOn: string): string {
  if (dueOn < `${year}-01-01` || start > `${year}-12-31`) return dueOn;
  const anchor = start > `${year - 1}-12-31` ? start : `${year - 1}-12-31`;
  return current.addWorkingDays(anchor, previous.workingDaysBetween(anchor, dueOn));
}
