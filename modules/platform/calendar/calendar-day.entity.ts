import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Every day of the covered years with its working-day flag: the same calendar, laid out so that reports count
 * working days in SQL (`count(*) where working and day > a and day <= b`) instead of looping in JavaScript.
 * Provisional years have their rows too, flagged, so that a report can say when its figure rests on an estimate.
 */
@Entity({ tableName: 'calendar_day' })
export class CalendarDay {
  @PrimaryKey({ type: 'date' })
  day!: string;

  @Index()
  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'boolean' })
  working!: boolean;

  /** Derived from the regulations, not yet published: a report counting this day rests on an estimate. */
  @Property({ type: 'boolean', default: false })
  provisional: boolean = false;
}
