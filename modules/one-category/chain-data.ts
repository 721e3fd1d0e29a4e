import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { assertDeskOf } from './chain.access';
import { chainRecordWritten as chainRecordWrittenEvent, type ChainRecordWritten } from './chain.events';
import { enterpriseRecordResolvers, recordsOf, type EnterpriseRecordOptions } from '../enterprise/enterprise-record.resolvers';
import { assertRecordReadable, enterpriseRecordNodeType } from '../enterprise/enterprise-record.access';

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
      await chainRecordWritten(context, em, { enterpriseId: enterprise.id, chain, recordType: options.entity.name });
    },
  });
}

/** Tells the modules that follow chain data that an enterprise's chain record was written, in its transaction. */
export async function chainRecordWritten(context: GraphQLContext, em: EntityManager, written: ChainRecordWritten): Promise<void> {
  await context.platform.events.publish(chainRecordWrittenEvent, written, { em, platform: context.platform });
}

export { assertRecordReadable as assertChainRecordReadable, enterpriseRecordNodeType, recordsOf };
