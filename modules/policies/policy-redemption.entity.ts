import { Entity, Enum, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { DecimalScalar } from '../platform/scalars/decimal';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Policy } from './policy.entity';

export enum RedemptionState {
  APPLIED = 'APPLIED',
  GRANTED = 'GRANTED',
  WAITING_FOR_BUDGET = 'WAITING_FOR_BUDGET',
  REJECTED = 'REJECTED',
  PAID = 'PAID',
}

registerEnumType(RedemptionState, {
  name: 'PolicyRedemptionState',
  description: 'Where a redemption (兑现) stands.',
  valuesConfig: {
    APPLIED: { description: 'Applied for under a REVIEWED policy; the issuing department decides.' },
    GRANTED: { description: 'Granted, to be paid.' },
    REJECTED: { description: 'Rejected by the issuing department, with its reason.' },
    WAITING_FOR_BUDGET: { description: 'Eligible, but the year’s budget is spent: it waits for more.' },
    PAID: { description: 'Paid, with its payment reference.' },
  },
});

/**
 * A benefit an enterprise gets from a policy for a period (兑现): one per policy, enterprise and period, whatever
 * reruns or simultaneous calls, and paid once.
 */
@Entity({ tableName: 'policy_redemption' })
@Unique({ properties: ['policy', 'enterprise', 'period'] })
@Index({ properties: ['policy', 'state'] })
@ObjectType({ implements: Node, description: 'A benefit an enterprise gets from a policy for a period (政策兑现).' })
export class PolicyRedemption extends BaseEntity<'state' | 'paidOn' | 'paymentReference' | 'decidedBy' | 'reason'> {
  @ManyToOne(() => Policy, { ref: true })
  policy!: Ref<Policy>;

  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'The period it is for, e.g. 2026 or 2026-11.' })
  @Property({ type: 'string', length: 20 })
  period!: string;

  @Field(() => Int, { description: 'The policy version that judged it.' })
  @Property({ type: 'integer' })
  versionNumber!: number;

  @Field(() => DecimalScalar, { description: 'The amount in yuan.' })
  @Property({ type: 'decimal', precision: 16, scale: 2 })
  amount!: string;

  @Field(() => RedemptionState, { description: 'Where it stands.' })
  @Enum({ items: () => RedemptionState })
  state: RedemptionState = RedemptionState.GRANTED;

  @Field(() => Date, { description: 'When it was granted; before, when it was applied for or found eligible beyond the budget.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  grantedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who decided a reviewed application.' })
  @Property({ type: 'string', length: 200, nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why a reviewed application was rejected.' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was paid.' })
  @Property({ type: 'date', nullable: true })
  paidOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'The payment’s reference.' })
  @Property({ type: 'string', length: 100, nullable: true })
  paymentReference: string | null = null;
}
