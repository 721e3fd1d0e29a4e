import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { MutationPayload, runMutation } from '../../platform/errors/mutation';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { assertRecordReadable, recordsOf } from '../../enterprise/enterprise-record.resolvers';
import { AbnormalListEntry, AdministrativePenalty } from '../records/credit-records.entities';
import { CreditRepair } from './credit-repair.entity';
import { CreditRepairService } from './credit-repair.service';
import { CREDIT_RECORD_READERS } from '../records/credit-records.resolvers';

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

/** Counted when read, on the calendar in force: a provisional year's estimate is corrected by loading the year. */
function decisionDeadline(repair: CreditRepair, context: GraphQLContext) {
  return context.platform.calendar.calendar().deadlineIfCovered(repair.appliedOn, context.platform.config.CREDIT_REPAIR_DECISION_WORKING_DAYS);
}

@Resolver(() => CreditRepair)
export class CreditRepairResolver {
  @Authorized(Role.ENTERPRISE)
  @Mutation(() => CreditRepairPayload, {
    description: 'An enterprise applies to repair one of its records; ineligible applications say from when they become eligible.',
  })
  creditRepairApply(@Arg('input', () => CreditRepairApplyInput) input: CreditRepairApplyInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, CreditRepairPayload, async (em) => ({ repair: await new CreditRepairService(context).apply(em, input) }));
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => CreditRepairPayload, {
    description: 'The department that owns the record approves or rejects a repair; an approval moves the score at once.',
  })
  creditRepairDecide(@Arg('input', () => CreditRepairDecideInput) input: CreditRepairDecideInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, CreditRepairPayload, async (em) => ({
      repair: await new CreditRepairService(context).decide(em, input.id, input.approve, input.reason),
    }));
  }

  @FieldResolver(() => GraphQLLocalDate, {
    nullable: true,
    description:
      'The day by which the department should decide: CREDIT_REPAIR_DECISION_WORKING_DAYS working days after the application; null where the calendar does not reach.',
  })
  decisionDueOn(@Root() repair: CreditRepair, @Ctx() context: GraphQLContext): string | null {
    return decisionDeadline(repair, context)?.dueOn ?? null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether decisionDueOn was counted across a provisional calendar year (an estimate until the year is published).',
  })
  decisionDueOnProvisional(@Root() repair: CreditRepair, @Ctx() context: GraphQLContext): boolean | null {
    return decisionDeadline(repair, context)?.provisional ?? null;
  }

  @FieldResolver(() => AdministrativePenalty, { nullable: true, description: 'The penalty to repair.' })
  penalty(@Root() repair: CreditRepair) {
    return repair.penalty?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => AbnormalListEntry, { nullable: true, description: 'The abnormal-list entry to leave.' })
  abnormalListEntry(@Root() repair: CreditRepair) {
    return repair.abnormalEntry?.load({ dataloader: true }) ?? null;
  }
}

@Resolver(() => Enterprise)
export class EnterpriseRepairResolver {
  @Authorized(...CREDIT_RECORD_READERS)
  @FieldResolver(() => [CreditRepair], {
    nullable: true,
    description: 'The enterprise’s repair applications, newest first. Null, with an error on this field only, when the caller may not read it.',
  })
  creditRepairs(@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext) {
    assertRecordReadable(context, enterprise);
    return recordsOf(context, CreditRepair, 'enterprise', enterprise.id, { appliedOn: 'DESC', createdAt: 'DESC' });
  }
}
