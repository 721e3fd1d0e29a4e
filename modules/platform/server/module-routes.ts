import type { Request, Router } from 'express';
import type { ExecutionResult } from 'graphql';
import type { GraphQLContext, PlatformServices } from '../context';

/**
 * What a module's HTTP routes (an export, a page) get from the server: the caller's context, made exactly as for a
 * GraphQL request (credentials, rate limit), and the graph itself, so that a route answers through the same
 * validation, authorization and audit as the GraphQL field it mirrors.
 */
export interface ModuleHttp {
  services: PlatformServices;
  /** The caller's context; throws the GraphQLError a GraphQL request would get (UNAUTHENTICATED, rate limited…). */
  contextFor(request: Request): Promise<GraphQLContext>;
  execute(query: string, variables: Record<string, unknown>, context: GraphQLContext): Promise<ExecutionResult>;
}

export type ModuleRoutes = (router: Router, http: ModuleHttp) => void;
