import type { Request, Response, Router } from 'express';
import type { ModuleHttp } from '../../platform/server/module-routes';
import { packageFile } from '../../platform/server/package-file';
import { DASHBOARD_APP } from './dashboard-app';
import { dashboardPage, DASHBOARD_PATH } from './dashboard-page';

/** ECharts from the project's own dependencies: the dashboard works on closed networks with no CDN. */
const ECHARTS = packageFile('echarts', 'dist/echarts.min.js');

/**
 * The dashboard (指标看板): a page, its script and ECharts. People sign in through the user registry's sign-in page
 * (password or single sign-on) and come back; an access token may be pasted instead.
 */
export function dashboardRoutes(router: Router, _http: ModuleHttp): void {
  router.get(DASHBOARD_PATH, (_request: Request, response: Response) => {
    response.setHeader('cache-control', 'no-store');
    response.type('html').send(dashboardPage());
  });
  router.get(`${DASHBOARD_PATH}/app.js`, (_request: Request, response: Response) => {
    response.type('application/javascript').send(DASHBOARD_APP);
  });
  router.get(`${DASHBOARD_PATH}/echarts.min.js`, (_request: Request, response: Response) => response.sendFile(ECHARTS, { maxAge: '1d' }));
}
