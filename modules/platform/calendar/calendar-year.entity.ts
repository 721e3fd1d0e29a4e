import { LocalDateScalar } from '../scalars/local-date';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Extensions, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { keyedBy } from '../cli/client-policies';
import { CalendarYearStatus } from './working-day-calendar';

registerEnumType(CalendarYearStatus, {
  name: 'CalendarYearStatus',
  description: 'Where a year of the working-day calendar comes from.',
  valuesConfig: {
    OFFICIAL: { description: 'Published by the State Council (国务院办公厅放假安排通知).' },
    PROVISIONAL: {
      description:
        'Derived from the national holiday regulations (全国年节及纪念日放假办法) until the notice is published: statutory days and their 补假, no make-up working days. Deadlines counted over it are marked and corrected when the official year is loaded.',
    },
  },
});

@ObjectType('DateRange', { description: 'An inclusive range of local dates.' })
@InputType('DateRangeInput', { description: 'An inclusive range of local dates.' })
export class DateRange {
  @Field(() => LocalDateScalar, { description: 'First day (YYYY-MM-DD).' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day, inclusive (YYYY-MM-DD).' })
  to!: string;
}

/** One year of the working-day calendar: as published by the State Council, or provisional until then. */
@Entity({ tableName: 'calendar_year' })
@Extensions(keyedBy('year'))
@ObjectType({ description: 'One year of the working-day calendar (工作日历): days off and make-up working days, official or provisional.' })
export class CalendarYear {
  @Field(() => Int, { description: 'The year.' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Field(() => [DateRange], { description: 'Public holidays and the days off around them (放假).' })
  @Property({ type: 'json' })
  offRanges: DateRange[] = [];

  @Field(() => [LocalDateScalar], { description: 'Weekend days that are working days (调休上班).' })
  @Property({ type: 'json' })
  workDays: string[] = [];

  @Field(() => CalendarYearStatus, {
    description: 'OFFICIAL when published by the State Council, PROVISIONAL when derived from the holiday regulations.',
  })
  @Property({ type: 'string', length: 20 })
  status: CalendarYearStatus = CalendarYearStatus.OFFICIAL;

  @Field(() => String, { description: 'Where the data comes from: the State Council notice, or the regulations a provisional year is derived from.' })
  @Property({ type: 'text' })
  source!: string;

  @Field(() => Date, { description: 'When the year was last set.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
