import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { IndicatorBoardService } from './indicator-board.service';
import { IndicatorBoard } from './indicator-board.types';

@Resolver(() => IndicatorBoard)
export class IndicatorBoardResolver {
  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => IndicatorBoard, {
    description:
      'The indicator board (指标看板): every indicator the modules compute from their cubes, for a period, a region and a chain, with its target, class and trend (ADMIN, ANALYST).',
  })
  indicatorBoard(
    @Arg('from', () => LocalDateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day of the period, included.' }) to: string,
    @Arg('region', () => String, { nullable: true, description: 'Only enterprises of this region code.' }) region: string | null,
    @Arg('chain', () => String, { nullable: true, description: 'Only enterprises in this chain, by its code as chains lists it.' })
    chain: string | null,
    @Arg('trendPeriods', () => Int, { defaultValue: 5, description: 'How many periods of the same length before it to show, 0 to 12.' })
    trendPeriods: number,
    @Ctx() context: GraphQLContext,
  ): Promise<IndicatorBoard> {
    return new IndicatorBoardService(context).board({ from, to, region, chain, trendPeriods });
  }
}
