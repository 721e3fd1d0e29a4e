import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
  headers: Headers;
}

export type Credentials = { token: string } | { apiKey: string } | null;

/** Sends typed operations over real HTTP, as a partner front-end would. */
export class GraphQLClient {
  constructor(
    private readonly endpoint: string,
    private readonly credentials: Credentials = null,
  ) {}

  as(credentials: Credentials): GraphQLClient {
    return new GraphQLClient(this.endpoint, credentials);
  }

  async request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<GraphQLResponse<TData>> {
    return this.raw<TData>(print(document), variables ?? {});
  }

  async raw<TData = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    extraHeaders: Record<string, string> = {},
  ): Promise<GraphQLResponse<TData>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...extraHeaders };
    if (this.credentials && 'token' in this.credentials) headers.authorization = `Bearer ${this.credentials.token}`;
    if (this.credentials && 'apiKey' in this.credentials) headers['x-api-key'] = this.credentials.apiKey;
    const response = await fetch(this.endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: TData; errors?: GraphQLResponse<TData>['errors']; extensions?: Record<string, unknown> };
    return { status: response.status, data: body.data, errors: body.errors, extensions: body.extensions, headers: response.headers };
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async data<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...rest: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TData> {
    const response = await this.request(document, ...rest);
    if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  }
}

/** The code of the first error, as a client would branch on it. */
export function errorCode(response: GraphQLResponse<unknown>): unknown {
  return response.errors?.[0]?.extensions?.code;
}
