import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Args, Authorized, Ctx, Extensions, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { sqlRead } from '../platform/reads/sql-read';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { runMutation } from '../platform/errors/mutation';
import { ConnectionArgs, connectionComplexity } from '../platform/relay/connection';
import { CaseConnection } from './case.types';
import { Enterprise } from '../enterprise/enterprise.entity';
import { CASE_READERS, CASE_SUBMITTERS, EVERY_CASE_READERS } from './case.access';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { ServiceCase } from './case.entity';
import { CaseFilter, CaseSubmitInput, CaseSubmitPayload, CaseWithdrawInput, CaseWithdrawPayload } from './case.inputs';
import { CaseService } from './case.service';
import { Matter } from './matter.entity';
import { ServiceWindow } from './service-window.entity';
import { Task } from './task.entity';

@Resolver(() => ServiceCase)
export class CaseResolver {
  @Authorized(...CASE_READERS)
  @Extensions(
    sqlRead({
      kind: 'root-object',
      entity: ServiceCase,
      admits: (context) => EVERY_CASE_READERS.includes(context.principal.role),
      condition: ({ column, bind, args }) =>
        `${column('id')} = ${bind(uuidFromGlobalId(args.id as string, 'Case') ?? '00000000-0000-0000-0000-000000000000')}::uuid`,
    }),
  )
  @Query(() => ServiceCase, { nullable: true, description: 'One case by global id; null when none has it.' })
  case(@Arg('id', () => ID, { description: 'Global id of the case.' }) id: string, @Ctx() context: GraphQLContext) {
    return new CaseService(context).findById(id);
  }

  @Authorized(...CASE_READERS)
  @Extensions(
    sqlRead({
      kind: 'connection',
      entity: ServiceCase,
      where: ({ context, args }) => new CaseService(context).visibleWhere((args.filter as CaseFilter | undefined) ?? null),
      order: () => ({ sortField: 'submittedAt', direction: 'DESC' }),
    }),
  )
  @Query(() => CaseConnection, {
    description: 'Cases, newest first. An OFFICER sees cases with a task of its department, an ENTERPRISE its own.',
    complexity: connectionComplexity(20),
  })
  async cases(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CaseFilter, { nullable: true, description: 'Conditions on the cases.' }) filter: CaseFilter | null,
    @Ctx() context: GraphQLContext,
  ) {
    return new CaseConnection(await new CaseService(context).list(args, filter));
  }

  @Authorized(...CASE_SUBMITTERS)
  @Mutation(() => CaseSubmitPayload, {
    description:
      'Submits a case for a matter: one task per item, routed to its department, with a due date from the working-day calendar. Retrying with the same idempotency key returns the same case.',
  })
  async caseSubmit(@Arg('input', () => CaseSubmitInput) input: CaseSubmitInput, @Ctx() context: GraphQLContext): Promise<CaseSubmitPayload> {
    const service = new CaseService(context);
    try {
      return await runMutation(context, CaseSubmitPayload, async (em) => ({ case: await service.submit(em, input) }));
    } catch (error) {
      // Submissions under one key queue up (see CaseService.submit); should one still lose on the unique key, it is
      // answered as a later retry would be: the winner's case for the same application, CONFLICT for a different one.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const existing = await service.findByIdempotencyKey(context.em.fork() as EntityManager, input.idempotencyKey);
      if (!existing) throw error;
      const userErrors = service.conflictWith(existing, input);
      return Object.assign(new CaseSubmitPayload(), userErrors.length > 0 ? { userErrors } : { case: existing });
    }
  }

  @Authorized(Role.ENTERPRISE, Role.OFFICER)
  @Mutation(() => CaseWithdrawPayload, { description: 'The applicant withdraws a case that has not ended; its open tasks are cancelled.' })
  caseWithdraw(@Arg('input', () => CaseWithdrawInput) input: CaseWithdrawInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, CaseWithdrawPayload, async (em) => ({ case: await new CaseService(context).withdraw(em, input.id) }));
  }

  @Extensions(sqlRead({ kind: 'reference', property: 'matter' }))
  @FieldResolver(() => Matter, { description: 'The matter applied for.' })
  matter(@Root() serviceCase: ServiceCase) {
    return serviceCase.matter.load({ dataloader: true });
  }

  @Extensions(sqlRead({ kind: 'reference', property: 'enterprise' }))
  @FieldResolver(() => Enterprise, { description: 'The applying enterprise.' })
  enterprise(@Root() serviceCase: ServiceCase) {
    return serviceCase.enterprise.load({ dataloader: true });
  }

  @FieldResolver(() => ServiceWindow, { nullable: true, description: 'The window where the case was submitted, for the WINDOW channel.' })
  window(@Root() serviceCase: ServiceCase) {
    return serviceCase.window?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => [Task], { description: 'The tasks of the case in order; an OFFICER sees only those of its department.' })
  async tasks(@Root() serviceCase: ServiceCase, @Ctx() { principal }: GraphQLContext): Promise<Task[]> {
    const tasks = (await serviceCase.tasks.load({ dataloader: true })).getItems();
    if (principal.role !== Role.OFFICER) return tasks;
    const departments = await Promise.all(tasks.map((task) => task.department.load({ dataloader: true })));
    return tasks.filter((_task, index) => departments[index]?.code === principal.department);
  }
}
