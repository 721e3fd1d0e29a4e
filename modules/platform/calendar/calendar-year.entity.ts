import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('DateRange', { description: 'An inclusive range of local dates.' })
@InputType('DateRangeInput', { description: 'An inclusive range of local dates.' })
export class DateRange {
  @Field(() => GraphQLLocalDate, { description: 'First day (YYYY-MM-DD).' })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day, inclusive (YYYY-MM-DD).' })
  to!: string;
}

/** One year of the official working-day calendar, as published by the State Council. */
@Entity({ tableName: 'calendar_year' })
@ObjectType({ description: 'One year of the official working-day calendar: holidays and make-up working days (工作日历).' })
export class CalendarYear {
  @Field(() => Int, { description: 'The year.' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Field(() => [DateRange], { description: 'Public holidays and the days off around them (放假).' })
  @Property({ type: 'json' })
  offRanges: DateRange[] = [];

  @Field(() => [GraphQLLocalDate], { description: 'Weekend days that are working days (调休上班).' })
  @Property({ type: 'json' })
  workDays: string[] = [];

  @Field(() => String, { description: 'Where the data comes from, e.g. the State Council notice.' })
  @Property({ type: 'text' })
  source!: string;

  @Field(() => Date, { description: 'When the year was last set.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
