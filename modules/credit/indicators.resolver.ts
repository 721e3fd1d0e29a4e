import { GraphQLLocalDate } from 'graphql-scalars';
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
    @Arg('from', () => GraphQLLocalDate, { description: 'First day.' }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'Last day, included.' }) to: string,
    @Arg('chain', () => ChainCode, { nullable: true, description: 'Only the enterprises of this chain.' }) chain: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<CreditIndicators> {
    return new CreditIndicatorsService(context.platform).compute(context.em as EntityManager, from, to, chain);
  }
}
