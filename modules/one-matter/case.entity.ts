import { LocalDateScalar } from '../platform/scalars/local-date';
import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Matter } from './matter.entity';
import { ServiceWindow } from './service-window.entity';
import { CaseState, Channel } from './case-states';
import { Task } from './task.entity';
import { Role } from '../platform/auth/principal';

/** One enterprise's application for a matter (办件), fanned out to one task per item. */
@Entity({ tableName: 'service_case' })
@Unique({ properties: ['submittedBy', 'idempotencyKey'] })
@Index({ properties: ['submittedAt', 'id'] })
@Index({ properties: ['enterprise'] })
@Index({ properties: ['state'] })
@ObjectType('Case', { implements: Node, description: 'An enterprise’s application for a one-matter bundle (办件).' })
export class ServiceCase extends BaseEntity<
  'version' | 'state' | 'overdue' | 'dueOnProvisional' | 'window' | 'finishedAt' | 'finishedOn' | 'rejectionReason'
> {
  @Field(() => String, { description: 'Case number shown to the applicant, e.g. YJS-20260212-000042.' })
  @Property({ type: 'string', length: 40, unique: true })
  number!: string;

  @ManyToOne(() => Matter, { ref: true })
  matter!: Ref<Matter>;

  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => Channel, { description: 'How the case was submitted.' })
  @Enum({ items: () => Channel })
  channel!: Channel;

  @ManyToOne(() => ServiceWindow, { ref: true, nullable: true })
  window: Ref<ServiceWindow> | null = null;

  @Field(() => CaseState, { description: 'Where the case stands.' })
  @Enum({ items: () => CaseState })
  state: CaseState = CaseState.SUBMITTED;

  @Field(() => Date, { description: 'When the case was submitted.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  submittedAt!: Date;

  @Field(() => LocalDateScalar, { description: 'Local date of submission; the clock starts after it.' })
  @Property({ type: 'date' })
  submittedOn!: string;

  @Field(() => LocalDateScalar, {
    description: 'The day by which all tasks are due, from committed limits and dependencies, extended by suspensions.',
  })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => Boolean, {
    description:
      'Whether the due date was counted across a provisional calendar year: an estimate until the State Council publishes the year. Open deadlines are then counted again and lose the mark; finished ones keep the date and mark they were given.',
  })
  @Property({ type: 'boolean', default: false })
  dueOnProvisional: boolean = false;

  @Field(() => Date, { nullable: true, description: 'When the case ended (completed, rejected or withdrawn).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  finishedAt: Date | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Local date the case ended.' })
  @Property({ type: 'date', nullable: true })
  finishedOn: string | null = null;

  @Field(() => Boolean, { description: 'Whether the case ran past its due date.' })
  @Property({ type: 'boolean' })
  overdue: boolean = false;

  @Field(() => String, { nullable: true, description: 'Why a task was refused, when the case was rejected.' })
  @Property({ type: 'text', nullable: true })
  rejectionReason: string | null = null;

  /** Subject of the principal that submitted: the applicant side that may supplement and withdraw. */
  @Property({ type: 'string', length: 200 })
  submittedBy!: string;

  @Field(() => Role, { description: 'Role of whoever submitted: ENTERPRISE online, OFFICER at a window.' })
  @Enum({ items: () => Role })
  submittedByRole!: Role;

  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;

  @OneToMany(() => Task, (task) => task.serviceCase, { orderBy: { position: 'ASC' } })
  tasks = new Collection<Task>(this);

  @Field(() => Int, { description: 'Revision number, for optimistic locking.' })
  @Property({ version: true, type: 'integer' })
  version: number = 1;
}
