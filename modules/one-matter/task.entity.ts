import { LocalDateScalar } from '../platform/scalars/local-date';
import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import type { ServiceCase } from './case.entity';
import { Department } from './department.entity';
import { ServiceItem } from './service-item.entity';
import { TaskState } from './case-states';

/** One item of a case, routed to the department that owned the item at submission. */
@Entity({ tableName: 'task' })
@Index({ properties: ['department', 'state'] })
@Index({ properties: ['serviceCase'] })
@ObjectType({ implements: Node, description: 'One department’s part of a case: one service item.' })
export class Task extends BaseEntity<
  | 'version'
  | 'waitsFor'
  | 'resumeState'
  | 'activatedOn'
  | 'dueOn'
  | 'dueOnProvisional'
  | 'suspendedOn'
  | 'suspendedWorkingDays'
  | 'supplementRequest'
  | 'acceptedAt'
  | 'finishedAt'
  | 'finishedOn'
  | 'rejectionReason'
  | 'handledBy'
  | 'overdue'
  | 'overdueWithResponsibility'
> {
  @ManyToOne('ServiceCase', { ref: true, fieldName: 'case_id' })
  serviceCase!: Ref<ServiceCase>;

  @ManyToOne(() => ServiceItem, { ref: true })
  item!: Ref<ServiceItem>;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @Field(() => Int, { description: 'Order of the task within the case.' })
  @Property({ type: 'integer' })
  position!: number;

  /** Item codes of the tasks of the same case that must complete first. */
  @Property({ type: 'json' })
  waitsFor: string[] = [];

  @Field(() => TaskState, { description: 'Where the task stands.' })
  @Enum({ items: () => TaskState })
  state!: TaskState;

  /** The state a suspended task returns to when the applicant supplements. */
  @Enum({ items: () => TaskState, nullable: true })
  resumeState: TaskState | null = null;

  @Field(() => Int, { description: 'Committed time limit copied from the item at submission, in working days.' })
  @Property({ type: 'integer' })
  limitDays!: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the task reached its department; null while it waits for others.' })
  @Property({ type: 'date', nullable: true })
  activatedOn: string | null = null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Due date in working days from activation, extended by suspensions; null while waiting.',
  })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field(() => Boolean, {
    description:
      'Whether the due date was counted across a provisional calendar year: an estimate until the State Council publishes the year. Open deadlines are then counted again and lose the mark; finished ones keep the date and mark they were given.',
  })
  @Property({ type: 'boolean', default: false })
  dueOnProvisional: boolean = false;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the clock was stopped for a supplement.' })
  @Property({ type: 'date', nullable: true })
  suspendedOn: string | null = null;

  @Field(() => Int, { description: 'Working days the task has spent suspended; they do not count against the department.' })
  @Property({ type: 'integer' })
  suspendedWorkingDays: number = 0;

  @Field(() => String, { nullable: true, description: 'What the department asked the applicant to supplement.' })
  @Property({ type: 'text', nullable: true })
  supplementRequest: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the department accepted the task.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the task ended.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Local date the task ended.' })
  @Property({ type: 'date', nullable: true })
  finishedOn: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the department refused the task.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  @Field(() => String, { nullable: true, description: 'Subject of the officer who last acted on the task.' })
  @Property({ type: 'string', length: 200, nullable: true })
  handledBy: string | null = null;

  @Field(() => Boolean, { description: 'Whether the task ran past its due date.' })
  @Property({ type: 'boolean' })
  overdue: boolean = false;

  @Field(() => Boolean, { description: 'Whether the overdue is the department’s responsibility (有责超期); suspended time never counts.' })
  @Property({ type: 'boolean' })
  overdueWithResponsibility: boolean = false;

  @Field(() => Int, { description: 'Revision number; send it back as expectedVersion to detect concurrent actions.' })
  @Property({ version: true, type: 'integer' })
  version: number = 1;
}
