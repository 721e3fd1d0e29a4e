import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  GraphQLError,
  isLeafType,
  Kind,
  separateOperations,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/top-level-errors';

export interface QuerySafetyLimits {
  maxDepth: number;
  maxComplexity: number;
}

/**
 * Refuses operations deeper or costlier than configured before any resolver runs. Introspection is exempt from
 * the depth limit, since the explorer's own schema query is deep by nature.
 */
/** Costs kept per document, a handful of variable sets each: a client sends the same operations again and again. */
const COSTS_PER_DOCUMENT = 64;
/** Variables longer than this are costed every time rather than kept, so that no client can fill the memory. */
const MAX_COST_KEY_LENGTH = 1024;

/**
 * The variables an operation's cost can depend on: all but single strings and ids (cursors, codes, ids), which no
 * cost estimator reads. Keyed on these only, a client paging with new cursors reuses one computed cost.
 */
function costVariables(operation: OperationDefinitionNode): string[] {
  return (operation.variableDefinitions ?? [])
    .filter((definition) => {
      const type = definition.type.kind === Kind.NON_NULL_TYPE ? definition.type.type : definition.type;
      return !(type.kind === Kind.NAMED_TYPE && (type.name.value === 'String' || type.name.value === 'ID'));
    })
    .map((definition) => definition.variable.name.value);
}

/**
 * The cost of a field that sets none itself: a scalar or enum is read with its row and costs nothing, an object
 * costs one (a join or a lookup) plus what is selected in it. Connections multiply their page size by the cost of
 * one item (connectionComplexity). So a page costs what reading it costs: its rows and objects, not its columns.
 */
const objectCost: ComplexityEstimator = ({ field, childComplexity }) => (isLeafType(getNamedType(field.type)) ? 0 : 1 + childComplexity);

export function querySafetyPlugin(limits: QuerySafetyLimits): ApolloServerPlugin {
  // Apollo hands out the same parsed document for the same query text, so the analyses are kept by document:
  // the depth once, the cost once per set of variables (page sizes are variables).
  const depthChecked = new WeakMap<DocumentNode, Map<string, boolean>>();
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  const costVariablesOf = new WeakMap<OperationDefinitionNode, string[]>();
  return {
    async requestDidStart() {
      let cost: number | undefined;
      return {
        async willSendResponse({ response }) {
          // Every answer says what it cost and the limit, so that a client can see how close a query is to it.
          if (cost !== undefined && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cost: { requested: cost, limit: limits.maxComplexity },
            };
          }
        },
        async didResolveOperation({ document, request, schema, operationName, operation }) {
          // No operation by that name (or several unnamed ones): the GraphQL server refuses the request itself.
          if (!operation) return;
          if (operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions run over WebSocket (graphql-ws) on this path, not over HTTP.', {
              extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } },
            });
          }
          const depths = depthChecked.get(document) ?? new Map<string, boolean>();
          depthChecked.set(document, depths);
          let tooDeep = depths.get(operationName ?? '');
          if (tooDeep === undefined) {
            const operationDocument = operationName ? (separateOperations(document)[operationName] ?? document) : document;
            tooDeep = validate(schema as GraphQLSchema, operationDocument, [depthLimit(limits.maxDepth, { ignore: [/^__/] })]).length > 0;
            depths.set(operationName ?? '', tooDeep);
          }
          if (tooDeep) {
            throw new GraphQLError(`The query is too deep: at most ${limits.maxDepth} levels are allowed.`, {
              extensions: { code: ErrorCode.QUERY_TOO_DEEP, maxDepth: limits.maxDepth, http: { status: 400 } },
            });
          }
          const known = costs.get(document) ?? new Map<string, number>();
          costs.set(document, known);
          const variables = request.variables ?? {};
          let relevant = costVariablesOf.get(operation);
          if (!relevant) costVariablesOf.set(operation, (relevant = costVariables(operation)));
          const costKey = `${request.operationName ?? ''}|${JSON.stringify(relevant.map((name) => variables[name]))}`;
          let complexity = known.get(costKey);
          if (complexity === undefined) {
            try {
              complexity = getComplexity({
                schema,
                operationName: request.operationName ?? undefined,
                query: document,
                variables: request.variables ?? {},
                estimators: [fieldExtensionsEstimator(), objectCost],
              });
            } catch (error) {
              // Costs depend on variables, so invalid variables surface here first: report them as the client's fault.
              if (error instanceof GraphQLError) {
                throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 } } });
              }
              throw error;
            }
            if (costKey.length <= MAX_COST_KEY_LENGTH) {
              if (known.size >= COSTS_PER_DOCUMENT) known.clear();
              known.set(costKey, complexity);
            }
          }
          cost = complexity;
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
