import { LocalDateScalar } from '../scalars/local-date';
import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../database/base.entity';
import { Node } from '../relay/node.interface';

/**
 * A deadline moved because a year of the calendar was replaced, typically a provisional year by the official
 * one: what it was, what it became, and which calendar change moved it. Append-only.
 */
@Entity({ tableName: 'deadline_correction' })
@Index({ properties: ['calendarYear', 'createdAt', 'id'] })
@Index({ properties: ['subjectId'] })
@ObjectType({ implements: Node, description: 'A deadline moved when a year of the working-day calendar was replaced (工作日历更正).' })
export class DeadlineCorrection extends BaseEntity {
  @Field(() => Int, { description: 'The calendar year whose replacement moved the deadline.' })
  @Property({ type: 'integer' })
  calendarYear!: number;

  @Field(() => String, { description: 'What kind of deadline moved, e.g. one-matter.task.dueOn.' })
  @Property({ type: 'string', length: 100 })
  kind!: string;

  @Field(() => ID, { description: 'Global id of the object whose deadline moved; refetch it with node(id:).' })
  @Property({ type: 'string', length: 200 })
  subjectId!: string;

  @Field(() => LocalDateScalar, { description: 'The deadline before the correction.' })
  @Property({ type: 'date' })
  previousDueOn!: string;

  @Field(() => LocalDateScalar, { description: 'The deadline after the correction.' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => Boolean, { description: 'Whether the new deadline still rests on a provisional year.' })
  @Property({ type: 'boolean' })
  stillProvisional!: boolean;

  @Field(() => String, { nullable: true, description: 'Request id of the calendar change, to find it in the logs and the audit log.' })
  @Property({ type: 'string', length: 100, nullable: true })
  requestId: string | null = null;
}
