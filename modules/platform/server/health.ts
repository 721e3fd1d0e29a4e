import type { Router } from 'express';
import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';

/** /healthz says the process is alive; /readyz that the database answers and no migration is pending. */
export function healthRoutes(orm: MikroORM): Router {
  const router = express.Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
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
