import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { runMutation } from '../platform/errors/mutation';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { Department } from '../one-matter/department.entity';
import { InspectionItem } from './inspection-item.entity';
import { InspectionItemService } from './inspection-item.service';
import {
  InspectionItemDefineInput,
  InspectionItemPayload,
  InspectionItemWithdrawInput,
  InspectorConflictDeclareInput,
  InspectorConflictDeclarePayload,
} from './inspection.inputs';

export const InspectionItemConnection = ConnectionType(InspectionItem, 'InspectionItem', 'inspection items');

@Resolver(() => InspectionItem)
export class InspectionItemResolver {
  @Query(() => InspectionItemConnection, {
    description: 'The inspection lists (抽查事项清单), public, by code.',
    complexity: connectionComplexity(20),
  })
  async inspectionItems(
    @Arg('department', () => String, { nullable: true, description: "Only this department's list." }) department: string | null,
    @Arg('includeWithdrawn', () => Boolean, { defaultValue: false, description: 'Also items taken off the list.' }) includeWithdrawn: boolean,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: GraphQLContext,
  ) {
    return new InspectionItemConnection(
      await paginate(context, {
        entity: InspectionItem,
        where: { ...(department ? { department: { code: department } } : {}), ...(includeWithdrawn ? {} : { active: true }) },
        sortField: 'code',
        direction: 'ASC',
        args,
      }),
    );
  }

  @FieldResolver(() => Department, { description: 'The department whose list holds it.' })
  department(@Root() item: InspectionItem) {
    return item.department.load({ dataloader: true });
  }

  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => InspectionItemPayload, {
    description: "Puts an item on a department's inspection list, or changes it (an officer of the department, ADMIN).",
  })
  inspectionItemDefine(@Arg('input', () => InspectionItemDefineInput) input: InspectionItemDefineInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, InspectionItemPayload, async (em) => ({ item: await new InspectionItemService(context).define(em, input) }));
  }

  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => InspectionItemPayload, { description: 'Takes an item off the list in force; plans that used it keep it.' })
  inspectionItemWithdraw(@Arg('input', () => InspectionItemWithdrawInput) input: InspectionItemWithdrawInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, InspectionItemPayload, async (em) => ({ item: await new InspectionItemService(context).withdraw(em, input.code) }));
  }

  @Authorized(Role.ADMIN, Role.OFFICER)
  @Mutation(() => InspectorConflictDeclarePayload, {
    description: "Records an inspector's relation with an enterprise: they are never drawn to inspect it (回避).",
  })
  inspectorConflictDeclare(@Arg('input', () => InspectorConflictDeclareInput) input: InspectorConflictDeclareInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, InspectorConflictDeclarePayload, async (em) => {
      await new InspectionItemService(context).declareConflict(em, input);
      return { declared: true };
    });
  }
}
