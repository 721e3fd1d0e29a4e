import { LocalDateScalar } from '../scalars/local-date';
import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { range } from '../validation/number-range';
import { MutationPayload } from '../errors/mutation';
import { CalendarYear, DateRange } from './calendar-year.entity';

@InputType({ description: 'A whole year of the working-day calendar; replaces what the year had.' })
export class CalendarYearSetInput {
  @Field(() => Int, { description: 'The year, 2000 to 2100.' })
  @Extensions(range(2000, 2100))
  year!: number;

  @Field(() => [DateRange], { description: 'Inclusive ranges of days off within the year.' })
  offRanges!: DateRange[];

  @Field(() => [LocalDateScalar], { description: 'Weekend days of the year that are working days.' })
  workDays!: string[];

  @Field(() => String, { description: 'Where the data comes from, e.g. the State Council notice number.' })
  source!: string;
}

@ObjectType({ description: 'How many deadlines of one kind a calendar change moved.' })
export class MovedDeadlineCount {
  @Field(() => String, { description: 'The kind of deadline, e.g. one-matter.task.dueOn.' })
  kind!: string;

  @Field(() => Int, { description: 'How many open deadlines of this kind moved.' })
  count!: number;
}

@ObjectType({ description: 'Result of calendarYearSet.' })
export class CalendarYearSetPayload extends MutationPayload {
  @Field(() => CalendarYear, { nullable: true, description: 'The year as stored.' })
  calendarYear: CalendarYear | null = null;

  @Field(() => Int, { description: 'How many open deadlines the change moved; each is listed in deadlineCorrections.' })
  movedDeadlines: number = 0;

  @Field(() => [MovedDeadlineCount], { description: 'The moved deadlines per kind.' })
  movedDeadlinesByKind: MovedDeadlineCount[] = [];
}

@InputType({ description: 'Conditions on deadline corrections.' })
export class DeadlineCorrectionFilter {
  @Field(() => Int, { nullable: true, description: 'Only the corrections made when this calendar year was replaced.' })
  calendarYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Only the corrections of this kind of deadline, e.g. one-matter.task.dueOn.' })
  kind?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the corrections of this object (its global id).' })
  subjectId?: string | null;
}

@ObjectType({ description: 'A deadline in working days, with where its days came from.' })
export class WorkingDayDeadline {
  @Field(() => LocalDateScalar, { description: 'The day the deadline falls on.' })
  dueOn!: string;

  @Field(() => Boolean, { description: 'Whether a day counted lies in a provisional calendar year: an estimate until that year is published.' })
  provisional!: boolean;
}
