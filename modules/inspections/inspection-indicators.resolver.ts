import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { assertIndicatorPeriod } from '../platform/indicators/period';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { InspectionIndicatorsService } from './inspection-indicators.service';
import { InspectionBreakdown, InspectionIndicatorGroup, InspectionIndicators } from './inspection-indicators.types';

@Resolver(() => InspectionIndicators)
export class InspectionIndicatorsResolver {
  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => InspectionIndicators, {
    description:
      'The indicators of random inspections (双随机、一公开) for a period of local dates, both ends included, optionally broken down by department, chain or region; aggregates only (ADMIN, ANALYST).',
  })
  async inspectionIndicators(
    @Arg('from', () => LocalDateScalar, { description: 'First day (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day, included (YYYY-MM-DD).' }) to: string,
    @Arg('by', () => InspectionBreakdown, { nullable: true, description: 'A breakdown of the same figures, by department, chain or region.' })
    by: InspectionBreakdown | null,
    @Ctx() context: GraphQLContext,
  ): Promise<InspectionIndicators> {
    assertIndicatorPeriod(from, to);
    const { total, groups } = await new InspectionIndicatorsService(context).figures(from, to, by);
    return Object.assign(new InspectionIndicators(), {
      from,
      to,
      ...total,
      breakdown: groups.map((group) => Object.assign(new InspectionIndicatorGroup(), group)),
    });
  }
}
