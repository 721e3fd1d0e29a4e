import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { BadUserInputError } from '../platform/errors/top-level-errors';
import { dimensionsOf, reportCubesOf, type CubeDefinition } from '../platform/reports/cube-definition';
import { cubeStatement } from '../platform/reports/cube-sql';
import { REPORT_LIMIT } from '../platform/reports/cube-report';
import type { InspectionBreakdown, InspectionFigures } from './inspection-indicators.types';

type Figures = { [K in keyof InspectionFigures]: InspectionFigures[K] };

/**
 * Each figure as a measure of a cube over the period on one of its times: the indicators and the indicator board read
 * the same aggregates, so they cannot disagree. A figure whose cube cannot be split by the breakdown is left out of it.
 */
const SOURCES: Array<{ cube: string; time: string; measures: Partial<Record<keyof Figures, string>> }> = [
  { cube: 'inspections', time: 'WINDOW_START', measures: { inspections: 'COUNT', randomShare: 'RANDOM_SHARE' } },
  { cube: 'inspections', time: 'PUBLISHED', measures: { published: 'PUBLISHED', publicityTimeliness: 'PUBLISHED_ON_TIME_RATE' } },
  { cube: 'inspectionVisits', time: 'WINDOW_START', measures: { visits: 'COUNT', jointVisits: 'JOINT', crossDepartmentRate: 'JOINT_RATE' } },
  { cube: 'inspectionDraws', time: 'PLAN_WINDOW_START', measures: { draws: 'COUNT', creditRuleApplication: 'CREDIT_RULE_RATE' } },
  { cube: 'inspectionItems', time: 'CHECKED', measures: { itemsCovered: 'ITEMS_COVERED', itemCoverage: 'COVERAGE' } },
  { cube: 'inspectionResults', time: 'INSPECTED', measures: { results: 'COUNT', resultsWithProblems: 'WITH_PROBLEMS' } },
];

/** Counts are 0 where nothing happened; rates and the figures of cubes a breakdown cannot split stay null. */
const EMPTY: Figures = {
  itemCoverage: null,
  itemsCovered: 0,
  crossDepartmentRate: null,
  visits: 0,
  jointVisits: 0,
  creditRuleApplication: null,
  draws: 0,
  randomShare: null,
  inspections: 0,
  publicityTimeliness: null,
  published: 0,
  results: 0,
  resultsWithProblems: 0,
};

export class InspectionIndicatorsService {
  constructor(private readonly context: GraphQLContext) {}

  /** The figures of the period as a whole, and per group of the breakdown when one is asked for (by key). */
  async figures(from: string, to: string, by: InspectionBreakdown | null): Promise<{ total: Figures; groups: Array<Figures & { key: string }> }> {
    const cubes = new Map(reportCubesOf(this.context.platform.modules).map((cube) => [cube.code, cube]));
    if (by && !SOURCES.some((source) => cubes.has(source.cube) && hasDimension(cubes.get(source.cube)!, by)))
      throw new BadUserInputError(`No enabled module gives the ${by} of inspections.`, ['by']);
    const total: Figures = { ...EMPTY };
    // The figures of cubes the breakdown cannot split are null in every group.
    const unsplit = Object.fromEntries(
      SOURCES.filter((source) => by && !(cubes.has(source.cube) && hasDimension(cubes.get(source.cube)!, by))).flatMap((source) =>
        Object.keys(source.measures).map((field) => [field, null]),
      ),
    );
    const groups = new Map<string, Figures & { key: string }>();
    for (const source of SOURCES) {
      const cube = cubes.get(source.cube);
      if (!cube) continue;
      const fields = Object.keys(source.measures) as Array<keyof Figures>;
      const measures = fields.map((field) => source.measures[field]!);
      for (const [row] of await this.run(cube, source.time, measures, null, from, to)) Object.assign(total, valuesOf(fields, row));
      if (!by || !hasDimension(cube, by)) continue;
      for (const [row, key] of await this.run(cube, source.time, measures, by, from, to)) {
        const group = groups.get(key) ?? { ...EMPTY, ...unsplit, key };
        groups.set(key, Object.assign(group, valuesOf(fields, row)));
      }
    }
    return { total, groups: [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)) };
  }

  /** One aggregate of a cube over the period, grouped by the breakdown's dimension or not at all: [measures, key] per row. */
  private async run(
    cube: CubeDefinition,
    time: string,
    measures: string[],
    by: InspectionBreakdown | null,
    from: string,
    to: string,
  ): Promise<Array<[Array<number | null>, string]>> {
    const statement = cubeStatement(cube, {
      dimensions: by ? [by] : [],
      measures,
      period: { from, to, time },
      where: [],
      orderBy: [],
      limit: REPORT_LIMIT,
      totals: false,
      scope: [],
    });
    const rows = await (this.context.em as EntityManager).execute<Array<Record<string, unknown>>>(statement.sql, statement.parameters);
    return rows.map((row) => [
      statement.measureColumns.map((column) => (row[column] === null || row[column] === undefined ? null : Number(row[column]))),
      by ? String(row[statement.dimensionColumns[0]] ?? 'NONE') : 'TOTAL',
    ]);
  }
}

/** A row's measures as figures: a sum over no rows is null in SQL, and 0 as a count. */
const valuesOf = (fields: Array<keyof Figures>, row: Array<number | null>): Partial<Figures> =>
  Object.fromEntries(fields.map((field, index) => [field, row[index] ?? (EMPTY[field] === 0 ? 0 : null)]));

const hasDimension = (cube: CubeDefinition, code: string) => dimensionsOf(cube).some((dimension) => dimension.code === code);
