import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Registry } from 'prom-client';
import { ErrorCode } from '../errors/top-level-errors';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * GET /metrics in Prometheus's text format. With a token, only requests bearing it are answered: the metrics name
 * the operations partners run and how busy the server is. Digests of equal length are compared in constant time,
 * so the answer's timing tells nothing about the token.
 */
export function metricsEndpoint(registry: Registry, token: string | null): RequestHandler {
  const expected = token === null ? null : digest(`Bearer ${token}`);
  return async (request, response) => {
    if (expected && !timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) {
      response
        .status(401)
        .set('www-authenticate', 'Bearer realm="metrics"')
        .json({
          errors: [
            {
              message: 'Send the metrics token as Authorization: Bearer <METRICS_TOKEN>.',
              extensions: { code: ErrorCode.UNAUTHENTICATED, requestId: String(request.id) },
            },
          ],
        });
      return;
    }
    const text = await registry.metrics();
    response.set('content-type', registry.contentType).set('cache-control', 'no-store').send(text);
  };
}
