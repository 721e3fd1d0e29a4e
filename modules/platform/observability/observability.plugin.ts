import type { ApolloServerPlugin } from '@apollo/server';
import { getOperationAST, GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context';
import { ErrorCode } from '../errors/top-level-errors';
import { LabelValues } from './label-values';
import type { PlatformMetrics } from './metrics';
import type { OperationSpans, OperationSummary } from './operation-spans';

/** Operation names kept as labels and span names; a deployment's clients send a few dozen, the rest are "other". */
const OPERATION_NAMES = 500;
/** Error codes kept: the platform's and Apollo Server's are a few dozen. */
const ERROR_CODES = 100;

function codeOf(error: { extensions?: Record<string, unknown> }): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Each GraphQL request's operation, latency and error codes, counted once as the response leaves (metrics) and
 * written on the request's span (traces): two hooks per request, nothing per field. Requests refused before
 * an operation exists (a refused credential, the rate limit, a malformed request) count by their error's code.
 */
export function observabilityPlugin(metrics: PlatformMetrics | null, spans: OperationSpans | null): ApolloServerPlugin<GraphQLContext> {
  const operationNames = new LabelValues(OPERATION_NAMES);
  const errorCodes = new LabelValues(ERROR_CODES);
  const refused = (error: Error) => {
    const code = errorCodes.of(error instanceof GraphQLError ? codeOf(error) : ErrorCode.INTERNAL_SERVER_ERROR);
    metrics?.graphqlError(code);
    spans?.annotate({ name: null, label: 'anonymous', type: 'unknown', errorCodes: [code] });
  };
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ operation, document, request, response }) {
          // A document that failed validation still names its operation; one that did not parse only in the request.
          const resolved = operation ?? (document ? getOperationAST(document, request.operationName) : null);
          const name = (resolved ? resolved.name?.value : request.operationName) ?? null;
          const summary: OperationSummary = {
            name,
            label: name === null ? 'anonymous' : operationNames.of(name),
            type: resolved?.operation ?? 'unknown',
            errorCodes: response.body.kind === 'single' ? (response.body.singleResult.errors ?? []).map((error) => errorCodes.of(codeOf(error))) : [],
          };
          if (metrics) {
            metrics.operation(summary.label, summary.type, (performance.now() - started) / 1000);
            for (const code of summary.errorCodes) metrics.graphqlError(code);
          }
          spans?.annotate(summary);
        },
      };
    },
    async contextCreationDidFail({ error }) {
      refused(error);
    },
    async invalidRequestWasReceived({ error }) {
      refused(error);
    },
  };
}
