import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { assertDeskOf } from './chain.access';
import {
  assertRecordReadable,
  enterpriseRecordNodeType,
  enterpriseRecordResolvers,
  recordsOf,
  type EnterpriseRecordOptions,
} from '../enterprise/enterprise-record.resolvers';

/**
 * A chain's own data belongs to enterprises: the chain's desk (or an ADMIN) records it, whoever may read the
 * enterprise reads it (an ENTERPRISE only its own), and it loads for a whole page of enterprises at once.
 */
export function chainRecordResolvers<T extends object, I extends { enterpriseId: string }>(
  chain: string,
  options: Omit<EnterpriseRecordOptions<T, I>, 'assertWriter' | 'writerRoles'>,
): Function[] {
  return enterpriseRecordResolvers({
    ...options,
    writerRoles: [Role.ADMIN, Role.DESK],
    assertWriter: (principal) => assertDeskOf(principal, chain),
    afterWrite: async (record, enterprise, context, em) => {
      await options.afterWrite?.(record, enterprise, context, em);
      await chainRecordWritten(context, em, enterprise.id);
    },
  });
}

/** Tells the modules that follow chain data that an enterprise's chain record was written, in its transaction. */
export async function chainRecordWritten(context: GraphQLContext, em: EntityManager, enterpriseId: string): Promise<void> {
  for (const module of context.platform.modules) await module.onChainRecordWritten?.(enterpriseId, em, context.platform);
}

export { assertRecordReadable as assertChainRecordReadable, enterpriseRecordNodeType, recordsOf };
