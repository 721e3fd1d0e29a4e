import type { MiddlewareFn } from 'type-graphql';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context';
import { ErrorCode } from '../errors/top-level-errors';
import { MutationPayload } from '../errors/mutation';
import { toGlobalId } from '../relay/global-id';
import { AuditEntry, AuditOutcome } from './audit-entry.entity';

function collectTargetIds(context: GraphQLContext, args: Record<string, unknown>, result: unknown): string[] {
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

function outcomeOf(error: unknown): { outcome: AuditOutcome; codes: string[] } {
  const code = error instanceof GraphQLError ? String(error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR) : ErrorCode.INTERNAL_SERVER_ERROR;
  const denied = code === ErrorCode.FORBIDDEN || code === ErrorCode.UNAUTHENTICATED;
  return { outcome: denied ? AuditOutcome.DENIED : AuditOutcome.FAILED, codes: [code] };
}

/**
 * Records every root mutation, whatever its outcome. The entry is written outside the mutation's transaction,
 * so refused and failed calls are recorded too.
 */
export const auditMutations: MiddlewareFn<GraphQLContext> = async ({ context, info, args }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  const entry = new AuditEntry();
  entry.actorRole = context.principal.role;
  entry.actorSubject = context.principal.subject;
  entry.operation = info.fieldName;
  entry.requestId = context.requestId;
  try {
    const result = await next();
    const userErrors = result instanceof MutationPayload ? result.userErrors : [];
    entry.outcome = userErrors.length > 0 ? AuditOutcome.REJECTED : AuditOutcome.SUCCEEDED;
    entry.errorCodes = [...new Set(userErrors.map((error) => error.code))];
    entry.targetIds = collectTargetIds(context, args, result);
    return result;
  } catch (error) {
    const { outcome, codes } = outcomeOf(error);
    entry.outcome = outcome;
    entry.errorCodes = codes;
    entry.targetIds = collectTargetIds(context, args, undefined);
    throw error;
  } finally {
    await context.platform.orm.em.fork().insert(AuditEntry, entry);
  }
};
