import { dimensionsOf, fieldNameOf, type Bilingual, type CubeDefinition } from '../platform/reports/cube-definition';

/** A column of an exported report: its field in the report's rows, its headers and what it holds. */
export interface ReportColumn {
  field: string;
  code: string;
  description: Bilingual;
  kind: 'DIMENSION' | 'MEASURE';
}

/** The columns of a report over a cube, in the order asked: the dimensions, then the measures. */
export function reportColumns(cube: CubeDefinition, dimensions: string[], measures: string[]): ReportColumn[] {
  const byCode = new Map(dimensionsOf(cube).map((dimension) => [dimension.code, dimension]));
  const measureByCode = new Map(cube.measures.map((measure) => [measure.code, measure]));
  return [
    ...dimensions.flatMap((code) => {
      const dimension = byCode.get(code);
      return dimension ? [{ field: fieldNameOf(code), code, description: dimension.description, kind: 'DIMENSION' as const }] : [];
    }),
    ...measures.flatMap((code) => {
      const measure = measureByCode.get(code);
      return measure ? [{ field: fieldNameOf(code), code, description: measure.description, kind: 'MEASURE' as const }] : [];
    }),
  ];
}

/** The header of a column in both languages, as Excel and a Chinese reader both expect: 办件量 Cases. */
export const headerOf = (column: ReportColumn) => `${column.description.zh} ${column.description.en}`;
