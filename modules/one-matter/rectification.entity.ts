import { LocalDateScalar } from '../platform/scalars/local-date';
import { Entity, Enum, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { Department } from './department.entity';
import { RectificationState } from './review-levels';
import { Review } from './review.entity';

@ObjectType({ description: 'A call back to the rater after a rectification (回访).' })
export class FollowUp {
  @Field(() => Date, { description: 'When the rater was called.' })
  at!: Date;

  @Field(() => String, { description: 'Who called.' })
  by!: string;

  @Field(() => Boolean, { description: 'Whether the rater is satisfied with the rectification.' })
  raterSatisfied!: boolean;

  @Field(() => String, { description: 'What was said.' })
  note!: string;
}

/** What a department owes after a bad review: measures by a due date, then a call back to the rater. */
@Entity({ tableName: 'rectification' })
@ObjectType({ implements: Node, description: 'A rectification a department owes after a bad review (差评整改).' })
export class Rectification extends BaseEntity<'state' | 'dueOnProvisional' | 'measures' | 'rectifiedOn' | 'closedOn' | 'followUps' | 'version'> {
  @OneToOne(() => Review, { ref: true, owner: true, unique: true })
  review!: Ref<Review>;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @Field(() => RectificationState, { description: 'Where the rectification stands.' })
  @Enum({ items: () => RectificationState })
  state: RectificationState = RectificationState.OPEN;

  @Field(() => LocalDateScalar, { description: 'The day the measures are due, in working days from the review (or the reopening).' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => LocalDateScalar, {
    description: 'When the current round started: the review, or the reopening after an unsatisfied follow-up; the due date counts from it.',
  })
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => Boolean, {
    description:
      'Whether the due date was counted across a provisional calendar year: an estimate until the State Council publishes the year. Open deadlines are then counted again and lose the mark; finished ones keep the date and mark they were given.',
  })
  @Property({ type: 'boolean', default: false })
  dueOnProvisional: boolean = false;

  @Field(() => String, { nullable: true, description: 'What the department did.' })
  @Property({ type: 'text', nullable: true })
  measures: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the department reported its measures.' })
  @Property({ type: 'date', nullable: true })
  rectifiedOn: string | null = null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the rectification was closed.' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  @Field(() => [FollowUp], { description: 'Calls back to the rater, oldest first.' })
  @Property({ type: 'json' })
  followUps: FollowUp[] = [];

  @Property({ version: true, type: 'integer' })
  version: number = 1;
}
