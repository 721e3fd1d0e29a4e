import { defineModule } from '../platform/module';
import { IndicatorBoardResolver } from './indicator-board.resolver';
import { reportExportRoutes } from './report-export.route';
import { dashboardRoutes } from './dashboard/dashboard.route';
import { DASHBOARD_PATH } from './dashboard/dashboard-page';
import { reportExamples } from './reports.examples';

/**
 * Reports for data teams: every module's cubes become typed report fields (the platform builds them from the
 * modules' `cubes`); this module adds what goes around them: the indicator board, exports as CSV and Excel, and the dashboard page.
 */
export const reports = defineModule({
  name: 'reports',
  description: 'Reports over the modules’ cubes for data teams: the indicator board, exports as CSV and Excel, the dashboard (报表).',
  examples: reportExamples,
  dependsOn: ['enterprise'],
  resolvers: [IndicatorBoardResolver],
  pages: [{ label: 'Dashboard', path: DASHBOARD_PATH }],
  routes: (router, http) => {
    reportExportRoutes(router, http);
    dashboardRoutes(router, http);
  },
});
