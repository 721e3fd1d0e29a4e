import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { assertIndicatorPeriod } from '../platform/indicators/period';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { figuresOf, policyFigures, type PolicyFigureRow } from './policy-indicators.service';
import { PolicyBreakdown, PolicyIndicatorGroup, PolicyIndicators } from './policy-indicators.types';

const NOTHING: Omit<PolicyFigureRow, 'key'> = {
  granted: 0,
  grantedWithoutReview: 0,
  amountGranted: '0',
  amountDisbursed: '0',
  beneficiaries: 0,
  waitingForBudget: 0,
  spentInYear: '0',
  yearlyBudget: '0',
};

@Resolver(() => PolicyIndicators)
export class PolicyIndicatorsResolver {
  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => PolicyIndicators, {
    description:
      'The policy indicators (惠企政策兑现) for a period of local dates, both ends included, optionally broken down; aggregates only (ADMIN, ANALYST).',
  })
  async policyIndicators(
    @Arg('from', () => LocalDateScalar, { description: 'First day (YYYY-MM-DD).' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day, included (YYYY-MM-DD); its year is the budget year.' }) to: string,
    @Arg('by', () => PolicyBreakdown, { nullable: true, description: 'A breakdown of the same figures, by department, chain, policy or mode.' })
    by: PolicyBreakdown | null,
    @Ctx() { em }: GraphQLContext,
  ): Promise<PolicyIndicators> {
    assertIndicatorPeriod(from, to);
    const [total] = await policyFigures(em as EntityManager, from, to, 'TOTAL');
    const groups = by ? await policyFigures(em as EntityManager, from, to, by) : [];
    return Object.assign(new PolicyIndicators(), {
      from,
      to,
      ...figuresOf(total ?? { key: 'TOTAL', ...NOTHING }),
      breakdown: groups.map((row) => Object.assign(new PolicyIndicatorGroup(), { key: row.key, ...figuresOf(row) })),
    });
  }
}
