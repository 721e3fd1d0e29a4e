import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { Role } from '../auth/principal';
import { runMutation } from '../errors/mutation';
import { BadUserInputError } from '../errors/top-level-errors';
import { CalendarYear } from './calendar-year.entity';
import { CalendarYearSetInput, CalendarYearSetPayload } from './calendar.inputs';
import type { WorkingDayCalendar } from './working-day-calendar';

const MAX_DAYS = 3650;

async function withCalendar<T>(context: GraphQLContext, compute: (calendar: WorkingDayCalendar) => T): Promise<T> {
  return compute(await context.platform.calendar.calendar());
}

@Resolver(() => CalendarYear)
export class CalendarResolver {
  @Query(() => GraphQLLocalDate, { description: 'The n-th working day after `from` in the county calendar (Asia/Shanghai); `days: 0` gives `from`.' })
  addWorkingDays(
    @Arg('from', () => GraphQLLocalDate, { description: 'Start date (YYYY-MM-DD).' }) from: string,
    @Arg('days', () => Int, { description: `Working days to add, 0 to ${MAX_DAYS}.` }) days: number,
    @Ctx() context: GraphQLContext,
  ): Promise<string> {
    if (days < 0 || days > MAX_DAYS) throw new BadUserInputError(`days must lie between 0 and ${MAX_DAYS}.`, ['days']);
    return withCalendar(context, (calendar) => calendar.addWorkingDays(from, days));
  }

  @Query(() => Int, { description: 'Working days after `from` up to and including `to`; negative when `to` precedes `from`.' })
  workingDaysBetween(
    @Arg('from', () => GraphQLLocalDate, { description: 'Start date, not counted (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'End date, counted (YYYY-MM-DD).' }) to: string,
    @Ctx() context: GraphQLContext,
  ): Promise<number> {
    return withCalendar(context, (calendar) => calendar.workingDaysBetween(from, to));
  }

  @Query(() => [CalendarYear], { description: 'The years the working-day calendar covers, in order.' })
  calendarYears(@Ctx() context: GraphQLContext): Promise<CalendarYear[]> {
    return context.em.find(CalendarYear, {}, { orderBy: { year: 'ASC' } });
  }

  @Query(() => CalendarYear, { nullable: true, description: 'One year of the working-day calendar; null when not loaded.' })
  calendarYear(@Arg('year', () => Int, { description: 'The year.' }) year: number, @Ctx() context: GraphQLContext): Promise<CalendarYear | null> {
    return context.em.findOne(CalendarYear, { year });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarYearSetPayload, { description: 'Adds or replaces one year of the working-day calendar (ADMIN).' })
  calendarYearSet(@Arg('input', () => CalendarYearSetInput) input: CalendarYearSetInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, CalendarYearSetPayload, async (em) => ({ calendarYear: await context.platform.calendar.setYear(em, input) }));
  }
}
