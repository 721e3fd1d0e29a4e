import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext, PlatformServices } from '../platform/context';
import { UserErrorCode, UserErrorCollector } from '../platform/errors/user-error';
import { ServiceWindow } from './service-window.entity';
import { WindowBonus, WindowRating } from './window-rating.entity';
import { scoreWindowMonth, type WindowMonthFigures } from './window-rating.rules';

export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MAX_BONUS = 20;

/** The first day of a month and of the month after it. */
export function monthRange(month: string): { start: string; end: string } {
  const [, year, monthNumber] = MONTH.exec(month)!;
  const next = Number(monthNumber) === 12 ? `${Number(year) + 1}-01` : `${year}-${String(Number(monthNumber) + 1).padStart(2, '0')}`;
  return { start: `${month}-01`, end: `${next}-01` };
}

/** The month before the one a local date falls in. */
export function previousMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

interface FigureRow {
  window_id: string;
  cases_completed: number;
  cases_on_time: number;
  reviews: number;
  satisfied_reviews: number;
  rectifications: number;
  overdue: number;
  bonus_points: number;
}

/**
 * One statement gathers every window's month from cases submitted at it: completions and their timeliness,
 * reviews given, rectifications opened, overdue with responsibility recorded, and bonus points.
 */
const FIGURES_SQL = `
  with window_cases as (
    select c.id, c.window_id, c.state, c.overdue, c.finished_on from service_case c
     where c.channel = 'WINDOW' and c.window_id is not null
  ),
  month_reviews as (
    select wc.window_id, r.id, r.score from review r join window_cases wc on wc.id = r.case_id
     where (r.reviewed_at at time zone 'Asia/Shanghai')::date >= ?::date and (r.reviewed_at at time zone 'Asia/Shanghai')::date < ?::date
  )
  select w.id as window_id,
    (select count(*) from window_cases wc where wc.window_id = w.id and wc.state = 'COMPLETED' and wc.finished_on >= ?::date and wc.finished_on < ?::date)::int as cases_completed,
    (select count(*) from window_cases wc where wc.window_id = w.id and wc.state = 'COMPLETED' and not wc.overdue and wc.finished_on >= ?::date and wc.finished_on < ?::date)::int as cases_on_time,
    (select count(*) from month_reviews mr where mr.window_id = w.id)::int as reviews,
    (select count(*) from month_reviews mr where mr.window_id = w.id and mr.score >= 3)::int as satisfied_reviews,
    (select count(*) from month_reviews mr join rectification x on x.review_id = mr.id where mr.window_id = w.id)::int as rectifications,
    (select count(*) from overdue_record o join task t on t.id = o.task_id join window_cases wc on wc.id = t.case_id
      where wc.window_id = w.id and o.recorded_on >= ?::date and o.recorded_on < ?::date)::int as overdue,
    (select coalesce(sum(b.points), 0) from window_bonus b where b.window_id = w.id and b.month = ?)::int as bonus_points
  from service_window w`;

export class WindowRatingService {
  constructor(private readonly platform: PlatformServices) {}

  static checkMonth(month: string, field: string[], errors: UserErrorCollector): void {
    if (!MONTH.test(month)) errors.add(field, UserErrorCode.INVALID_FORMAT, 'A month is written YYYY-MM, e.g. 2026-10.');
  }

  /**
   * Computes and publishes every window's rating for a month, replacing an earlier publication of it. Publications
   * of one month queue up behind a transaction-scoped lock: each replaces the one before it whole, so that
   * simultaneous ones end as the same publications in turn would, never on the (window, month) unique index
   * (under READ COMMITTED, every statement after the lock sees what the publication before it committed).
   */
  async publish(em: EntityManager, month: string): Promise<WindowRating[]> {
    const errors = new UserErrorCollector();
    WindowRatingService.checkMonth(month, ['input', 'month'], errors);
    errors.throwIfAny();
    await em.execute('select pg_advisory_xact_lock(hashtext(?)) as locked', [`window_rating:${month}`]);
    const { start, end } = monthRange(month);
    const rows = await em.execute<FigureRow[]>(FIGURES_SQL, [start, end, start, end, start, end, start, end, month]);
    const publishedAt = this.platform.clock.now();
    await em.nativeDelete(WindowRating, { month });
    const ratings = rows.map((row) => {
      const figures: WindowMonthFigures = {
        casesCompleted: row.cases_completed,
        casesOnTime: row.cases_on_time,
        reviews: row.reviews,
        satisfiedReviews: row.satisfied_reviews,
        rectifications: row.rectifications,
        overdueWithResponsibility: row.overdue,
        bonusPoints: row.bonus_points,
      };
      const score = scoreWindowMonth(figures, this.platform.config.WINDOW_RATING_WEIGHTS);
      return em.create(WindowRating, { window: em.getReference(ServiceWindow, row.window_id), month, ...figures, ...score, publishedAt });
    });
    await em.flush();
    return ratings;
  }

  async recordBonus(
    context: GraphQLContext,
    em: EntityManager,
    input: { windowCode: string; month: string; points: number; reason: string },
  ): Promise<WindowBonus> {
    const errors = new UserErrorCollector();
    WindowRatingService.checkMonth(input.month, ['input', 'month'], errors);
    if (!Number.isInteger(input.points) || Math.abs(input.points) > MAX_BONUS || input.points === 0) {
      errors.add(['input', 'points'], UserErrorCode.OUT_OF_RANGE, `Points lie between -${MAX_BONUS} and ${MAX_BONUS} and are not 0.`);
    }
    if (!input.reason.trim()) errors.add(['input', 'reason'], UserErrorCode.BLANK, 'Say why the points are given.');
    const window = await em.findOne(ServiceWindow, { code: input.windowCode });
    if (!window) errors.add(['input', 'windowCode'], UserErrorCode.NOT_FOUND, `No window has the code ${input.windowCode}.`);
    errors.throwIfAny();
    const bonus = em.create(WindowBonus, {
      window: window!,
      month: input.month,
      points: input.points,
      reason: input.reason.trim(),
      recordedBy: context.principal.subject,
    });
    await em.flush();
    return bonus;
  }

  forMonth(em: EntityManager, month: string): Promise<WindowRating[]> {
    return em.find(WindowRating, { month }, { orderBy: [{ stars: 'DESC' }, { score: 'DESC' }, { id: 'ASC' }] });
  }
}
