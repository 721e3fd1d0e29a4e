import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { MikroORM } from '@mikro-orm/core';
import { Role } from '../auth/principal';
import { ErrorCode } from '../errors/top-level-errors';
import type { Logger } from '../logger';
import { AuditEntry, AuditOutcome } from './audit-entry.entity';

/** Who a refused credential claimed to be is unknown: the entry says so instead of guessing. */
export const UNVERIFIED_SUBJECT = '(credentials refused)';

function mutationOf(body: unknown): OperationDefinitionNode | null {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || query.length > 100_000) return null;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null;
  }
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    typeof operationName === 'string'
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations.length === 1
        ? operations[0]
        : undefined;
  return operation?.operation === 'mutation' ? operation : null;
}

/**
 * A mutation sent with a bad token or API key is refused before the GraphQL server runs, so the audit plugin never
 * sees it: it is recorded here, one DENIED entry per root field, as the audit log promises for every refused call.
 */
export async function auditCredentialRefusal(orm: MikroORM, logger: Logger, body: unknown, requestId: string): Promise<void> {
  const mutation = mutationOf(body);
  if (!mutation) return;
  const entries = mutation.selectionSet.selections
    .filter((selection) => selection.kind === Kind.FIELD)
    .map((field) =>
      Object.assign(new AuditEntry(), {
        actorRole: Role.ANONYMOUS,
        actorSubject: UNVERIFIED_SUBJECT,
        operation: field.name.value.slice(0, 100),
        requestId,
        outcome: AuditOutcome.DENIED,
        errorCodes: [ErrorCode.UNAUTHENTICATED],
        targetIds: [],
      }),
    );
  if (entries.length === 0) return;
  try {
    await orm.em.fork().insertMany(AuditEntry, entries);
  } catch (error) {
    logger.error({ err: error, reqId: requestId }, 'audit entries of a refused credential could not be written');
  }
}
