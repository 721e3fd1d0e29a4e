import { Field, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../platform/errors/mutation';

@ObjectType({ description: 'Result of creditScoresRecompute.' })
export class CreditScoresRecomputePayload extends MutationPayload {
  @Field(() => Int, { description: 'Enterprises scored.' })
  enterprises: number = 0;
}
