import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { runMutation } from '../platform/errors/mutation';
import { NotFoundError } from '../platform/errors/top-level-errors';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Department } from '../one-matter/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { User } from '../users/user.entity';
import { InspectionItem } from './inspection-item.entity';
import { InspectionPlan } from './inspection-plan.entity';
import { InspectionDraw } from './inspection-draw.entity';
import { Inspection, InspectionVisit } from './inspection.entity';
import { InspectionState } from './inspection.enums';
import { InspectionPlanService } from './inspection-plan.service';
import { assertDepartmentReader } from './inspection.access';
import { DrawReplay, DrawnTarget } from './inspection-draw.types';
import type { DrawOutcome } from './draw-algorithm';
import {
  InspectionDrawPayload,
  InspectionPlanCreateInput,
  InspectionPlanDrawInput,
  InspectionPlanPayload,
  InspectionPlanRedrawInput,
} from './inspection.inputs';

export const InspectionPlanConnection = ConnectionType(InspectionPlan, 'InspectionPlan', 'inspection plans');
export const InspectionConnection = ConnectionType(Inspection, 'Inspection', 'inspections');

const READERS = [Role.ADMIN, Role.OFFICER, Role.ANALYST];

/** The targets of an outcome with their enterprises and inspectors, read in two statements whatever their number. */
async function drawnTargets(context: GraphQLContext, outcome: DrawOutcome): Promise<DrawnTarget[]> {
  const enterpriseIds = outcome.targets.map((target) => target.enterpriseId);
  const userIds = [...new Set(outcome.targets.flatMap((target) => target.inspectorIds))];
  const enterprises = new Map((await context.em.find(Enterprise, { id: { $in: enterpriseIds } })).map((enterprise) => [enterprise.id, enterprise]));
  const users = new Map((await context.em.find(User, { id: { $in: userIds } })).map((user) => [user.id, user]));
  return outcome.targets.map((target) =>
    Object.assign(new DrawnTarget(), {
      enterprise: enterprises.get(target.enterpriseId)!,
      riskClass: target.riskClass,
      inspectors: target.inspectorIds.map((id) => users.get(id)!),
    }),
  );
}

@Resolver(() => InspectionPlan)
export class InspectionPlanResolver {
  @Authorized(...READERS)
  @Query(() => InspectionPlanConnection, {
    description: "A department's inspection plans, newest window first (its officers, ADMIN, ANALYST).",
    complexity: connectionComplexity(20),
  })
  async inspectionPlans(
    @Arg('department', () => String, { description: 'Code of the department.' }) department: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: GraphQLContext,
  ) {
    assertDepartmentReader(context, department);
    return new InspectionPlanConnection(
      await paginate(context, {
        entity: InspectionPlan,
        where: { department: { code: department } },
        sortField: 'windowStart',
        direction: 'DESC',
        args,
      }),
    );
  }

  @FieldResolver(() => Department, { description: 'The department that inspects.' })
  department(@Root() plan: InspectionPlan) {
    return plan.department.load({ dataloader: true });
  }

  @FieldResolver(() => [InspectionItem], { description: 'The items the plan checks.' })
  items(@Root() plan: InspectionPlan, @Ctx() context: GraphQLContext) {
    return context.em.find(InspectionItem, { code: { $in: plan.itemCodes } }, { orderBy: { code: 'ASC' } });
  }

  @FieldResolver(() => [InspectionDraw], { description: 'Every draw of the plan, first to last; only the last is ACTIVE.' })
  draws(@Root() plan: InspectionPlan, @Ctx() context: GraphQLContext) {
    return context.em.find(InspectionDraw, { plan }, { orderBy: { sequence: 'ASC' } });
  }

  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => InspectionPlanPayload, { description: 'Creates a plan of random inspections (an officer of the department, ADMIN).' })
  inspectionPlanCreate(@Arg('input', () => InspectionPlanCreateInput) input: InspectionPlanCreateInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, InspectionPlanPayload, async (em) => ({ plan: await new InspectionPlanService(context).create(em, input) }));
  }

  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => InspectionDrawPayload, { description: "Draws the plan's targets and inspectors at random, recording seed and pools (摇号)." })
  inspectionPlanDraw(@Arg('input', () => InspectionPlanDrawInput) input: InspectionPlanDrawInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, InspectionDrawPayload, async (em) => {
      const service = new InspectionPlanService(context);
      return { draw: await service.draw(em, await service.find(em, input.planId), null) };
    });
  }

  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => InspectionDrawPayload, { description: 'Draws a plan again, with the reason; the earlier draw stays on record, superseded.' })
  inspectionPlanRedraw(@Arg('input', () => InspectionPlanRedrawInput) input: InspectionPlanRedrawInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, InspectionDrawPayload, async (em) => {
      const service = new InspectionPlanService(context);
      return { draw: await service.draw(em, await service.find(em, input.planId), input.reason) };
    });
  }
}

@Resolver(() => InspectionDraw)
export class InspectionDrawResolver {
  @Authorized(...READERS)
  @Query(() => DrawReplay, { description: 'Runs a recorded draw again from its pool and seed, and says whether it gives the same result (复核).' })
  async inspectionDrawReplay(@Arg('drawId', () => ID, { description: 'Global id of the draw.' }) drawId: string, @Ctx() context: GraphQLContext) {
    const id = uuidFromGlobalId(drawId, 'InspectionDraw');
    const draw = id ? await context.em.findOne(InspectionDraw, { id }, { populate: ['plan.department'] }) : null;
    if (!draw) throw new NotFoundError('No draw has this id.');
    assertDepartmentReader(context, draw.plan.getEntity().department.getEntity().code);
    const { identical, outcome } = new InspectionPlanService(context).replay(draw);
    return Object.assign(new DrawReplay(), { draw, identical, targets: await drawnTargets(context, outcome) });
  }

  @FieldResolver(() => InspectionPlan, { description: 'The plan drawn.' })
  plan(@Root() draw: InspectionDraw) {
    return draw.plan.load({ dataloader: true });
  }

  @FieldResolver(() => String, { description: 'The rule that set the share of each class, e.g. "credit classes A 3%, B 5%, C 10%, D 30%".' })
  ratioRule(@Root() draw: InspectionDraw): string {
    return draw.ratioRule.description;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the draw used the credit rule (risk classes set the ratios).' })
  creditRuleApplied(@Root() draw: InspectionDraw): boolean {
    return draw.ratioRule.mode === 'CREDIT';
  }

  @FieldResolver(() => Int, { description: 'How many enterprises were in the target pool.' })
  poolSize(@Root() draw: InspectionDraw): number {
    return draw.pool.targets.length;
  }

  @FieldResolver(() => Int, { description: 'How many qualified inspectors were in the inspector pool.' })
  inspectorPoolSize(@Root() draw: InspectionDraw): number {
    return draw.pool.inspectors.length;
  }

  @FieldResolver(() => [DrawnTarget], { description: 'The targets drawn, with their inspectors.' })
  targets(@Root() draw: InspectionDraw, @Ctx() context: GraphQLContext) {
    return drawnTargets(context, draw.outcome);
  }
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Authorized(...READERS)
  @Query(() => InspectionConnection, {
    description: "A department's inspections, by window (its officers, ADMIN, ANALYST).",
    complexity: connectionComplexity(20),
  })
  async inspections(
    @Arg('department', () => String, { description: 'Code of the department.' }) department: string,
    @Arg('state', () => InspectionState, { nullable: true, description: 'Only inspections in this state.' }) state: InspectionState | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: GraphQLContext,
  ) {
    assertDepartmentReader(context, department);
    return new InspectionConnection(
      await paginate(context, {
        entity: Inspection,
        where: { department: { code: department }, ...(state ? { state } : {}) },
        sortField: 'windowStart',
        direction: 'DESC',
        args,
      }),
    );
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise inspected.' })
  enterprise(@Root() inspection: Inspection) {
    return inspection.enterprise.load({ dataloader: true });
  }

  @FieldResolver(() => Department, { description: 'The department inspecting.' })
  department(@Root() inspection: Inspection) {
    return inspection.department.load({ dataloader: true });
  }

  @FieldResolver(() => [InspectionItem], { description: 'The items checked.' })
  items(@Root() inspection: Inspection, @Ctx() context: GraphQLContext) {
    return context.em.find(InspectionItem, { code: { $in: inspection.itemCodes } }, { orderBy: { code: 'ASC' } });
  }

  @FieldResolver(() => [User], { description: 'The inspectors (personal data: never public).' })
  inspectors(@Root() inspection: Inspection, @Ctx() context: GraphQLContext) {
    return context.em.find(User, { id: { $in: inspection.inspectorIds } }, { orderBy: { login: 'ASC' } });
  }

  @FieldResolver(() => InspectionVisit, { nullable: true, description: 'The visit it belongs to, joint when several departments inspect together.' })
  visit(@Root() inspection: Inspection) {
    return inspection.visit?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => InspectionDraw, { nullable: true, description: 'The draw that picked it; null for a targeted inspection.' })
  draw(@Root() inspection: Inspection) {
    return inspection.draw?.load({ dataloader: true }) ?? null;
  }
}

@Resolver(() => InspectionVisit)
export class InspectionVisitResolver {
  @FieldResolver(() => Boolean, { description: 'Whether several departments inspect together (跨部门联合检查).' })
  joint(@Root() visit: InspectionVisit): boolean {
    return visit.departments.length > 1;
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise visited.' })
  enterprise(@Root() visit: InspectionVisit) {
    return visit.enterprise.load({ dataloader: true });
  }
}
