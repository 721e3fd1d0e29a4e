import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { runMutation } from '../platform/errors/mutation';
import { requestLoader, byForeignKey } from '../platform/relay/request-loader';
import { CalendarYearMissingError, localDateInShanghai } from '../platform/calendar/working-day-calendar';
import { recordsOf } from '../enterprise/enterprise-record.resolvers';
import { Inspection } from './inspection.entity';
import { InspectionItem } from './inspection-item.entity';
import { InspectionResult } from './inspection-result.entity';
import { InspectionResultService } from './inspection-result.service';
import { InspectionTargetedService } from './inspection-targeted.service';
import {
  InspectionPublishInput,
  InspectionPublishPayload,
  InspectionResultRecordInput,
  InspectionResultRecordPayload,
  InspectionTargetedRecordInput,
  InspectionTargetedRecordPayload,
} from './inspection-result.inputs';

/** The items of a page of results, in one statement whatever their number. */
export function itemByCode(context: GraphQLContext, code: string): Promise<InspectionItem | null> {
  return requestLoader<InspectionItem>(context, 'InspectionItem.byCode', async (codes) =>
    byForeignKey(await context.em.find(InspectionItem, { code: { $in: [...codes] } }), codes, (item) => item.code),
  ).load(code);
}

/** The results of a page of inspections, by item code, in one statement whatever their number. */
export function resultsOf(context: GraphQLContext, inspection: Inspection): Promise<InspectionResult[]> {
  return recordsOf(context, InspectionResult, 'inspection', inspection.id, { itemCode: 'ASC' });
}

@Resolver(() => Inspection)
export class InspectionResultsResolver {
  @FieldResolver(() => [InspectionResult], { description: 'The results per item (检查结果), by item code; empty until they are recorded.' })
  results(@Root() inspection: Inspection, @Ctx() context: GraphQLContext): Promise<InspectionResult[]> {
    return resultsOf(context, inspection);
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether publicationDue was counted across a provisional calendar year (an estimate until the year is published, then counted again); null before results.',
  })
  publicationDueProvisional(@Root() inspection: Inspection, @Ctx() context: GraphQLContext): boolean | null {
    if (!inspection.publicationDue || !inspection.resultedAt) return null;
    try {
      return context.platform.calendar.calendar().isProvisionalBetween(localDateInShanghai(inspection.resultedAt), inspection.publicationDue);
    } catch (error) {
      if (error instanceof CalendarYearMissingError) return null;
      throw error;
    }
  }

  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => InspectionResultRecordPayload, {
    description:
      "Records an inspection's results, one per item (录入检查结果), with a penalty decided on its problems if any: by its inspectors, officers of its department, ADMIN.",
  })
  inspectionResultRecord(@Arg('input', () => InspectionResultRecordInput) input: InspectionResultRecordInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, InspectionResultRecordPayload, async (em) => ({
      inspection: await new InspectionResultService(context).record(em, input),
    }));
  }

  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => InspectionPublishPayload, {
    description: "Makes an inspection's results public (结果公示, 一公开): officers of its department, ADMIN.",
  })
  inspectionPublish(@Arg('input', () => InspectionPublishInput) input: InspectionPublishInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, InspectionPublishPayload, async (em) => ({
      inspection: await new InspectionResultService(context).publish(em, input.inspectionId),
    }));
  }

  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => InspectionTargetedRecordPayload, {
    description: 'Orders an inspection for a reason, not drawn (非双随机检查: a complaint, a referral): an officer of the department, ADMIN.',
  })
  inspectionTargetedRecord(@Arg('input', () => InspectionTargetedRecordInput) input: InspectionTargetedRecordInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, InspectionTargetedRecordPayload, async (em) => ({
      inspection: await new InspectionTargetedService(context).record(em, input),
    }));
  }
}

@Resolver(() => InspectionResult)
export class InspectionResultResolver {
  @FieldResolver(() => InspectionItem, { nullable: true, description: 'The item checked (检查事项).' })
  item(@Root() result: InspectionResult, @Ctx() context: GraphQLContext): Promise<InspectionItem | null> {
    return itemByCode(context, result.itemCode);
  }

  @FieldResolver(() => [String], {
    description: 'References of the evidence (检查证据); for the department that inspects, never published.',
  })
  evidence(@Root() result: InspectionResult): string[] {
    return result.evidence;
  }
}
