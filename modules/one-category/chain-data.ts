import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role, type Principal } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { userError, UserErrorCode, UserErrorsException } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { requestLoader } from '../platform/relay/request-loader';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ENTERPRISE_READERS } from '../enterprise/enterprise.access';
import { assertDeskOf } from './chain.access';
import { defineNodeType, type NodeTypeDefinition } from '../platform/relay/node-type';

/**
 * Shared rules of the chains' own data: the chain's desk (or an ADMIN) records it, everyone who may read the
 * enterprise may read it, and an enterprise's records load for a whole page of enterprises at once.
 */
export const CHAIN_DATA_READERS = ENTERPRISE_READERS;

export async function enterpriseForChainRecord(em: EntityManager, principal: Principal, chainCode: string, enterpriseId: string): Promise<Enterprise> {
  assertDeskOf(principal, chainCode);
  const id = uuidFromGlobalId(enterpriseId, 'Enterprise');
  const enterprise = id ? await em.findOne(Enterprise, { id }) : null;
  if (!enterprise) throw new UserErrorsException([userError(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.')]);
  return enterprise;
}

/** An ENTERPRISE reads its own chain data only. */
export function visibleToCaller(principal: Principal, enterprise: Pick<Enterprise, 'uscc'>): boolean {
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (principal.role === Role.ENTERPRISE) return principal.enterpriseUscc === enterprise.uscc;
  return CHAIN_DATA_READERS.includes(principal.role);
}

export function assertChainRecordReadable(context: GraphQLContext, enterprise: Pick<Enterprise, 'uscc'>): void {
  if (!visibleToCaller(context.principal, enterprise)) throw new ForbiddenError('An enterprise may read only its own chain data.');
}

/** The rows of `entity` that belong to each parent, one query for all parents of a page. */
export function recordsOf<T extends object>(
  context: GraphQLContext,
  entity: EntityClass<T>,
  parentProperty: string,
  parentId: string,
  orderBy: Record<string, 'ASC' | 'DESC'>,
): Promise<T[]> {
  const loader = requestLoader<T[]>(context, `${entity.name}.${parentProperty}`, async (ids) => {
    const rows = await context.em.find(entity, { [parentProperty]: { $in: [...ids] } } as FilterQuery<T>, { orderBy: orderBy as never });
    const parentOf = (row: T) => (row as Record<string, { id: string }>)[parentProperty].id;
    return ids.map((id) => rows.filter((row) => parentOf(row) === id));
  });
  return loader.load(parentId).then((rows) => rows ?? []);
}

/** The node type of a chain record that belongs to an enterprise: refetchable by whoever may read the enterprise's data. */
export function enterpriseRecordNodeType<T extends { id: string; enterprise: { load(): Promise<Enterprise | null> } }>(entity: EntityClass<T>): NodeTypeDefinition<T> {
  return defineNodeType({
    typeName: entity.name,
    entity,
    assertReadable: async (context, record) => assertChainRecordReadable(context, (await record.enterprise.load())!),
  });
}
