import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../errors/mutation';
import { CalendarYear, DateRange } from './calendar-year.entity';

@InputType({ description: 'A whole year of the working-day calendar; replaces what the year had.' })
export class CalendarYearSetInput {
  @Field(() => Int, { description: 'The year, 2000 to 2100.' })
  year!: number;

  @Field(() => [DateRange], { description: 'Inclusive ranges of days off within the year.' })
  offRanges!: DateRange[];

  @Field(() => [GraphQLLocalDate], { description: 'Weekend days of the year that are working days.' })
  workDays!: string[];

  @Field(() => String, { description: 'Where the data comes from, e.g. the State Council notice number.' })
  source!: string;
}

@ObjectType({ description: 'Result of calendarYearSet.' })
export class CalendarYearSetPayload extends MutationPayload {
  @Field(() => CalendarYear, { nullable: true, description: 'The year as stored.' })
  calendarYear: CalendarYear | null = null;
}
