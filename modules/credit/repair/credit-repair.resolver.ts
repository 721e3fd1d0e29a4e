import { LocalDateScalar } from '../../platform/scalars/local-date';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { runMutation } from '../../platform/errors/mutation';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { recordsOf } from '../../enterprise/enterprise-record.resolvers';
import { assertRecordReadable } from '../../enterprise/enterprise-record.access';
import { AbnormalListEntry, AdministrativePenalty } from '../records/credit-records.entities';
import { CreditRepair } from './credit-repair.entity';
import { CreditRepairApplyInput, CreditRepairDecideInput, CreditRepairPayload } from './credit-repair.inputs';
import { CreditRepairService } from './credit-repair.service';
import { CREDIT_RECORD_READERS } from '../records/credit-records.access';

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

  @FieldResolver(() => LocalDateScalar, {
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
