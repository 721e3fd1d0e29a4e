import { defineModule } from '../platform/module';
import { IndicatorBoardResolver } from './indicator-board.resolver';
import { reportExportRoutes } from './report-export.route';

/**
 * Reports for data teams: every module's cubes become typed report fields (the platform builds them from the
 * modules' `cubes`); this module adds what goes around them: the indicator board and exports as CSV and Excel.
 */
export const reports = defineModule({
  name: 'reports',
  description: 'Reports over the modules’ cubes for data teams: the indicator board, exports as CSV and Excel (报表).',
  dependsOn: ['enterprise'],
  resolvers: [IndicatorBoardResolver],
  routes: reportExportRoutes,
});
