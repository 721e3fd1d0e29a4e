import type { RequestHandler, Router } from 'express';
import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Readiness } from './readiness';
import { ErrorCode } from '../errors/top-level-errors';

/** Seconds a client is asked to wait before it tries a starting server again. */
const RETRY_AFTER_SECONDS = 3;

/**
 * /healthz says the process is alive; /readyz that start-up is done (the demo seed of a first start included), the
 * database answers and no migration is pending.
 */
export function healthRoutes(readiness: Readiness, database: () => MikroORM | null): Router {
  const router = express.Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    const orm = database();
    if (!readiness.ready || !orm) {
      response
        .status(503)
        .set('retry-after', String(RETRY_AFTER_SECONDS))
        .json({ status: 'starting', waitingFor: readiness.waitingFor, startedAt: readiness.since.toISOString() });
      return;
    }
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length > 0) {
        response.status(503).json({ status: 'not-ready', database: 'up', pendingMigrations: pending.map((migration) => migration.name) });
        return;
      }
      response.json({ status: 'ready', database: 'up', pendingMigrations: [] });
    } catch {
      response.status(503).json({ status: 'not-ready', database: 'down' });
    }
  });
  return router;
}

/**
 * While the server starts, every other request is told so (503, Retry-After): a GraphQL client gets a GraphQL error
 * with a stable code, a browser a page that reloads itself until the server is ready.
 */
export function startingGate(readiness: Readiness): RequestHandler {
  return (request, response, next) => {
    if (readiness.ready) return next();
    const waitingFor = readiness.waitingFor.join(', ');
    response.status(503).set('retry-after', String(RETRY_AFTER_SECONDS));
    if (request.method === 'GET' && request.accepts(['application/json', 'text/html']) === 'text/html') {
      response
        .type('html')
        .send(
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">` +
            `<title>Starting…</title></head><body style="font-family:sans-serif;margin:3em">` +
            `<p>The enterprise-service graph is starting: waiting for ${waitingFor}. This page reloads by itself.</p></body></html>`,
        );
      return;
    }
    response.json({
      errors: [{ message: `The server is starting: waiting for ${waitingFor}. Try again shortly.`, extensions: { code: ErrorCode.SERVER_STARTING } }],
    });
  };
}
