import type { Request, RequestHandler } from 'express';
import type { PlatformMetrics } from './metrics';

/**
 * The route that served a request, as the application declares it: the mount path (`/graphql`, `/explorer`), else
 * the route's pattern (`/healthz`); never the URL a client sent, whose ids and typos would each make a series of
 * their own. The mount comes first because Express leaves `route` set by a route that passed the request on (GET
 * /graphql for the explorer page). Read once the response is finished; nothing matched is "unmatched".
 */
function routeOf(request: Request): string {
  if (request.baseUrl) return request.baseUrl;
  const path: unknown = request.route?.path;
  return typeof path === 'string' ? path : 'unmatched';
}

/** Counts every answered request by method, route and status: one listener and one counter update per request. */
export function httpMetrics(metrics: PlatformMetrics): RequestHandler {
  return (request, response, next) => {
    response.once('finish', () => metrics.httpRequest(request.method, routeOf(request), response.statusCode));
    next();
  };
}
