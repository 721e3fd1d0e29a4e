import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../platform/database/base.entity';
import { Node } from '../../platform/relay/node.interface';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { AbnormalListEntry, AdministrativePenalty } from '../records/credit-records.entities';

export enum RepairState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(RepairState, {
  name: 'RepairState',
  description: 'Where a credit repair application stands.',
  valuesConfig: {
    PENDING: { description: 'Awaiting the department.' },
    APPROVED: { description: 'Approved: the record no longer counts.' },
    REJECTED: { description: 'Rejected, with the reason.' },
  },
});

/** An enterprise's application to repair a record (信用修复): end a penalty's publicity early, or leave the abnormal list. */
@Entity({ tableName: 'credit_repair' })
@Index({ properties: ['enterprise'] })
// At most one pending repair per record, whatever races past the service's check: the loser of a race gets TAKEN.
@Index({
  name: 'credit_repair_one_pending_per_penalty',
  expression: `create unique index "credit_repair_one_pending_per_penalty" on "credit_repair" ("penalty_id") where "state" = 'PENDING'`,
})
@Index({
  name: 'credit_repair_one_pending_per_abnormal_entry',
  expression: `create unique index "credit_repair_one_pending_per_abnormal_entry" on "credit_repair" ("abnormal_entry_id") where "state" = 'PENDING'`,
})
@ObjectType({ implements: Node, description: 'An application to repair a credit record (信用修复).' })
export class CreditRepair extends BaseEntity<'state' | 'decidedOn' | 'decidedBy' | 'rejectionReason' | 'penalty' | 'abnormalEntry'> {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @ManyToOne(() => AdministrativePenalty, { ref: true, nullable: true })
  penalty: Ref<AdministrativePenalty> | null = null;

  @ManyToOne(() => AbnormalListEntry, { ref: true, nullable: true })
  abnormalEntry: Ref<AbnormalListEntry> | null = null;

  @Field(() => String, { description: 'What the enterprise did to cure the cause, and its commitment.' })
  @Property({ type: 'text' })
  statement!: string;

  @Field(() => RepairState, { description: 'Where it stands.' })
  @Enum({ items: () => RepairState })
  state: RepairState = RepairState.PENDING;

  @Field(() => LocalDateScalar, { description: 'When it was applied for.' })
  @Property({ type: 'date' })
  appliedOn!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was decided.' })
  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who decided.' })
  @Property({ type: 'string', length: 200, nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was rejected.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;
}
