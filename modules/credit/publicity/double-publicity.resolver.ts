import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { runMutation } from '../../platform/errors/mutation';
import { DecisionPublishInput, DecisionPublishPayload, DoublePublicityIndicators } from './double-publicity.types';
import { DoublePublicityService } from './double-publicity.service';

@Resolver()
export class DoublePublicityResolver {
  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => DecisionPublishPayload, {
    description: 'Records the publication of a licensing or penalty decision (the deciding department, ADMIN); minor penalties are not published.',
  })
  decisionPublish(@Arg('input', () => DecisionPublishInput) input: DecisionPublishInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, DecisionPublishPayload, async (em) => ({ decision: await new DoublePublicityService(context).publish(em, input) }));
  }

  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => DoublePublicityIndicators, {
    description: 'Double-publicity reporting, timeliness and compliance for decisions made in a period (ADMIN, ANALYST).',
  })
  doublePublicityIndicators(
    @Arg('from', () => LocalDateScalar, { description: 'First day.' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day, included.' }) to: string,
    @Ctx() context: GraphQLContext,
  ): Promise<DoublePublicityIndicators> {
    return new DoublePublicityService(context).indicators(context.em as EntityManager, from, to);
  }
}
