import type { ExplorerExample } from '../platform/module';

/** The indicator board a data team starts from, for the explorer of a development server. */
export const reportExamples: ExplorerExample[] = [
  {
    query: `# The indicator board (指标看板): every module's indicators for a period, with target, class and trend.
query IndicatorBoard($from: LocalDate!, $to: LocalDate!) {
  indicatorBoard(from: $from, to: $to, trendPeriods: 2) {
    entries {
      indicator { module code name unit direction }
      value
      target
      class
      provisionalCalendar
      trend { from to value }
    }
  }
}`,
    variables: { from: '2026-06-01', to: '2026-10-31' },
  },
];
