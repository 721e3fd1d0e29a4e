import { defineDomainEvent } from '../events/domain-event';
import type { WorkingDayCalendar } from './working-day-calendar';

/** A deadline a subscriber moved; the calendar records each one and reports the counts per kind. */
export interface MovedDeadline {
  /** `<module>.<type>.<field>`, e.g. one-matter.task.dueOn. */
  kind: string;
  /** Global id of the object that carries the deadline. */
  subjectId: string;
  previousDueOn: string;
  dueOn: string;
  stillProvisional: boolean;
}

export interface CalendarYearReplaced {
  year: number;
  /** The calendar the open deadlines were counted on. */
  previous: WorkingDayCalendar;
  /** The calendar with the new year; it differs from `previous` in that year only. */
  current: WorkingDayCalendar;
  /** The county's date, for overdue flags that must follow a moved deadline. */
  today: string;
}

/**
 * A year of the working-day calendar was replaced (usually: the official arrangement replaced a provisional
 * year). Every module that stores deadlines recounts its open ones that reach into the year, in the same
 * transaction, and answers with what moved; finished work keeps its deadlines.
 */
export const calendarYearReplaced = defineDomainEvent<CalendarYearReplaced, MovedDeadline[]>(
  'calendar.year-replaced',
  'A year of the working-day calendar was replaced; open deadlines that reach into it are counted again.',
);

export interface ProvisionalDeadlineCount {
  kind: string;
  open: number;
}

/**
 * The calendar's coverage check found provisional years: modules that store deadlines answer how many of their
 * open ones rest on a provisional year, so that the warning says what the missing notice holds up.
 */
export const provisionalDeadlinesCounted = defineDomainEvent<{ years: number[] }, ProvisionalDeadlineCount[]>(
  'calendar.provisional-deadlines-counted',
  'The coverage check asks how many open deadlines rest on provisional years.',
);
