import { Entity, Enum, ManyToOne, OneToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { ServiceCase } from './case.entity';
import { Department } from './department.entity';
import { ReviewDimension, ReviewLevel } from './review-levels';

@ObjectType({ description: 'The rating of one dimension of a review.' })
export class DimensionRating {
  @Field(() => ReviewDimension, { description: 'The rated dimension.' })
  dimension!: ReviewDimension;

  @Field(() => Int, { description: 'Score from 1 (very dissatisfied) to 5 (very satisfied).' })
  score!: number;
}

/** The applicant's one review of a case (好差评). */
@Entity({ tableName: 'review' })
@ObjectType({ implements: Node, description: 'The applicant’s good/bad review of a case (好差评).' })
export class Review extends BaseEntity<'ratings' | 'comment'> {
  @OneToOne(() => ServiceCase, { ref: true, owner: true, unique: true, fieldName: 'case_id' })
  serviceCase!: Ref<ServiceCase>;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @Field(() => ReviewLevel, { description: 'Overall level.' })
  @Enum({ items: () => ReviewLevel })
  level!: ReviewLevel;

  @Field(() => Int, { description: 'Overall level as a score, 5 (very satisfied) to 1.' })
  @Property({ type: 'integer' })
  score!: number;

  @Field(() => Boolean, { description: 'Whether the service was online (online dimensions) or in person.' })
  @Property({ type: 'boolean' })
  online!: boolean;

  @Field(() => [DimensionRating], { description: 'Ratings per dimension.' })
  @Property({ type: 'json' })
  ratings: DimensionRating[] = [];

  @Field(() => String, { nullable: true, description: 'What the applicant wrote.' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => Boolean, { description: 'Whether the applicant reviewed unprompted (主动评价), not after a reminder.' })
  @Property({ type: 'boolean' })
  unprompted!: boolean;

  @Field(() => Date, { description: 'When the review was given.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  reviewedAt!: Date;
}
