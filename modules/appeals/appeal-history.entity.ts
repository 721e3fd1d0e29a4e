import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { Department } from '../one-matter/department.entity';
import { Appeal } from './appeal.entity';
import { AppealLayer, AppealSatisfaction, AppealStep, EscalationRule } from './appeal-states';

/** One step of an appeal's history (流转记录), written with the step itself, never changed. */
@Entity({ tableName: 'appeal_history_entry' })
@Unique({ properties: ['appeal', 'position'] })
@ObjectType({ description: 'A step in an appeal’s history (流转记录).' })
export class AppealHistoryEntry extends BaseEntity<'department' | 'note' | 'rule' | 'layer' | 'dueOn' | 'satisfaction' | 'solved'> {
  @ManyToOne(() => Appeal, { ref: true })
  appeal!: Ref<Appeal>;

  /** 1 for the first step of the appeal, then 2, 3…: the order the steps were taken in. */
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => AppealStep, { description: 'What happened.' })
  @Enum({ items: () => AppealStep })
  step!: AppealStep;

  @Field(() => Date, { description: 'When.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  at!: Date;

  @Field(() => String, { description: 'Who: a token subject, a channel system’s key, or a job.' })
  @Property({ type: 'string', length: 200 })
  actor!: string;

  @ManyToOne(() => Department, { ref: true, nullable: true })
  department: Ref<Department> | null = null;

  @Field(() => String, { nullable: true, description: 'What was said: a reason, a reply, a part, a follow-up note.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => EscalationRule, { nullable: true, description: 'For an escalation: the rule that fired.' })
  @Enum({ items: () => EscalationRule, nullable: true })
  rule: EscalationRule | null = null;

  @Field(() => AppealLayer, { nullable: true, description: 'The layer after the step, where it set one.' })
  @Enum({ items: () => AppealLayer, nullable: true })
  layer: AppealLayer | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The due date the step set, where it set one.' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field(() => AppealSatisfaction, { nullable: true, description: 'For a follow-up: the enterprise’s satisfaction.' })
  @Enum({ items: () => AppealSatisfaction, nullable: true })
  satisfaction: AppealSatisfaction | null = null;

  @Field(() => Boolean, { nullable: true, description: 'For a follow-up: whether the enterprise said the problem is solved.' })
  @Property({ type: 'boolean', nullable: true })
  solved: boolean | null = null;
}
