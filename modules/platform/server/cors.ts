import cors from 'cors';
import type { RequestHandler } from 'express';

/** Headers a browser front-end sends to the graph: credentials, persisted-query and tracing headers. */
const ALLOWED_HEADERS = ['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];

/**
 * Cross-origin calls from the configured origins only (CORS_ORIGINS). A preflight is answered here, before the
 * GraphQL server's CSRF check, which would refuse an OPTIONS request; an origin not on the list gets no
 * Access-Control headers, so the browser keeps the answer from the page.
 */
export function corsPolicy(origins: string[]): RequestHandler {
  const allowed = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: ['x-request-id'],
    maxAge: 600,
  });
}
