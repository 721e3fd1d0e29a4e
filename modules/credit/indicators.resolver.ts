import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { BadUserInputError } from '../platform/errors/top-level-errors';
import { DecimalScalar } from '../platform/scalars/decimal';
import { ChainCode } from '../one-category/chain-code';

@ObjectType({ description: 'The credit indicators of a period, for all enterprises or one chain’s.' })
export class CreditIndicators {
  @Field(() => GraphQLLocalDate, { description: 'First day of the period.' })
  from!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day of the period, included.' })
  to!: string;

  @Field(() => ChainCode, { nullable: true, description: 'The chain the figures are limited to; null for all enterprises.' })
  chain!: string | null;

  @Field(() => Int, { description: 'Enterprises with a score computed by the end of the period.' })
  enterprisesScored!: number;

  @Field(() => Float, { nullable: true, description: 'Good-or-better rate (优良率); frontier 85%.' })
  goodOrBetterRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Poor rate (不良率); frontier 4%, lower is better.' })
  poorRate!: number | null;

  @Field(() => Int, { description: 'Repairs decided in the period.' })
  repairsHandled!: number;

  @Field(() => Float, { nullable: true, description: 'Share of them decided within the configured working days.' })
  repairsOnTimeRate!: number | null;

  @Field(() => Int, { description: 'Credit loans approved in the period.' })
  loansApproved!: number;

  @Field(() => DecimalScalar, { description: 'Their amount in yuan.' })
  loanAmount!: string;

  @Field(() => Boolean, {
    description: 'Whether a working-day count behind these figures includes days of a provisional calendar year: the figure rests on an estimate until that year is published.',
  })
  provisionalCalendar!: boolean;
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/** Enterprises of a chain, or all: the condition every figure shares. */
const inChain = (column: string) => `(cast(? as text) is null or ${column} in (select enterprise_id from chain_membership where chain = cast(? as text)))`;

@Resolver(() => CreditIndicators)
export class CreditIndicatorsResolver {
  @Authorized(Role.ADMIN, Role.ANALYST)
  @Query(() => CreditIndicators, { description: 'Credit indicators for a period of local dates, both ends included, optionally for one chain (ADMIN, ANALYST).' })
  async creditIndicators(
    @Arg('from', () => GraphQLLocalDate, { description: 'First day.' }) from: string,
    @Arg('to', () => GraphQLLocalDate, { description: 'Last day, included.' }) to: string,
    @Arg('chain', () => ChainCode, { nullable: true, description: 'Only the enterprises of this chain.' }) chain: string | null,
    @Ctx() context: GraphQLContext,
  ): Promise<CreditIndicators> {
    if (from > to) throw new BadUserInputError('`from` lies after `to`.', ['from']);
    const em = context.em as EntityManager;
    const days = context.platform.config.CREDIT_REPAIR_DECISION_WORKING_DAYS;
    const [grades] = await em.execute(
      `select count(*)::int as scored,
              count(*) filter (where grade in ('EXCELLENT', 'GOOD'))::int as good,
              count(*) filter (where grade = 'POOR')::int as poor
         from (select distinct on (enterprise_id) enterprise_id, grade from credit_score
                where (computed_at at time zone 'Asia/Shanghai')::date <= cast(? as date) and ${inChain('enterprise_id')}
                order by enterprise_id, computed_at desc, created_at desc) latest`,
      [to, chain, chain],
    );
    const [repairs] = await em.execute(
      `select count(*)::int as handled,
              count(*) filter (where (select count(*) from calendar_day d where d.working and d.day > r.applied_on and d.day <= r.decided_on) <= ?)::int as on_time,
              coalesce(bool_or(exists (select 1 from calendar_day d where d.provisional and d.day > r.applied_on and d.day <= r.decided_on)), false) as provisional
         from credit_repair r
        where r.decided_on between cast(? as date) and cast(? as date) and ${inChain('r.enterprise_id')}`,
      [days, from, to, chain, chain],
    );
    const [loans] = await em.execute(
      `select count(*)::int as approved, coalesce(sum(amount), 0)::numeric(20,2)::text as amount from credit_loan
        where outcome = 'APPROVED' and recorded_on between cast(? as date) and cast(? as date) and ${inChain('enterprise_id')}`,
      [from, to, chain, chain],
    );
    return Object.assign(new CreditIndicators(), {
      from,
      to,
      chain,
      enterprisesScored: grades.scored,
      goodOrBetterRate: rate(grades.good, grades.scored),
      poorRate: rate(grades.poor, grades.scored),
      repairsHandled: repairs.handled,
      repairsOnTimeRate: rate(repairs.on_time, repairs.handled),
      provisionalCalendar: repairs.provisional,
      loansApproved: loans.approved,
      loanAmount: loans.amount,
    });
  }
}
