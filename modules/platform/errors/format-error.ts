import { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './top-level-errors';
import type { Logger } from '../logger';

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

/** A refusal of the request by the GraphQL server itself (HTTP 400, no code): the client's fault, said as such. */
function requestFault(original: unknown): boolean {
  if (!(original instanceof GraphQLError) || original.extensions.code !== undefined) return false;
  return (original.extensions.http as { status?: number } | undefined)?.status === 400;
}

/**
 * Known client faults keep their message; anything else is an internal fault whose message may carry SQL or
 * internals, so outside development it is logged and replaced by a neutral message.
 */
export function createErrorFormatter(logger: Logger, isDevelopment: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = (formatted.extensions?.code as string | undefined) ?? ErrorCode.INTERNAL_SERVER_ERROR;
    const original = unwrapResolverError(error);
    const isTypeGraphqlValidation = original instanceof GraphQLError && code === 'BAD_USER_INPUT';
    if (requestFault(original)) {
      return {
        message: REQUEST_FAULTS[formatted.message] ?? formatted.message,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (PASS_THROUGH_CODES.has(code) || isTypeGraphqlValidation) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: isDevelopment ? formatted.extensions : extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'internal error while executing an operation');
    if (isDevelopment) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.INTERNAL_SERVER_ERROR } };
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
