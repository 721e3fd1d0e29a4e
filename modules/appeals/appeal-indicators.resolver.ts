import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { assertIndicatorPeriod } from '../platform/indicators/period';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { appealFigures, figuresOf } from './appeal-indicators.service';
import { AppealBreakdown, AppealIndicatorGroup, AppealIndicators } from './appeal-indicators.types';

@Resolver(() => AppealIndicators)
export class AppealIndicatorsResolver {
  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => AppealIndicators, {
    description:
      'The appeal indicators (企呼我应) for a period of local dates, both ends included, optionally broken down; aggregates only (ADMIN, ANALYST).',
  })
  async appealIndicators(
    @Arg('from', () => LocalDateScalar, { description: 'First day (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day, included (YYYY-MM-DD).' }) to: string,
    @Arg('by', () => AppealBreakdown, { nullable: true, description: 'A breakdown of the same figures, by channel, department, category or layer.' })
    by: AppealBreakdown | null,
    @Ctx() { em }: GraphQLContext,
  ): Promise<AppealIndicators> {
    assertIndicatorPeriod(from, to);
    const [total] = await appealFigures(em as EntityManager, from, to, 'TOTAL');
    const groups = by ? await appealFigures(em as EntityManager, from, to, by) : [];
    return Object.assign(new AppealIndicators(), {
      from,
      to,
      ...figuresOf(total ?? emptyRow()),
      provisionalCalendar: total?.provisional ?? false,
      breakdown: groups.map((row) => Object.assign(new AppealIndicatorGroup(), { key: row.key, ...figuresOf(row) })),
    });
  }
}

function emptyRow() {
  return {
    key: 'TOTAL',
    received: 0,
    closed: 0,
    closedOnTime: 0,
    followUps: 0,
    satisfied: 0,
    solved: 0,
    reopenings: 0,
    escalations: 0,
    averageReplyWorkingDays: null,
    provisional: false,
  };
}
