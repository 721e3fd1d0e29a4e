import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../context';
import { Role } from '../auth/principal';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../relay/connection';
import { paginate } from '../relay/paginate';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryFilter } from './audit.inputs';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry', 'audit entries');

function toWhere(filter: AuditEntryFilter | null | undefined): FilterQuery<AuditEntry> {
  const where: Record<string, unknown> = {};
  if (!filter) return where;
  if (filter.actorSubject) where.actorSubject = filter.actorSubject;
  if (filter.operation) where.operation = filter.operation;
  if (filter.outcome) where.outcome = filter.outcome;
  if (filter.targetId) where.targetIds = { $contains: [filter.targetId] };
  if (filter.from || filter.to) {
    where.createdAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
  }
  return where as FilterQuery<AuditEntry>;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'The audit log of mutations, newest first (ADMIN).', complexity: connectionComplexity(20) })
  async auditEntries(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AuditEntryFilter, { nullable: true, description: 'Conditions on the entries.' }) filter: AuditEntryFilter | null,
    @Ctx() context: GraphQLContext,
  ) {
    return new AuditEntryConnection(
      await paginate(context, {
        entity: AuditEntry,
        where: toWhere(filter),
        sortField: 'createdAt',
        direction: 'DESC',
        args,
      }),
    );
  }
}
