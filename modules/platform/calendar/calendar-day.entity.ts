import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Every day of the covered years with its working-day flag: the same calendar, laid out so that reports count
 * working days in SQL (`count(*) where working and day > a and day <= b`) instead of looping in JavaScript.
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
}
