import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { UserErrorCode, UserErrorCollector } from '../errors/user-error';
import type { PlatformServices } from '../context';
import type { Logger } from '../logger';
import { ChangeNotifications } from '../database/change-notifications';
import { today, type Clock } from '../clock';
import officialCalendar from './cn-official-holidays.json';
import { CalendarYear } from './calendar-year.entity';
import { CalendarDay } from './calendar-day.entity';
import { CalendarYearSetInput } from './calendar.inputs';
import { calendarYearReplaced, provisionalDeadlinesCounted, type MovedDeadline, type ProvisionalDeadlineCount } from './calendar.events';
import { DeadlineCorrection } from './deadline-correction.entity';
import { HOLIDAY_REGULATIONS, canDeriveYear, deriveProvisionalYear } from './provisional-year';
import { CalendarYearStatus, WorkingDayCalendar, datesOf, isWeekend, type CalendarYearData } from './working-day-calendar';

/** Instances tell each other that the official calendar changed; PostgreSQL delivers it only on commit. */
const CHANGED_CHANNEL = 'calendar_changed';

/**
 * Serialises writers of the calendar across instances (starts, the coverage job, calendarYearSet) until commit.
 * Transactions that count deadlines hold the same lock shared: a year is never replaced while one of them counts
 * on it, and one that starts meanwhile waits and then counts on the new year.
 */
async function lockCalendar(em: EntityManager): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock(hashtext('calendar.write'))`);
}

/** Identifies the official years as stored: their number and the last time one was set. */
const REVISION_SQL = `select count(*)::int || ':' || coalesce(extract(epoch from max(updated_at))::text, '') as revision from calendar_year where status = 'OFFICIAL'`;

/** The years that have their calendar_day rows. */
async function laidOutYears(em: EntityManager): Promise<Set<number>> {
  return new Set((await em.execute<Array<{ year: number }>>('select distinct year from calendar_day')).map((row) => Number(row.year)));
}

const toData = (year: CalendarYear): CalendarYearData => ({ year: year.year, offRanges: year.offRanges, workDays: year.workDays });

/** The official years, and provisional years derived from the regulations up to the horizon. */
export function buildCalendar(official: CalendarYearData[], horizonYear: number): WorkingDayCalendar {
  return new WorkingDayCalendar(official, {
    horizonYear,
    provisionalYear: (year) => (canDeriveYear(year) ? deriveProvisionalYear(year) : null),
  });
}

export interface CalendarYearSetResult {
  calendarYear: CalendarYear;
  moved: MovedDeadline[];
  /** The official years after the change, to install once the transaction has committed. */
  committed: { official: CalendarYearData[]; revision: string };
}

/**
 * Keeps the working-day calendar in memory: loaded at start, reloaded after a change here and when another
 * instance announces one. Answering never queries, so a transaction that counts a deadline never waits for a
 * second pooled connection.
 */
export class CalendarService {
  private official: CalendarYearData[] | null = null;
  private revision: string | null = null;
  private built: WorkingDayCalendar | null = null;
  private loading: Promise<void> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly clock: Clock,
    private readonly horizonYears: number,
    logger: Logger,
    notifications: ChangeNotifications,
  ) {
    // Another instance changed the official years, or notifications may have been missed: read them again.
    const reload = () => void this.load().catch((error: unknown) => logger.error({ err: error }, 'reloading the working-day calendar failed'));
    notifications.on(CHANGED_CHANNEL, reload);
    notifications.onReconnect(reload);
  }

  /** The last year a provisional year is derived for: the current year plus CALENDAR_HORIZON_YEARS. */
  horizonYear(): number {
    return Number(today(this.clock).slice(0, 4)) + this.horizonYears;
  }

  calendar(): WorkingDayCalendar {
    if (!this.official) throw new Error('The working-day calendar is not loaded: the platform loads it at start.');
    const horizonYear = this.horizonYear();
    if (this.built?.horizonYear !== horizonYear) this.built = buildCalendar(this.official, horizonYear);
    return this.built;
  }

  /** Puts a committed state of the official years in force on this instance. */
  install({ official, revision }: { official: CalendarYearData[]; revision: string }): void {
    this.official = official;
    this.revision = revision;
    this.built = null;
  }

  /** Reads the official years through `em`, with the revision they carry. */
  private async read(em: EntityManager): Promise<{ official: CalendarYearData[]; revision: string }> {
    const [{ revision }] = await em.execute<Array<{ revision: string }>>(REVISION_SQL);
    const years = await em.find(CalendarYear, { status: CalendarYearStatus.OFFICIAL }, { orderBy: { year: 'ASC' } });
    return { official: years.map(toData), revision };
  }

  /** Reads the official years; at start, and off the request path after a change. Loads run one after another. */
  load(): Promise<void> {
    this.loading = this.loading
      .catch(() => undefined)
      .then(async () => {
        this.install(await this.read(this.orm.em.fork() as EntityManager));
      });
    return this.loading;
  }

  /**
   * The calendar for a transaction that stores deadlines: holds the calendar lock shared until commit, and reads
   * the official years through the transaction when they changed since this instance loaded them, so that no
   * deadline is counted on a year that is being, or has just been, replaced. Call it before taking row locks.
   */
  async forDeadlines(em: EntityManager): Promise<WorkingDayCalendar> {
    const [{ revision }] = await em.execute<Array<{ revision: string }>>(
      `select pg_advisory_xact_lock_shared(hashtext('calendar.write')), (${REVISION_SQL}) as revision`,
    );
    if (revision !== this.revision) this.install(await this.read(em));
    return this.calendar();
  }

  /**
   * Reference data at start: adds the official years shipped with the platform that the database lacks (never
   * overwriting an administrator's edit), lays out the days of any official year that lacks them and the
   * provisional years up to the horizon, then loads.
   */
  async loadReferenceData(platform: PlatformServices): Promise<void> {
    await this.orm.em.fork().transactional(async (em) => {
      await lockCalendar(em as EntityManager);
      const existing = await em.find(CalendarYear, { status: CalendarYearStatus.OFFICIAL });
      const laidOut = await laidOutYears(em as EntityManager);
      for (const year of existing) if (!laidOut.has(year.year)) await this.store(em as EntityManager, year);
      const existingYears = new Set(existing.map((year) => year.year));
      for (const [year, data] of Object.entries(officialCalendar.years)) {
        if (existingYears.has(Number(year))) continue;
        // A year shipped with a new release replaces its provisional year as calendarYearSet would: deadlines recounted.
        const offRanges = data.off.map(([from, to]) => ({ from, to }));
        await this.replaceYear(
          em as EntityManager,
          { year: Number(year), offRanges, workDays: data.work, source: officialCalendar.source },
          platform,
          'reference-data',
        );
      }
      await this.layOutProvisionalYears(em as EntityManager);
    });
    await this.load();
  }

  /**
   * Stores, for every year from the regulations' first to the horizon that has no official data, the year as the
   * regulations derive it, with its calendar_day rows; provisional years past the horizon are removed. Rows that
   * already match are left alone.
   */
  async layOutProvisionalYears(em: EntityManager): Promise<number[]> {
    await lockCalendar(em);
    const horizonYear = this.horizonYear();
    const stored = new Map((await em.find(CalendarYear, {})).map((year) => [year.year, year]));
    const laidOut = await laidOutYears(em);
    const provisional: number[] = [];
    for (let year = HOLIDAY_REGULATIONS.inForceFrom; year <= horizonYear; year++) {
      const current = stored.get(year);
      if (current?.status === CalendarYearStatus.OFFICIAL) continue;
      provisional.push(year);
      const derived = deriveProvisionalYear(year);
      const unchanged = current && current.source === derived.source && JSON.stringify(current.offRanges) === JSON.stringify(derived.offRanges);
      if (unchanged && laidOut.has(year)) continue;
      await this.store(em, { ...derived, status: CalendarYearStatus.PROVISIONAL });
    }
    const beyond = [...stored.values()].filter((year) => year.status === CalendarYearStatus.PROVISIONAL && year.year > horizonYear);
    for (const year of beyond) {
      await em.nativeDelete(CalendarDay, { year: year.year });
      await em.nativeDelete(CalendarYear, { year: year.year });
    }
    return provisional;
  }

  /** Writes a year and replaces its calendar_day rows. */
  private async store(em: EntityManager, data: CalendarYearData & { source: string; status: CalendarYearStatus }): Promise<CalendarYear> {
    const year = (await em.findOne(CalendarYear, { year: data.year })) ?? Object.assign(new CalendarYear(), { year: data.year });
    Object.assign(year, {
      offRanges: data.offRanges.map(({ from, to }) => ({ from, to })),
      workDays: [...new Set(data.workDays)].sort(),
      source: data.source,
      status: data.status,
      updatedAt: new Date(),
    });
    em.persist(year);
    const calendar = new WorkingDayCalendar([year]);
    const provisional = data.status === CalendarYearStatus.PROVISIONAL;
    await em.nativeDelete(CalendarDay, { year: data.year });
    const days = datesOf({ from: `${data.year}-01-01`, to: `${data.year}-12-31` });
    await em.insertMany(
      CalendarDay,
      days.map((day) => ({ day, year: data.year, working: calendar.isWorkingDay(day), provisional })),
    );
    await em.flush();
    return year;
  }

  /**
   * Loads an official year, and in the same transaction counts again every open deadline that reaches into it
   * (the modules that store deadlines subscribe to calendarYearReplaced), recording each that moved.
   */
  async setYear(
    em: EntityManager,
    input: CalendarYearSetInput,
    platform: PlatformServices,
    requestId: string | null,
  ): Promise<CalendarYearSetResult> {
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

    return this.replaceYear(em, { ...input, source: input.source.trim() }, platform, requestId);
  }

  /**
   * Stores an official year and, in the same transaction, has the modules that keep deadlines count again the open
   * ones that reach into it (calendarYearReplaced), recording each that moved; other instances hear of it on commit.
   */
  private async replaceYear(
    em: EntityManager,
    data: CalendarYearData & { source: string },
    platform: PlatformServices,
    requestId: string | null,
  ): Promise<CalendarYearSetResult> {
    // One change at a time across instances, each counting deadlines on the calendar the previous one left.
    await lockCalendar(em);
    const horizonYear = this.horizonYear();
    const previous = buildCalendar((await this.read(em)).official, horizonYear);
    const calendarYear = await this.store(em, { ...data, status: CalendarYearStatus.OFFICIAL });
    const committed = await this.read(em);
    const current = buildCalendar(committed.official, horizonYear);

    const replies = await platform.events.publish(
      calendarYearReplaced,
      { year: data.year, previous, current, today: today(this.clock) },
      { em, platform },
    );
    const moved = replies.flat();
    if (moved.length > 0) {
      await em.insertMany(
        DeadlineCorrection,
        moved.map((deadline) => Object.assign(new DeadlineCorrection(), { ...deadline, calendarYear: data.year, requestId })),
      );
    }
    await ChangeNotifications.notify(em, CHANGED_CHANNEL, String(data.year));
    return { calendarYear, moved, committed };
  }

  /** How many open deadlines rest on a provisional year, per kind, as the modules that keep them count. */
  async countProvisionalDeadlines(platform: PlatformServices, years: number[]): Promise<ProvisionalDeadlineCount[]> {
    return this.orm.em
      .fork()
      .transactional(async (em) =>
        (await platform.events.publish(provisionalDeadlinesCounted, { years }, { em: em as EntityManager, platform })).flat(),
      );
  }
}
