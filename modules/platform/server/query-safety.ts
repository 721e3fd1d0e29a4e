import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, separateOperations, validate, type GraphQLSchema } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/top-level-errors';

export interface QuerySafetyLimits {
  maxDepth: number;
  maxComplexity: number;
}

/**
 * Refuses operations deeper or costlier than configured before any resolver runs. Introspection is exempt from
 * the depth limit, since the explorer's own schema query is deep by nature.
 */
export function querySafetyPlugin(limits: QuerySafetyLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, operationName }) {
          const operationDocument = operationName ? (separateOperations(document)[operationName] ?? document) : document;
          const depthErrors = validate(schema as GraphQLSchema, operationDocument, [depthLimit(limits.maxDepth, { ignore: [/^__/] })]);
          if (depthErrors.length > 0) {
            throw new GraphQLError(`The query is too deep: at most ${limits.maxDepth} levels are allowed.`, {
              extensions: { code: ErrorCode.QUERY_TOO_DEEP, maxDepth: limits.maxDepth, http: { status: 400 } },
            });
          }
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName ?? undefined,
              query: document,
              variables: request.variables ?? {},
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Costs depend on variables, so invalid variables surface here first: report them as the client's fault.
            if (error instanceof GraphQLError) {
              throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
            }
            throw error;
          }
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(`The query is too complex: its cost ${complexity} exceeds the limit of ${limits.maxComplexity}.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, complexity, maxComplexity: limits.maxComplexity, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
