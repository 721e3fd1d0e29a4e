import { addMonths, lastDayOfMonth } from '../calendar/months';
import { localDateInShanghai, parseLocalDate } from '../calendar/working-day-calendar';

/** The day the demo's story was written to end on: the "now" its open cases, appeals and inspections stop at. */
const STORY_TODAY = '2026-11-30';
const STORY_YEAR = 2026;

/**
 * When the demo's story happens. The seeds tell a year that ends on 30 November 2026; seeded in a later month, every
 * date of it moves forward by whole months, so that its "now" is the last day of the month before the county's
 * current one. A demo started in 2028 then has last summer's cases, policies in force and a year of inspections
 * behind it, where fixed dates would show a county whose business stopped in 2026. Months keep their shape (a first
 * of the month stays a first, a month's last day stays its last); the seeds find working days again on the moved
 * dates. Never earlier than written: a clock set before December 2026 gets the story as written.
 */
export class DemoTimeline {
  /** The story on its own dates, whatever the clock says: what the test suites read. */
  static readonly AS_WRITTEN = new DemoTimeline(0);

  /** The timeline for a demo seeded at `now`. */
  static at(now: Date): DemoTimeline {
    const today = localDateInShanghai(now);
    const months = (Number(today.slice(0, 4)) - STORY_YEAR) * 12 + Number(today.slice(5, 7)) - 12;
    return new DemoTimeline(Math.max(0, months));
  }

  private constructor(readonly months: number) {}

  /** The story's "now", moved. */
  get today(): string {
    return this.day(STORY_TODAY);
  }

  /** A day of the story (YYYY-MM-DD), moved. */
  day(storyDay: string): string {
    const moved = addMonths(storyDay, this.months);
    return storyDay === lastDayOfMonth(storyDay) ? lastDayOfMonth(moved) : moved;
  }

  /** A month of the story (YYYY-MM), moved. */
  month(storyMonth: string): string {
    return addMonths(`${storyMonth}-01`, this.months).slice(0, 7);
  }

  /** An instant of the story, moved to the same time of day on its moved day (in the county's time). */
  instant(storyInstant: Date): Date {
    const storyDay = localDateInShanghai(storyInstant);
    return new Date(storyInstant.getTime() + (parseLocalDate(this.day(storyDay)) - parseLocalDate(storyDay)) * 86_400_000);
  }

  /**
   * A year of yearly records (annual reports, tax ratings), moved with the year of the story's "now", and the days
   * that belong to them moved by the same whole years: a report filed in May stays filed in May.
   */
  year(storyYear: number): number {
    return storyYear + this.years();
  }

  dayOfYear(storyDay: string): string {
    return addMonths(storyDay, this.years() * 12);
  }

  private years(): number {
    return Number(this.today.slice(0, 4)) - STORY_YEAR;
  }
}
