import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Credentials, GraphQLResponse } from './graphql-client';

/** A graphql-ws client on the server's /graphql, authenticated as the HTTP client would be. */
export function subscriptionClient(httpUrl: string, credentials: Credentials): Client {
  const connectionParams: Record<string, string> = {};
  if (credentials && 'token' in credentials) connectionParams.authorization = `Bearer ${credentials.token}`;
  if (credentials && 'apiKey' in credentials) connectionParams['x-api-key'] = credentials.apiKey;
  return createClient({ url: `${httpUrl.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
}

/**
 * What a subscription answers first, as an HTTP-like response: the errors the server sends (a refusal, a bad
 * document), or, once `started()` says the server took the subscription on, an empty answer (nothing happened yet).
 */
export async function subscriptionOutcome(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  started: () => boolean,
): Promise<GraphQLResponse<unknown>> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (response: GraphQLResponse<unknown>) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      unsubscribe();
      resolve(response);
    };
    const unsubscribe = client.subscribe(
      { query, variables },
      {
        next: (result) =>
          settle({
            status: 200,
            data: result.data ?? undefined,
            errors: result.errors as GraphQLResponse<unknown>['errors'],
            headers: new Headers(),
          }),
        error: (error) => {
          const errors = Array.isArray(error)
            ? (error as GraphQLResponse<unknown>['errors'])
            : [{ message: String((error as Error).message ?? error) }];
          settle({ status: 400, errors, headers: new Headers() });
        },
        complete: () => settle({ status: 200, data: undefined, headers: new Headers() }),
      },
    );
    const poll = setInterval(() => {
      if (started()) settle({ status: 200, data: {}, headers: new Headers() });
    }, 10);
  });
}
