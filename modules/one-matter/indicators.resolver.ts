import { LocalDateScalar } from '../platform/scalars/local-date';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { rate } from '../platform/indicators/rate';
import { assertIndicatorPeriod } from '../platform/indicators/period';
import { Department } from './department.entity';
import { oneMatterFigures } from './indicators.service';
import { DepartmentOverdueCount, OneMatterIndicators } from './indicators.types';

@Resolver(() => OneMatterIndicators)
export class OneMatterIndicatorsResolver {
  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => OneMatterIndicators, { description: 'The "one matter" indicators for a period of local dates, both ends included (ADMIN, ANALYST).' })
  async oneMatterIndicators(
    @Arg('from', () => LocalDateScalar, { description: 'First day (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day, included (YYYY-MM-DD).' }) to: string,
    @Ctx() { em }: GraphQLContext,
  ): Promise<OneMatterIndicators> {
    assertIndicatorPeriod(from, to);
    const figures = await oneMatterFigures(em as EntityManager, from, to);
    const departments = await em.find(Department, { id: { $in: figures.overdueByDepartment.map((entry) => entry.departmentId) } });
    const byId = new Map(departments.map((department) => [department.id, department]));
    return Object.assign(new OneMatterIndicators(), {
      from,
      to,
      casesSubmitted: figures.casesSubmitted,
      casesCompleted: figures.casesCompleted,
      onTimeCompletionRate: rate(figures.casesCompletedOnTime, figures.casesCompleted),
      onlineRate: rate(figures.casesOnlineSubmitted, figures.casesSubmitted),
      activeReviewRate: rate(figures.casesReviewedUnprompted, figures.casesFinished),
      satisfactionRate: rate(figures.satisfiedReviews, figures.reviews),
      averageHandlingWorkingDays: figures.averageHandlingWorkingDays,
      provisionalCalendar: figures.provisionalCalendar,
      overdueWithResponsibility: figures.overdueByDepartment.map((entry) =>
        Object.assign(new DepartmentOverdueCount(), { department: byId.get(entry.departmentId)!, count: entry.count }),
      ),
    });
  }
}
