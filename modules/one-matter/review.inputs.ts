import { Extensions, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { range } from '../platform/validation/number-range';
import { MutationPayload } from '../platform/errors/mutation';
import { Rectification } from './rectification.entity';
import { ReviewDimension, ReviewLevel, RectificationState } from './review-levels';
import { Review } from './review.entity';

@InputType({ description: 'The rating of one dimension.' })
export class DimensionRatingInput {
  @Field(() => ReviewDimension, { description: 'The dimension; it must suit the case’s channel.' })
  dimension!: ReviewDimension;

  @Field(() => Int, { description: 'Score from 1 to 5.' })
  // The service's rule is 1 to 5, reported with the review's other problems; the range is the outer bound.
  @Extensions(range(0, 10))
  score!: number;
}

@InputType({ description: 'The applicant’s review of a finished case.' })
export class ReviewSubmitInput {
  @Field(() => ID, { description: 'Global id of the case.' })
  caseId!: string;

  @Field(() => ReviewLevel, { description: 'Overall level.' })
  level!: ReviewLevel;

  @Field(() => [DimensionRatingInput], { defaultValue: [], description: 'Ratings per dimension, each dimension at most once.' })
  ratings!: DimensionRatingInput[];

  @Field(() => String, { nullable: true, description: 'Comment, at most 500 characters.' })
  comment?: string | null;

  @Field(() => Boolean, { description: 'Whether the review is given unprompted (主动评价).' })
  unprompted!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the department the review concerns; one of the case’s departments, by default that of its first task.',
  })
  departmentCode?: string | null;
}

@ObjectType({ description: 'Result of reviewSubmit.' })
export class ReviewSubmitPayload extends MutationPayload {
  @Field(() => Review, { nullable: true, description: 'The review.' })
  review: Review | null = null;

  @Field(() => Rectification, { nullable: true, description: 'The rectification a bad review opened; null otherwise.' })
  rectification: Rectification | null = null;
}

@InputType({ description: 'The department reports what it did.' })
export class RectificationReportInput {
  @Field(() => ID, { description: 'Global id of the rectification.' })
  id!: string;

  @Field(() => String, { description: 'The measures taken.' })
  measures!: string;
}

@InputType({ description: 'The outcome of calling the rater back.' })
export class RectificationFollowUpInput {
  @Field(() => ID, { description: 'Global id of the rectification.' })
  id!: string;

  @Field(() => Boolean, { description: 'Whether the rater is satisfied; if not, the rectification opens again.' })
  raterSatisfied!: boolean;

  @Field(() => String, { description: 'What was said.' })
  note!: string;
}

@ObjectType({ description: 'Result of an action on a rectification.' })
export class RectificationPayload extends MutationPayload {
  @Field(() => Rectification, { nullable: true, description: 'The rectification after the action.' })
  rectification: Rectification | null = null;
}

@InputType({ description: 'Narrows the rectifications.' })
export class RectificationFilter {
  @Field(() => String, { nullable: true, description: 'Only those of this department code.' })
  departmentCode?: string | null;

  @Field(() => [RectificationState], { nullable: true, description: 'Only those in one of these states.' })
  states?: RectificationState[] | null;
}
