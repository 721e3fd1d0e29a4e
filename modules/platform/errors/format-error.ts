import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './top-level-errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, isStatementTimeout, STATEMENT_TIMEOUT_MESSAGE } from './database-unavailable';

const PASS_THROUGH_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Clearer words for the GraphQL server's own refusals of a request. */
const REQUEST_FAULTS: Record<string, string> = {
  'provided sha does not match query': 'The persisted query’s sha256Hash is not the SHA-256 of the query text sent with it.',
};

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/** A refusal of the request by the GraphQL server itself (HTTP 400, no code): the client's fault, said as such. */
function requestFault(original: unknown): boolean {
  if (!(original instanceof GraphQLError) || original.extensions.code !== undefined) return false;
  return (original.extensions.http as { status?: number } | undefined)?.status === 400;
}

/**
 * Whether an error is a fault of the server rather than of the request: its message may carry SQL, addresses or
 * other internals, so it is logged and never shown.
 */
export function isInternalFault(code: string | undefined, error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (requestFault(original)) return false;
  const effective = code ?? ErrorCode.INTERNAL_SERVER_ERROR;
  // type-graphql's argument validation reports BAD_USER_INPUT on a plain GraphQLError.
  if (effective === 'BAD_USER_INPUT' && original instanceof GraphQLError) return false;
  return !PASS_THROUGH_CODES.has(effective);
}

/**
 * Known client faults keep their message; an internal fault becomes a neutral message whose request id (added by
 * errorReferencePlugin) points at the log line. Internal messages and stack traces reach the client only with
 * `debugErrors`, which only a development server on the loopback address allows.
 */
export function createErrorFormatter(debugErrors: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (requestFault(unwrapResolverError(error))) {
      return {
        message: REQUEST_FAULTS[formatted.message] ?? formatted.message,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (!isInternalFault(code, error)) return { ...formatted, extensions: debugErrors ? formatted.extensions : extensions };
    if (isStatementTimeout(error)) {
      return {
        message: STATEMENT_TIMEOUT_MESSAGE,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.STATEMENT_TIMEOUT },
      };
    }
    if (isDatabaseUnavailable(error)) {
      return {
        message: DATABASE_UNAVAILABLE_MESSAGE,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
      };
    }
    if (debugErrors) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    return {
      message: INTERNAL_ERROR_MESSAGE,
      path: formatted.path,
      locations: formatted.locations,
      // A fault before the request ran (its context) carries its request id already; later ones get it from the plugin.
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, ...(extensions.requestId ? { requestId: extensions.requestId } : {}) },
    };
  };
}
