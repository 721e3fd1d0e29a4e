import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { Appeal } from './appeal.entity';

export enum ExtensionState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

registerEnumType(ExtensionState, {
  name: 'AppealExtensionState',
  description: 'Where an extension request stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the dispatcher.' },
    APPROVED: { description: 'Approved: the deadline moved.' },
    REFUSED: { description: 'Refused: the deadline stands.' },
  },
});

/** A lead department's request for more working days, asked before the deadline and decided by the dispatcher. */
@Entity({ tableName: 'appeal_extension' })
@ObjectType({ implements: Node, description: 'A request for more working days on an appeal (延期申请).' })
export class AppealExtension extends BaseEntity<'state' | 'decidedOn' | 'decidedBy' | 'decisionNote' | 'newDueOn'> {
  @ManyToOne(() => Appeal, { ref: true })
  appeal!: Ref<Appeal>;

  @Field(() => Int, { description: 'Working days asked for, added to the deadline when approved.' })
  @Property({ type: 'integer' })
  workingDays!: number;

  @Field(() => String, { description: 'Why the department needs them.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { description: 'Who asked.' })
  @Property({ type: 'string', length: 200 })
  requestedBy!: string;

  @Field(() => LocalDateScalar, { description: 'When it was asked, on or before the deadline.' })
  @Property({ type: 'date' })
  requestedOn!: string;

  @Field(() => LocalDateScalar, { description: 'The deadline when it was asked.' })
  @Property({ type: 'date' })
  previousDueOn!: string;

  @Field(() => ExtensionState, { description: 'Where it stands.' })
  @Enum({ items: () => ExtensionState })
  state: ExtensionState = ExtensionState.PENDING;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The new deadline, once approved.' })
  @Property({ type: 'date', nullable: true })
  newDueOn: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the dispatcher decided.' })
  @Property({ type: 'date', nullable: true })
  decidedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Who decided.' })
  @Property({ type: 'string', length: 200, nullable: true })
  decidedBy: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the dispatcher said.' })
  @Property({ type: 'text', nullable: true })
  decisionNote: string | null = null;
}
