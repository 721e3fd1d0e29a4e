import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { GraphQLContext } from '../context';
import { ErrorCode } from '../errors/top-level-errors';
import type { MutationPayload } from '../errors/mutation';
import { toGlobalId } from '../relay/global-id';
import { hasUnsafeCharacters } from '../validation/text';
import { AuditEntry, AuditOutcome } from './audit-entry.entity';

function targetIds(context: GraphQLContext, args: Record<string, unknown>, result: unknown): string[] {
  const ids = new Set<string>();
  const input = args.input as Record<string, unknown> | undefined;
  // The id as the caller sent it, unless it cannot be an id at all (the refusal of such input is audited without it).
  if (input && typeof input.id === 'string' && input.id.length <= 200 && !hasUnsafeCharacters(input.id)) ids.add(input.id);
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
  // A payload refused before its resolver ran (the input policy) is a plain object with userErrors.
  const userErrors = (result as Partial<MutationPayload> | null | undefined)?.userErrors ?? [];
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
      let executed = false;
      const entryFor = (context: GraphQLContext, operation: string): AuditEntry =>
        Object.assign(new AuditEntry(), {
          actorRole: context.principal.role,
          actorSubject: context.principal.subject,
          operation,
          requestId: context.requestId,
        });
      return {
        async executionDidStart({ operation }) {
          executed = true;
          if (operation?.operation !== 'mutation') return;
          return {
            willResolveField({ info, args, contextValue }) {
              if (info.parentType.name !== info.schema.getMutationType()?.name) return;
              return (error, result) => {
                const entry = entryFor(contextValue, info.fieldName);
                Object.assign(entry, outcomeOf(error, result));
                entry.targetIds = targetIds(contextValue, args, error ? undefined : result);
                entries.push(entry);
              };
            },
          };
        },
        // A mutation refused before it ran (too deep, too complex, invalid variables) is recorded as well.
        async didEncounterErrors({ operation, errors, contextValue }) {
          if (executed || operation?.operation !== 'mutation') return;
          const { outcome, errorCodes } = outcomeOf(errors[0] ?? null, undefined);
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD) continue;
            entries.push(Object.assign(entryFor(contextValue, selection.name.value), { outcome, errorCodes, targetIds: [] }));
          }
        },
        async willSendResponse({ contextValue }) {
          if (entries.length === 0) return;
          try {
            await contextValue.platform.orm.em.fork().insertMany(AuditEntry, entries);
          } catch (error) {
            // The mutation's own transaction has ended either way: its answer must still reach the caller.
            contextValue.logger.error({ err: error, entries: entries.map((entry) => entry.operation) }, 'audit entries could not be written');
          }
        },
      };
    },
  };
}
