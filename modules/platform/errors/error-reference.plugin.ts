import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLContext } from '../context';
import { ErrorCode } from './top-level-errors';
import { isInternalFault } from './format-error';

/**
 * Internal faults are logged with the request's id, and the answer carries that id (`extensions.requestId`, as in
 * the x-request-id header), so that whoever reports the error points at the log line instead of seeing internals.
 */
export function errorReferencePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (!isInternalFault(error.extensions?.code as string | undefined, error)) continue;
            contextValue.logger.error({ err: unwrapResolverError(error), path: error.path }, 'internal error while executing an operation');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
              (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, requestId: contextValue.requestId };
            }
          }
        },
      };
    },
  };
}
