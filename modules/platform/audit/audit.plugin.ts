import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context';
import { ErrorCode } from '../errors/top-level-errors';
import { MutationPayload } from '../errors/mutation';
import { toGlobalId } from '../relay/global-id';
import { AuditEntry, AuditOutcome } from './audit-entry.entity';

function targetIds(context: GraphQLContext, args: Record<string, unknown>, result: unknown): string[] {
  const ids = new Set<string>();
  const input = args.input as Record<string, unknown> | undefined;
  if (input && typeof input.id === 'string') ids.add(input.id);
  if (result && typeof result === 'object') {
    for (const value of Object.values(result)) {
      const definition = value && typeof value === 'object' ? context.platform.nodeTypes.forObject(value) : undefined;
      if (definition) ids.add(toGlobalId(definition.typeName, (value as { id: string }).id));
    }
  }
  return [...ids];
}

function outcomeOf(error: Error | null, result: unknown): { outcome: AuditOutcome; errorCodes: string[] } {
  if (error) {
    const code = error instanceof GraphQLError ? String(error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR) : ErrorCode.INTERNAL_SERVER_ERROR;
    const denied = code === ErrorCode.FORBIDDEN || code === ErrorCode.UNAUTHENTICATED;
    return { outcome: denied ? AuditOutcome.DENIED : AuditOutcome.FAILED, errorCodes: [code] };
  }
  const userErrors = result instanceof MutationPayload ? result.userErrors : [];
  return {
    outcome: userErrors.length > 0 ? AuditOutcome.REJECTED : AuditOutcome.SUCCEEDED,
    errorCodes: [...new Set(userErrors.map((userError) => userError.code))],
  };
}

/**
 * Records every root mutation field, whatever its outcome, including calls refused by authorization before any
 * resolver ran. Entries are written outside the mutation's transaction, before the response leaves.
 */
export function auditPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const entries: AuditEntry[] = [];
      return {
        async executionDidStart({ operation }) {
          if (operation.operation !== 'mutation') return;
          return {
            willResolveField({ info, args, contextValue }) {
              if (info.parentType.name !== info.schema.getMutationType()?.name) return;
              return (error, result) => {
                const entry = new AuditEntry();
                entry.actorRole = contextValue.principal.role;
                entry.actorSubject = contextValue.principal.subject;
                entry.operation = info.fieldName;
                entry.requestId = contextValue.requestId;
                Object.assign(entry, outcomeOf(error, result));
                entry.targetIds = targetIds(contextValue, args, error ? undefined : result);
                entries.push(entry);
              };
            },
          };
        },
        async willSendResponse({ contextValue }) {
          if (entries.length === 0) return;
          await contextValue.platform.orm.em.fork().insertMany(AuditEntry, entries);
        },
      };
    },
  };
}
