import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import { runMutation } from '../platform/errors/mutation';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../platform/relay/connection';
import { nestedPage } from '../platform/relay/nested-pages';
import { ServiceCase } from './case.entity';
import { TaskActionInput, TaskPayload, TaskRejectInput, TaskRequestSupplementInput, TaskSupplementInput } from './case.inputs';
import { TaskState, type TaskVerb } from './case-states';
import { Department } from './department.entity';
import { ServiceItem } from './service-item.entity';
import { Task } from './task.entity';
import { TaskService, type TaskActionRequest } from './task.service';

export const TaskConnection = ConnectionType(Task, 'Task', 'tasks');

function act(context: GraphQLContext, verb: TaskVerb, request: TaskActionRequest) {
  return runMutation(context, TaskPayload, async (em) => {
    const { task, serviceCase } = await new TaskService(context).act(em, verb, request);
    return { task, case: serviceCase };
  });
}

@Resolver(() => Task)
export class TaskResolver {
  @Authorized(Role.OFFICER)
  @Mutation(() => TaskPayload, { description: 'The department accepts a submitted task (受理); officers of the task’s department only.' })
  taskAccept(@Arg('input', () => TaskActionInput) input: TaskActionInput, @Ctx() context: GraphQLContext) {
    return act(context, 'accept', input);
  }

  @Authorized(Role.OFFICER)
  @Mutation(() => TaskPayload, {
    description: 'The department refuses a task with a reason; the case is rejected and its other open tasks cancelled.',
  })
  taskReject(@Arg('input', () => TaskRejectInput) input: TaskRejectInput, @Ctx() context: GraphQLContext) {
    return act(context, 'reject', { ...input, text: input.reason });
  }

  @Authorized(Role.OFFICER)
  @Mutation(() => TaskPayload, { description: 'The department asks the applicant for a supplement (补正); the task’s clock stops.' })
  taskRequestSupplement(@Arg('input', () => TaskRequestSupplementInput) input: TaskRequestSupplementInput, @Ctx() context: GraphQLContext) {
    return act(context, 'requestSupplement', { ...input, text: input.request });
  }

  @Authorized(Role.ENTERPRISE, Role.OFFICER)
  @Mutation(() => TaskPayload, {
    description: 'The applicant supplies the supplement; the clock runs again and the due date moves by the working days it stood still.',
  })
  taskSupplement(@Arg('input', () => TaskSupplementInput) input: TaskSupplementInput, @Ctx() context: GraphQLContext) {
    return act(context, 'supplement', input);
  }

  @Authorized(Role.OFFICER)
  @Mutation(() => TaskPayload, {
    description: 'The department completes an accepted task (办结); tasks waiting for it start, and the case completes with its last task.',
  })
  taskComplete(@Arg('input', () => TaskActionInput) input: TaskActionInput, @Ctx() context: GraphQLContext) {
    return act(context, 'complete', input);
  }

  @FieldResolver(() => ServiceCase, { description: 'The case the task belongs to.' })
  case(@Root() task: Task) {
    return task.serviceCase.load({ dataloader: true });
  }

  @FieldResolver(() => ServiceItem, { description: 'The service item.' })
  item(@Root() task: Task) {
    return task.item.load({ dataloader: true });
  }

  @FieldResolver(() => Department, { description: 'The department the task is routed to.' })
  department(@Root() task: Task) {
    return task.department.load({ dataloader: true });
  }

  @FieldResolver(() => [String], { description: 'Codes of the items of the case that must complete before this task starts.' })
  waitsFor(@Root() task: Task): string[] {
    return task.waitsFor;
  }
}

@Resolver(() => Department)
export class DepartmentTasksResolver {
  @Authorized(Role.ADMIN, Role.OFFICER)
  @FieldResolver(() => TaskConnection, {
    description: 'The department’s tasks, newest first, without those still waiting unless asked (ADMIN, or OFFICERs of the department).',
    complexity: connectionComplexity(20),
  })
  async tasks(
    @Root() department: Department,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('states', () => [TaskState], { nullable: true, description: 'Only tasks in one of these states.' }) states: TaskState[] | null,
    @Ctx() context: GraphQLContext,
  ) {
    if (context.principal.role === Role.OFFICER && context.principal.department !== department.code) {
      throw new ForbiddenError('An officer sees only the tasks of its own department.');
    }
    const where = states?.length ? { state: { $in: states } } : { state: { $ne: TaskState.WAITING } };
    return new TaskConnection(
      await nestedPage(context, department.id, {
        entity: Task,
        parentProperty: 'department',
        where,
        sortField: 'createdAt',
        direction: 'DESC',
        args,
        cacheKey: states?.join(',') ?? '',
      }),
    );
  }
}
