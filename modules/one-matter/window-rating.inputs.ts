import { Extensions, Field, InputType, Int, ObjectType } from 'type-graphql';
import { range } from '../platform/validation/number-range';
import { MutationPayload } from '../platform/errors/mutation';
import { WindowBonus, WindowRating } from './window-rating.entity';

@InputType({ description: 'Bonus or deduction points for a window’s month.' })
export class WindowBonusRecordInput {
  @Field(() => String, { description: 'Code of the window, e.g. W01.' })
  windowCode!: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => Int, { description: 'Points, -20 to 20, not 0.' })
  // The service's rule is -20 to 20 and not 0, reported with the input's other problems; the range is the outer bound.
  @Extensions(range(-100, 100))
  points!: number;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@ObjectType({ description: 'Result of windowBonusRecord.' })
export class WindowBonusRecordPayload extends MutationPayload {
  @Field(() => WindowBonus, { nullable: true, description: 'The recorded points.' })
  bonus: WindowBonus | null = null;
}

@InputType({ description: 'The month to rate.' })
export class WindowRatingsPublishInput {
  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;
}

@ObjectType({ description: 'Result of windowRatingsPublish.' })
export class WindowRatingsPublishPayload extends MutationPayload {
  @Field(() => [WindowRating], { description: 'The published ratings, best first.' })
  ratings: WindowRating[] = [];
}
