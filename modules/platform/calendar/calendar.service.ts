import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { UserErrorCode, UserErrorCollector } from '../errors/user-error';
import officialCalendar from './cn-official-holidays.json';
import { CalendarYear } from './calendar-year.entity';
import { CalendarDay } from './calendar-day.entity';
import { CalendarYearSetInput } from './calendar.inputs';
import { WorkingDayCalendar, datesOf, isWeekend, type CalendarYearData } from './working-day-calendar';

/** Other instances may change the calendar; a short cache keeps them in step without a query per deadline. */
const CACHE_TTL_MS = 60_000;

export class CalendarService {
  private cached: { calendar: WorkingDayCalendar; loadedAt: number } | null = null;

  constructor(private readonly orm: MikroORM) {}

  async calendar(): Promise<WorkingDayCalendar> {
    if (this.cached && Date.now() - this.cached.loadedAt < CACHE_TTL_MS) return this.cached.calendar;
    const years = await this.orm.em.fork().find(CalendarYear, {}, { orderBy: { year: 'ASC' } });
    this.cached = { calendar: new WorkingDayCalendar(years), loadedAt: Date.now() };
    return this.cached.calendar;
  }

  /**
   * Adds the official years shipped with the platform that the database lacks (never overwriting an
   * administrator's edit), and lays out the days of any year whose calendar_day rows are missing.
   */
  async loadOfficialYears(): Promise<void> {
    const em = this.orm.em.fork() as EntityManager;
    const years = await em.find(CalendarYear, {});
    const existing = new Set(years.map((year) => year.year));
    for (const [year, data] of Object.entries(officialCalendar.years)) {
      if (existing.has(Number(year))) continue;
      const calendarYear = Object.assign(new CalendarYear(), {
        year: Number(year),
        offRanges: data.off.map(([from, to]) => ({ from, to })),
        workDays: data.work,
        source: officialCalendar.source,
      });
      em.persist(calendarYear);
      years.push(calendarYear);
    }
    const laidOut = await em.execute<Array<{ year: number }>>('select distinct year from calendar_day');
    const laidOutYears = new Set(laidOut.map((row) => Number(row.year)));
    for (const year of years) if (!laidOutYears.has(year.year)) await this.layOutDays(em, year);
    await em.flush();
    this.cached = null;
  }

  /** Replaces the calendar_day rows of a year from its holiday data. */
  private async layOutDays(em: EntityManager, year: CalendarYearData): Promise<void> {
    const calendar = new WorkingDayCalendar([year]);
    await em.nativeDelete(CalendarDay, { year: year.year });
    const days = datesOf({ from: `${year.year}-01-01`, to: `${year.year}-12-31` });
    await em.insertMany(CalendarDay, days.map((day) => ({ day, year: year.year, working: calendar.isWorkingDay(day) })));
  }

  async setYear(em: EntityManager, input: CalendarYearSetInput): Promise<CalendarYear> {
    const errors = new UserErrorCollector();
    const inYear = (date: string) => Number(date.slice(0, 4)) === input.year;
    if (input.year < 2000 || input.year > 2100) errors.add(['input', 'year'], UserErrorCode.OUT_OF_RANGE, 'The year must lie between 2000 and 2100.');
    if (!input.source.trim()) errors.add(['input', 'source'], UserErrorCode.BLANK, 'Say where the calendar comes from.');
    const offDays = new Set<string>();
    input.offRanges.forEach((range, index) => {
      if (range.from > range.to) {
        errors.add(['input', 'offRanges', String(index)], UserErrorCode.INVALID_RANGE, `${range.from} lies after ${range.to}.`);
      } else if (!inYear(range.from) || !inYear(range.to)) {
        errors.add(['input', 'offRanges', String(index)], UserErrorCode.OUT_OF_RANGE, `The range must lie within ${input.year}.`);
      } else {
        datesOf(range).forEach((date) => offDays.add(date));
      }
    });
    input.workDays.forEach((date, index) => {
      const field = ['input', 'workDays', String(index)];
      if (!inYear(date)) errors.add(field, UserErrorCode.OUT_OF_RANGE, `${date} does not lie within ${input.year}.`);
      else if (!isWeekend(date)) errors.add(field, UserErrorCode.NOT_A_WEEKEND, `${date} is a weekday and already a working day.`);
      else if (offDays.has(date)) errors.add(field, UserErrorCode.CONFLICT, `${date} is also inside a range of days off.`);
    });
    errors.throwIfAny();

    const year = (await em.findOne(CalendarYear, { year: input.year })) ?? Object.assign(new CalendarYear(), { year: input.year });
    year.offRanges = input.offRanges.map(({ from, to }) => ({ from, to }));
    year.workDays = [...new Set(input.workDays)].sort();
    year.source = input.source.trim();
    year.updatedAt = new Date();
    em.persist(year);
    await this.layOutDays(em, year);
    await em.flush();
    this.cached = null;
    return year;
  }
}
