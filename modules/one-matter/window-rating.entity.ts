import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { ServiceWindow } from './service-window.entity';

/** Bonus (or deduction) points an ADMIN gives a window for a month, with the reason. */
@Entity({ tableName: 'window_bonus' })
@ObjectType({ implements: Node, description: 'Points an administrator added to or took from a window’s month, with the reason (加减分).' })
export class WindowBonus extends BaseEntity {
  @ManyToOne(() => ServiceWindow, { ref: true })
  window!: Ref<ServiceWindow>;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => Int, { description: 'Points, -20 to 20.' })
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => String, { description: 'Why the points were given.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { description: 'Who recorded them.' })
  @Property({ type: 'string', length: 200 })
  recordedBy!: string;
}

/** A window's published star rating for one month, with the figures it came from. */
@Entity({ tableName: 'window_rating' })
@Unique({ properties: ['window', 'month'] })
@ObjectType({ implements: Node, description: 'A window’s star rating for a month, with its breakdown (窗口星级评定).' })
export class WindowRating extends BaseEntity {
  @ManyToOne(() => ServiceWindow, { ref: true })
  window!: Ref<ServiceWindow>;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => Int, { description: 'Stars, 1 to 5.' })
  @Property({ type: 'integer' })
  stars!: number;

  @Field(() => Float, { description: 'The score the stars come from.' })
  @Property({ type: 'double' })
  score!: number;

  @Field(() => Int, { description: 'Cases submitted at the window that completed in the month.' })
  @Property({ type: 'integer' })
  casesCompleted!: number;

  @Field(() => Int, { description: 'Of those, the ones completed on time.' })
  @Property({ type: 'integer' })
  casesOnTime!: number;

  @Field(() => Float, { nullable: true, description: 'casesOnTime / casesCompleted; null without completed cases (counted as full marks).' })
  @Property({ type: 'double', nullable: true })
  onTimeRate!: number | null;

  @Field(() => Int, { description: 'Reviews of the window’s cases given in the month.' })
  @Property({ type: 'integer' })
  reviews!: number;

  @Field(() => Int, { description: 'Of those, the ones at basically satisfied or better.' })
  @Property({ type: 'integer' })
  satisfiedReviews!: number;

  @Field(() => Float, { nullable: true, description: 'satisfiedReviews / reviews; null without reviews (counted as full marks).' })
  @Property({ type: 'double', nullable: true })
  satisfactionRate!: number | null;

  @Field(() => Int, { description: 'Rectifications opened in the month by bad reviews of the window’s cases.' })
  @Property({ type: 'integer' })
  rectifications!: number;

  @Field(() => Int, { description: 'Overdue with responsibility recorded in the month on the window’s cases.' })
  @Property({ type: 'integer' })
  overdueWithResponsibility!: number;

  @Field(() => Int, { description: 'Sum of the bonus points recorded for the month.' })
  @Property({ type: 'integer' })
  bonusPoints!: number;

  @Field(() => Date, { description: 'When the rating was published.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  publishedAt!: Date;
}
