import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../platform/scalars/decimal';
import { LocalDateScalar } from '../platform/scalars/local-date';

export enum PolicyBreakdown {
  DEPARTMENT = 'DEPARTMENT',
  CHAIN = 'CHAIN',
  POLICY = 'POLICY',
  MODE = 'MODE',
}

registerEnumType(PolicyBreakdown, {
  name: 'PolicyBreakdown',
  description: 'What the policy indicators are broken down by.',
  valuesConfig: {
    DEPARTMENT: { description: 'The issuing department’s code, as the version that judged the redemption names it.' },
    CHAIN: { description: 'Each chain the policy targets (ALL for a policy for no chain in particular); a policy for two chains counts in both.' },
    POLICY: { description: 'The policy’s code.' },
    MODE: { description: 'How the benefit is obtained: NO_APPLICATION, INSTANT or REVIEWED.' },
  },
});

/** The measures of the policy indicators, for the whole period or for one group of a breakdown. */
@ObjectType({ description: 'Never emitted: the policy figures share its fields.' })
export abstract class PolicyFigures {
  @Field(() => Int, { description: 'Redemptions granted in the period (granted or since paid).' })
  granted!: number;

  @Field(() => DecimalScalar, { description: 'Yuan granted in the period.' })
  amountGranted!: string;

  @Field(() => DecimalScalar, { description: 'Amount disbursed (兑现金额): yuan of the redemptions paid in the period.' })
  amountDisbursed!: string;

  @Field(() => Int, { description: 'Beneficiaries (受益企业): distinct enterprises paid in the period.' })
  beneficiaries!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share without application or instant (免申即享、即申即享占比): redemptions granted in the period under NO_APPLICATION or INSTANT policies, divided by all granted; null without grants. Target ≥ 0.8.',
  })
  withoutReviewShare!: number | null;

  @Field(() => Int, { description: 'Redemptions found eligible in the period that wait for budget.' })
  waitingForBudget!: number;

  @Field(() => DecimalScalar, { description: 'The yearly budgets of the policies in force in the year of `to`, by their latest versions.' })
  yearlyBudget!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      'Budget progress (预算执行进度): yuan granted or paid for periods of the year of `to`, divided by yearlyBudget; null without a budget.',
  })
  budgetProgress!: number | null;
}

@ObjectType({ description: 'The policy figures of one group of a breakdown.' })
export class PolicyIndicatorGroup extends PolicyFigures {
  @Field(() => String, { description: 'The group: a department, chain (or ALL), policy code or mode.' })
  key!: string;
}

@ObjectType({ description: 'The policy indicators (惠企政策兑现) of a period, aggregates only; indicatorDefinitions gives each definition.' })
export class PolicyIndicators extends PolicyFigures {
  @Field(() => LocalDateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period, included.' })
  to!: string;

  @Field(() => [PolicyIndicatorGroup], { description: 'The same figures per group, when a breakdown was asked for; by key.' })
  breakdown!: PolicyIndicatorGroup[];
}
