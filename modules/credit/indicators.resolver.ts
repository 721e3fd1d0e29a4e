import { LocalDateScalar } from '../platform/scalars/local-date';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { ChainCode } from '../one-category/chain-code';
import { CreditIndicators } from './indicators.types';
import { CreditIndicatorsService } from './indicators.service';

@Resolver(() => CreditIndicators)
export class CreditIndicatorsResolver {
  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => CreditIndicators, {
    description: 'Credit indicators for a period of local dates, both ends included, optionally for one chain (ADMIN, ANALYST).',
  })
  creditIndicators(
    @Arg('from', () => LocalDateScalar, { description: 'First day.' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day, included.' }) to: string,
    @Arg('chain', () => ChainCode, { nullable: true, description: 'Only the enterprises of this chain.' }) chain: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<CreditIndicators> {
    return new CreditIndicatorsService(context.platform).compute(context.em as EntityManager, from, to, chain);
  }
}
