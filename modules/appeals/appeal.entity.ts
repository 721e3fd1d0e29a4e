import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Department } from '../one-matter/department.entity';
import { Rectification } from '../one-matter/rectification.entity';
import { AppealChannel } from './appeal-channel.entity';
import { AppealGrade, AppealLayer, AppealSatisfaction, AppealState } from './appeal-states';

type Defaults =
  | 'channelReference'
  | 'contactName'
  | 'contactPhone'
  | 'state'
  | 'categoryCodes'
  | 'layer'
  | 'grade'
  | 'leadDepartment'
  | 'assignedOn'
  | 'acceptedOn'
  | 'dueOn'
  | 'dueOnProvisional'
  | 'deadlineWarnedFor'
  | 'escalatedFor'
  | 'reply'
  | 'repliedOn'
  | 'satisfaction'
  | 'solved'
  | 'followedUpOn'
  | 'reopenCount'
  | 'closedOn'
  | 'mergedInto'
  | 'rectification'
  | 'coHandlers'
  | 'historyLength'
  | 'repliedLate'
  | 'version';

/**
 * An enterprise's problem in the pool (涉企诉求), from intake to closure. The office routes it from one point; the
 * lead department answers within the grade's working days; the enterprise's follow-up closes or reopens it.
 */
@Entity({ tableName: 'appeal' })
@Unique({ properties: ['channel', 'channelReference'] })
@Index({ properties: ['state', 'dueOn'] })
@Index({ properties: ['enterprise', 'receivedAt'] })
@Index({ properties: ['leadDepartment', 'state'] })
@Index({ properties: ['mergedInto'] })
@ObjectType({ implements: Node, description: 'An enterprise problem in the closed loop (企呼我应诉求).' })
export class Appeal extends BaseEntity<Defaults> {
  @Field(() => String, { description: 'The appeal’s number, e.g. QH-2026-000123, to quote on the phone.' })
  @Property({ type: 'string', length: 20, unique: true })
  number!: string;

  @ManyToOne(() => AppealChannel, { ref: true })
  channel!: Ref<AppealChannel>;

  @Field(() => String, {
    nullable: true,
    description: 'The channel system’s own reference number; a resubmission with the same one returns this appeal.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  channelReference: string | null = null;

  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => String, { description: 'The problem in a line.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'The problem as the enterprise put it.' })
  @Property({ type: 'text' })
  description!: string;

  /** Personal data: read through the masking rule of appeal.access.ts. */
  @Property({ type: 'string', length: 100, nullable: true })
  contactName: string | null = null;

  /** Personal data: read through the masking rule of appeal.access.ts. */
  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone: string | null = null;

  @Field(() => String, { description: 'Who submitted or registered it: a token subject, or the channel system’s key.' })
  @Property({ type: 'string', length: 200 })
  submittedBy!: string;

  @Field(() => Date, { description: 'When it reached the pool.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => AppealState, { description: 'Where it stands.' })
  @Enum({ items: () => AppealState })
  state: AppealState = AppealState.RECEIVED;

  /** Codes of the catalogue's categories; read as objects through the resolver. */
  @Property({ type: 'text[]', default: '{}' })
  categoryCodes: string[] = [];

  @Field(() => AppealLayer, { nullable: true, description: 'The layer handling it, once assigned (层级).' })
  @Enum({ items: () => AppealLayer, nullable: true })
  layer: AppealLayer | null = null;

  @Field(() => AppealGrade, { nullable: true, description: 'Its grade, once assigned; the grade sets the working days (分级).' })
  @Enum({ items: () => AppealGrade, nullable: true })
  grade: AppealGrade | null = null;

  @ManyToOne(() => Department, { ref: true, nullable: true })
  leadDepartment: Ref<Department> | null = null;

  @OneToMany(() => AppealCoHandling, (coHandling) => coHandling.appeal, { orderBy: { createdAt: 'ASC', id: 'ASC' } })
  coHandlers = new Collection<AppealCoHandling>(this);

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was assigned (or reopened); the deadline counts from it.' })
  @Property({ type: 'date', nullable: true })
  assignedOn: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the lead department took it up (签收).' })
  @Property({ type: 'date', nullable: true })
  acceptedOn: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the reply is due, in working days by grade, moved by approved extensions.' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field(() => Boolean, {
    description:
      'Whether the due date was counted across a provisional calendar year: an estimate until the official year is loaded, when open deadlines are counted again.',
  })
  @Property({ type: 'boolean', default: false })
  dueOnProvisional: boolean = false;

  /** The deadline whose approach the department was told of, so that it is told once. */
  @Property({ type: 'date', nullable: true })
  deadlineWarnedFor: string | null = null;

  /** The deadline the overdue rule escalated, so that one missed deadline escalates once. */
  @Property({ type: 'date', nullable: true })
  escalatedFor: string | null = null;

  @Field(() => String, { nullable: true, description: 'The lead department’s reply: what it did (答复).' })
  @Property({ type: 'text', nullable: true })
  reply: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was replied to.' })
  @Property({ type: 'date', nullable: true })
  repliedOn: string | null = null;

  @Field(() => Boolean, { description: 'Whether a reply came after its deadline; an appeal closed without one counts as closed on time.' })
  @Property({ type: 'boolean', default: false })
  repliedLate: boolean = false;

  @Field(() => AppealSatisfaction, { nullable: true, description: 'The enterprise’s satisfaction at the last follow-up (满意度).' })
  @Enum({ items: () => AppealSatisfaction, nullable: true })
  satisfaction: AppealSatisfaction | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the enterprise said its problem is solved at the last follow-up.' })
  @Property({ type: 'boolean', nullable: true })
  solved: boolean | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the enterprise was last called back.' })
  @Property({ type: 'date', nullable: true })
  followedUpOn: string | null = null;

  @Field(() => Int, { description: 'How often a follow-up reopened it; the second reopening escalates it.' })
  @Property({ type: 'integer', default: 0 })
  reopenCount: number = 0;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was closed (办结销号).' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @ManyToOne(() => Appeal, { ref: true, nullable: true })
  mergedInto: Ref<Appeal> | null = null;

  /** A bad review's rectification, which drives a BAD_REVIEW appeal. */
  @ManyToOne(() => Rectification, { ref: true, nullable: true, unique: true })
  rectification: Ref<Rectification> | null = null;

  /** Steps recorded so far: each history entry takes the next position, so the history reads in the order written. */
  @Property({ type: 'integer', default: 0 })
  historyLength: number = 0;

  @Field(() => Int, { description: 'Changes with every step; pass it as expectedVersion to act only on what you saw.' })
  @Property({ version: true, type: 'integer' })
  version: number = 1;
}

/** A co-handling department of an appeal and its part of the answer (协办). */
@Entity({ tableName: 'appeal_co_handling' })
@Unique({ properties: ['appeal', 'department'] })
@Index({ properties: ['department'] })
@ObjectType({ description: 'A co-handling department and its part of the answer (协办单位).' })
export class AppealCoHandling extends BaseEntity<'part' | 'partAddedOn'> {
  @ManyToOne(() => Appeal, { ref: true })
  appeal!: Ref<Appeal>;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @Field(() => String, { nullable: true, description: 'Its part of the answer; the lead department’s reply waits for every part.' })
  @Property({ type: 'text', nullable: true })
  part: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it gave its part.' })
  @Property({ type: 'date', nullable: true })
  partAddedOn: string | null = null;
}
