import type { EntityClass } from '@mikro-orm/core';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { defineNodeType, type NodeTypeDefinition } from '../platform/relay/node-type';
import type { Enterprise } from './enterprise.entity';
import { ENTERPRISE_READERS } from './enterprise.access';

/** An ENTERPRISE reads its own records only; the other readers of enterprises read them all. */
export function assertRecordReadable(context: GraphQLContext, enterprise: Pick<Enterprise, 'uscc'>): void {
  const { principal } = context;
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (principal.role === Role.ENTERPRISE && principal.enterpriseUscc !== enterprise.uscc)
    throw new ForbiddenError('An enterprise may read only its own records.');
  if (!ENTERPRISE_READERS.includes(principal.role)) throw new ForbiddenError();
}

/** The node type of a record that belongs to an enterprise: refetchable by whoever may read the enterprise's records. */
export function enterpriseRecordNodeType<T extends { id: string; enterprise: { load(): Promise<Enterprise | null> } }>(
  entity: EntityClass<T>,
): NodeTypeDefinition<T> {
  return defineNodeType({
    typeName: entity.name,
    entity,
    assertReadable: async (context, record) => assertRecordReadable(context, (await record.enterprise.load())!),
  });
}
