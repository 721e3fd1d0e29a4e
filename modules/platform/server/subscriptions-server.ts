import type http from 'node:http';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError, getOperationAST, parse, specifiedRules, validate, type GraphQLSchema, type ValidationRule } from 'graphql';
import { useServer } from 'graphql-ws/lib/use/ws';
import { WebSocketServer } from 'ws';
import { authenticate } from '../auth/authenticate';
import { InvalidTokenError } from '../auth/jwt';
import type { Principal } from '../auth/principal';
import type { GraphQLContext, PlatformServices } from '../context';
import { createErrorFormatter } from '../errors/format-error';

/** The WebSocket subprotocol graphql-ws speaks; clients such as Apollo Client's GraphQLWsLink use it. */
export const GRAPHQL_WS_PROTOCOL = 'graphql-transport-ws';

export interface SubscriptionsServer {
  /** Completes every subscription and closes every socket, for a clean shutdown. */
  dispose(): Promise<void>;
}

interface SocketExtra extends Record<PropertyKey, unknown> {
  principal?: Principal;
}

function credential(params: Record<string, unknown> | undefined, headers: http.IncomingHttpHeaders, name: string): string | undefined {
  const fromParams = params?.[name] ?? params?.[name.toLowerCase()];
  if (typeof fromParams === 'string') return fromParams;
  const header = headers[name.toLowerCase()];
  return typeof header === 'string' ? header : undefined;
}

/**
 * GraphQL subscriptions over WebSocket (graphql-ws) on the HTTP server's own port and path. The caller authenticates
 * once, when the socket opens, with the same credentials as over HTTP (`authorization: Bearer …` or `x-api-key` in
 * the connection parameters, or as headers of the upgrade request); bad credentials close the socket with 4403. Only
 * subscriptions travel here: queries and mutations go over HTTP, where audit, rate limits and cost rules apply.
 */
export function startSubscriptionsServer(
  httpServer: http.Server,
  schema: GraphQLSchema,
  services: PlatformServices,
  validationRules: ValidationRule[],
): SubscriptionsServer {
  const { orm, logger, config } = services;
  const formatError = createErrorFormatter(config.debugErrors);
  const socketServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const cleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      onConnect: async (context) => {
        const { request } = context.extra;
        try {
          context.extra.principal = await authenticate(
            {
              authorization: credential(context.connectionParams, request.headers, 'authorization'),
              apiKey: credential(context.connectionParams, request.headers, 'x-api-key'),
            },
            services.jwt,
            orm.em as EntityManager,
            { principals: services.apiKeyPrincipals, usage: services.apiKeyUsage },
            services.sessionGuard,
          );
          return true;
        } catch (error) {
          if (error instanceof InvalidTokenError) return false;
          logger.error({ err: error }, 'could not authenticate a subscription socket');
          throw new Error('The server could not authenticate the connection.', { cause: error });
        }
      },
      onSubscribe: (context, { payload }) => {
        // Refusals of the document carry the codes they carry over HTTP, so that they pass the error formatter as the client's faults.
        const refusal = (message: string, code: string) => [new GraphQLError(message, { extensions: { code } })];
        let document;
        try {
          document = parse(payload.query, { maxTokens: config.MAX_TOKENS });
        } catch (error) {
          return refusal(error instanceof GraphQLError ? error.message : 'The document does not parse.', 'GRAPHQL_PARSE_FAILED');
        }
        const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
        if (errors.length > 0)
          return errors.map(
            (error) =>
              new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } }),
          );
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return refusal('Name the operation to run: the document holds none, or several.', 'BAD_REQUEST');
        if (operation.operation !== 'subscription') {
          return refusal(`Over WebSocket the graph runs subscriptions only; send ${operation.operation} operations over HTTP.`, 'BAD_REQUEST');
        }
        const requestId = randomUUID();
        let em: EntityManager | undefined;
        const contextValue: GraphQLContext = {
          requestId,
          principal: context.extra.principal!,
          platform: services,
          get em() {
            return (em ??= orm.em.fork() as EntityManager);
          },
          logger: logger.child({ reqId: requestId }),
        };
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
      },
      // Errors leave as they do over HTTP: nothing internal, a request id to find the log line.
      onNext: (_context, _message, _args, result) =>
        'errors' in result && result.errors?.length
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error) as unknown as GraphQLError) }
          : result,
      onError: (_context, _message, errors) => errors.map((error) => formatError(error.toJSON(), error) as unknown as GraphQLError),
    },
    socketServer,
  );
  return {
    dispose: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => socketServer.close(() => resolve()));
    },
  };
}
