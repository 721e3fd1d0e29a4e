import { typePrefixOf, type CubeDefinition } from '../platform/reports/cube-definition';
import type { ReportColumn } from './report-columns';

/**
 * The GraphQL operation an export runs: the cube's own report field with the same arguments, so that an export is
 * validated, authorized and audited exactly as the field is. Only the fields of the columns asked for are selected;
 * the rows themselves are streamed to the file (see streamCubeReportTo), not answered.
 */
export function reportDocument(cube: CubeDefinition, columns: ReportColumn[]): string {
  const prefix = typePrefixOf(cube);
  const fields = [...columns.map((column) => column.field), 'subtotal', 'rolledUp'].join(' ');
  return `query ReportExport($dimensions: [${prefix}Dimension!]!, $measures: [${prefix}Measure!]!, $filter: ${prefix}ReportFilter, $orderBy: [${prefix}ReportOrder!], $limit: Int, $totals: Boolean, $rollup: Boolean) {
  report: ${cube.code}Report(dimensions: $dimensions, measures: $measures, filter: $filter, orderBy: $orderBy, limit: $limit, totals: $totals, rollup: $rollup) {
    truncated
    rows { ${fields} }
    totals { ${fields} }
  }
}`;
}
