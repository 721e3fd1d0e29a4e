import { typePrefixOf, type CubeDefinition } from '../platform/reports/cube-definition';
import type { ReportColumn } from './report-columns';

/**
 * The GraphQL operation an export runs: the cube's own report field with the same arguments, so that an export is
 * validated, authorized and audited exactly as the field is. Only the fields of the columns asked for are selected.
 */
export function reportDocument(cube: CubeDefinition, columns: ReportColumn[]): string {
  const prefix = typePrefixOf(cube);
  const fields = columns.map((column) => column.field).join(' ');
  return `query ReportExport($dimensions: [${prefix}Dimension!]!, $measures: [${prefix}Measure!]!, $filter: ${prefix}ReportFilter, $orderBy: [${prefix}ReportOrder!], $limit: Int, $totals: Boolean) {
  report: ${cube.code}Report(dimensions: $dimensions, measures: $measures, filter: $filter, orderBy: $orderBy, limit: $limit, totals: $totals) {
    truncated
    rows { ${fields || '__typename'} }
    totals { ${fields || '__typename'} }
  }
}`;
}
