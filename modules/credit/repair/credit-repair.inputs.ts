import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../../platform/errors/mutation';
import { CreditRepair } from './credit-repair.entity';

@InputType({ description: 'An application to repair one record.' })
export class CreditRepairApplyInput {
  @Field(() => ID, { nullable: true, description: 'Global id of the penalty whose publicity should end early.' })
  penaltyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the abnormal-list entry to leave.' })
  abnormalListEntryId?: string | null;

  @Field(() => String, { description: 'How the cause was cured, and the enterprise’s commitment.' })
  statement!: string;
}

@InputType({ description: 'The department’s decision on a repair.' })
export class CreditRepairDecideInput {
  @Field(() => ID, { description: 'Global id of the repair.' })
  id!: string;

  @Field(() => Boolean, { description: 'Approve (true) or reject (false).' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is rejected; required then.' })
  reason?: string | null;
}

@ObjectType({ description: 'Result of creditRepairApply or creditRepairDecide.' })
export class CreditRepairPayload extends MutationPayload {
  @Field(() => CreditRepair, { nullable: true, description: 'The repair.' })
  repair: CreditRepair | null = null;
}
