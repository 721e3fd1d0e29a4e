import type { Request, Response, Router } from 'express';
import { Role } from '../../platform/auth/principal';
import type { ModuleHttp } from '../../platform/server/module-routes';
import { packageFile } from '../../platform/server/package-file';
import { DASHBOARD_APP } from './dashboard-app';
import { dashboardPage, DASHBOARD_PATH } from './dashboard-page';

/** ECharts from the project's own dependencies: the dashboard works on closed networks with no CDN. */
const ECHARTS = packageFile('echarts', 'dist/echarts.min.js');

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * The dashboard (指标看板): a page, its script and ECharts. In development, a person on the same machine may take an
 * ANALYST token with one click; on any other server the page asks for a token (single sign-on comes with the user
 * registry).
 */
export function dashboardRoutes(router: Router, http: ModuleHttp): void {
  const { config, jwt } = http.services;
  router.get(DASHBOARD_PATH, (_request: Request, response: Response) => {
    response.setHeader('cache-control', 'no-store');
    response.type('html').send(dashboardPage(config.isDevelopment));
  });
  router.get(`${DASHBOARD_PATH}/app.js`, (_request: Request, response: Response) => {
    response.type('application/javascript').send(DASHBOARD_APP);
  });
  router.get(`${DASHBOARD_PATH}/echarts.min.js`, (_request: Request, response: Response) => response.sendFile(ECHARTS, { maxAge: '1d' }));
  router.post(`${DASHBOARD_PATH}/dev-token`, async (request: Request, response: Response) => {
    if (!config.isDevelopment || !LOOPBACK.has(request.socket.remoteAddress ?? '')) {
      response.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
      return;
    }
    const token = await jwt.sign({
      role: Role.ANALYST,
      subject: 'dev-dashboard',
      displayName: 'Dashboard (development)',
      ttlSeconds: config.JWT_TTL_SECONDS,
    });
    response.setHeader('cache-control', 'no-store');
    response.json({ token });
  });
}
