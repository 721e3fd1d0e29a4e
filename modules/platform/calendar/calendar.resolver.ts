import { LocalDateScalar } from '../scalars/local-date';
import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Args, Authorized, Ctx, Extensions, Int, Mutation, Query, Resolver } from 'type-graphql';
import { publicFor } from '../server/cache-hints';
import type { GraphQLContext } from '../context';
import { Role } from '../auth/principal';
import { runMutation } from '../errors/mutation';
import { BadUserInputError } from '../errors/top-level-errors';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../relay/connection';
import { paginate } from '../relay/paginate';
import { CalendarYear } from './calendar-year.entity';
import { CalendarYearSetInput, CalendarYearSetPayload, DeadlineCorrectionFilter, WorkingDayDeadline } from './calendar.inputs';
import { DeadlineCorrection } from './deadline-correction.entity';
import type { CalendarYearSetResult } from './calendar.service';
import type { Deadline } from './working-day-calendar';

const MAX_DAYS = 3650;

export const DeadlineCorrectionConnection = ConnectionType(DeadlineCorrection, 'DeadlineCorrection', 'deadline corrections');

function correctionWhere(filter: DeadlineCorrectionFilter | null): FilterQuery<DeadlineCorrection> {
  const where: Record<string, unknown> = {};
  if (filter?.calendarYear != null) where.calendarYear = filter.calendarYear;
  if (filter?.kind) where.kind = filter.kind;
  if (filter?.subjectId) where.subjectId = filter.subjectId;
  return where as FilterQuery<DeadlineCorrection>;
}

function deadlineOf(context: GraphQLContext, from: string, days: number): Deadline {
  if (days < 0 || days > MAX_DAYS) throw new BadUserInputError(`days must lie between 0 and ${MAX_DAYS}.`, ['days']);
  return context.platform.calendar.calendar().deadline(from, days);
}

function countsByKind(kinds: string[]): Array<{ kind: string; count: number }> {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count }));
}

@Resolver(() => CalendarYear)
export class CalendarResolver {
  @Extensions(publicFor(300))
  @Query(() => LocalDateScalar, {
    description:
      'The n-th working day after `from` in the county calendar (Asia/Shanghai); `days: 0` gives `from`. Provisional years count (workingDayDeadline says whether the answer rests on one); beyond the horizon is CALENDAR_YEAR_MISSING.',
  })
  addWorkingDays(
    @Arg('from', () => LocalDateScalar, { description: 'Start date (YYYY-MM-DD).' }) from: string,
    @Arg('days', () => Int, { description: `Working days to add, 0 to ${MAX_DAYS}.` }) days: number,
    @Ctx() context: GraphQLContext,
  ): string {
    return deadlineOf(context, from, days).dueOn;
  }

  @Extensions(publicFor(300))
  @Query(() => WorkingDayDeadline, {
    description:
      'The n-th working day after `from`, as addWorkingDays, and whether it was counted over a provisional year (an estimate until the year is published).',
  })
  workingDayDeadline(
    @Arg('from', () => LocalDateScalar, { description: 'Start date (YYYY-MM-DD).' }) from: string,
    @Arg('days', () => Int, { description: `Working days to add, 0 to ${MAX_DAYS}.` }) days: number,
    @Ctx() context: GraphQLContext,
  ): WorkingDayDeadline {
    return Object.assign(new WorkingDayDeadline(), deadlineOf(context, from, days));
  }

  @Extensions(publicFor(300))
  @Query(() => Int, { description: 'Working days after `from` up to and including `to`; negative when `to` precedes `from`.' })
  workingDaysBetween(
    @Arg('from', () => LocalDateScalar, { description: 'Start date, not counted (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'End date, counted (YYYY-MM-DD).' }) to: string,
    @Ctx() context: GraphQLContext,
  ): number {
    return context.platform.calendar.calendar().workingDaysBetween(from, to);
  }

  @Extensions(publicFor(300))
  @Query(() => [CalendarYear], { description: 'The years the working-day calendar covers, official and provisional, in order.' })
  calendarYears(@Ctx() context: GraphQLContext): Promise<CalendarYear[]> {
    return context.em.find(CalendarYear, {}, { orderBy: { year: 'ASC' } });
  }

  @Extensions(publicFor(300))
  @Query(() => CalendarYear, { nullable: true, description: 'One year of the working-day calendar; null when not covered.' })
  calendarYear(@Arg('year', () => Int, { description: 'The year.' }) year: number, @Ctx() context: GraphQLContext): Promise<CalendarYear | null> {
    return context.em.findOne(CalendarYear, { year });
  }

  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => DeadlineCorrectionConnection, {
    description: 'Deadlines moved by calendar changes, newest first, each with what it was before (ADMIN, ANALYST).',
    complexity: connectionComplexity(20),
  })
  async deadlineCorrections(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => DeadlineCorrectionFilter, { nullable: true, description: 'Conditions on the corrections.' })
    filter: DeadlineCorrectionFilter | null,
    @Ctx() context: GraphQLContext,
  ) {
    return new DeadlineCorrectionConnection(
      await paginate(context, { entity: DeadlineCorrection, where: correctionWhere(filter), sortField: 'createdAt', direction: 'DESC', args }),
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CalendarYearSetPayload, {
    description:
      'Loads the official arrangement of a year (ADMIN), replacing what the year had; open deadlines counted on the year before are counted again, in the same transaction, and each move is recorded.',
  })
  async calendarYearSet(@Arg('input', () => CalendarYearSetInput) input: CalendarYearSetInput, @Ctx() context: GraphQLContext) {
    const service = context.platform.calendar;
    let committed: CalendarYearSetResult['committed'] | null = null;
    const payload = await runMutation(context, CalendarYearSetPayload, async (em) => {
      const result = await service.setYear(em, input, context.platform, context.requestId);
      committed = result.committed;
      return {
        calendarYear: result.calendarYear,
        movedDeadlines: result.moved.length,
        movedDeadlinesByKind: countsByKind(result.moved.map((moved) => moved.kind)),
      };
    });
    // Committed: this instance answers from the new year at once; the others hear of it through NOTIFY.
    if (committed && payload.userErrors.length === 0) service.install(committed);
    return payload;
  }
}
