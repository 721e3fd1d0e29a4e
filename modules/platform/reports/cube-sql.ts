import { dimensionsOf, localDaySql, type CubeDefinition, type CubeMeasure } from './cube-definition';

export interface CubeRequest {
  dimensions: string[];
  measures: string[];
  /** The period, on the named time of the cube (its first when absent), both days included. */
  period?: { from: string | null; to: string | null; time: string | null } | null;
  /** Rows whose dimension's value is one of the values. */
  where: Array<{ dimension: string; values: string[] }>;
  orderBy: Array<{ column: string; direction: 'ASC' | 'DESC' }>;
  limit: number;
  totals: boolean;
  /**
   * Subtotals as GROUP BY ROLLUP: beside the groups of every dimension, one row per group of each leading part of the
   * dimensions (with [A, B, C]: per A and B, per A); the grand total only with totals. Rows then follow the dimensions'
   * hierarchy, each subtotal after the groups it adds up; `orderBy` may only set the dimensions' directions.
   */
  rollup?: boolean;
  /** Conditions narrowing the rows to the caller's scope, each with its parameters. */
  scope: Array<{ sql: string; parameters: unknown[] }>;
}

export interface CubeStatement {
  sql: string;
  parameters: unknown[];
  /** Column aliases of the dimensions and measures asked for, in the order asked. */
  dimensionColumns: string[];
  measureColumns: string[];
  /**
   * With subtotals or totals, one boolean column per dimension asked for, true where the row adds up over it (rolled
   * up: its value there is null for "all", unlike a group whose value is null); empty otherwise. The grand total is the
   * row whose first dimension is rolled up, and comes first.
   */
  rolledUpColumns: string[];
}

function measureSql(measure: CubeMeasure): string {
  const round = (sql: string, decimals: number | undefined) => (decimals === undefined ? sql : `round((${sql})::numeric, ${decimals})`);
  switch (measure.aggregate) {
    case 'COUNT':
      return 'count(*)';
    case 'COUNT_DISTINCT':
      return `count(distinct ${measure.sql})`;
    case 'RATE':
      return round(`sum(${measure.numerator})::numeric / nullif(sum(${measure.denominator}), 0)`, measure.decimals ?? 4);
    case 'DISTINCT_RATE':
      return round(`count(distinct ${measure.numerator})::numeric / nullif(count(distinct ${measure.denominator}), 0)`, measure.decimals ?? 4);
    default:
      return round(`${measure.aggregate.toLowerCase()}(${measure.sql})`, measure.decimals);
  }
}

/**
 * One SQL aggregate for a request over a cube: every identifier and expression from the cube's definition, looked up
 * by the codes the request names (enums the schema already checked), every value a parameter. With totals, the
 * grouping sets add the grand total as the first row; with rollup, the subtotals of each leading part of the dimensions.
 */
export function cubeStatement(cube: CubeDefinition, request: CubeRequest): CubeStatement {
  const dimensions = new Map(dimensionsOf(cube).map((dimension) => [dimension.code, dimension]));
  const measures = new Map(cube.measures.map((measure) => [measure.code, measure]));
  const pick = <T>(from: Map<string, T>, code: string): T => {
    const found = from.get(code);
    if (!found) throw new Error(`The cube ${cube.code} has no ${code}.`);
    return found;
  };
  const grouped = request.dimensions.map((code) => pick(dimensions, code).sql);
  // A dimension's own joins only when it is used: they may multiply rows, which other reports must not pay for.
  const used = [...new Set([...request.dimensions, ...request.where.map((entry) => entry.dimension)])];
  const joins = used.flatMap((code) => pick(dimensions, code).joins ?? []);
  const parameters: unknown[] = [];
  const conditions: string[] = cube.where ? [`(${cube.where})`] : [];
  for (const scope of request.scope) {
    conditions.push(`(${scope.sql})`);
    parameters.push(...scope.parameters);
  }
  if (request.period && (request.period.from || request.period.to)) {
    const time = request.period.time ? cube.times.find((candidate) => candidate.code === request.period!.time) : cube.times[0];
    if (!time) throw new Error(`The cube ${cube.code} has no time ${request.period.time}.`);
    if (request.period.from) {
      conditions.push(`${localDaySql(time)} >= ?::date`);
      parameters.push(request.period.from);
    }
    if (request.period.to) {
      conditions.push(`${localDaySql(time)} <= ?::date`);
      parameters.push(request.period.to);
    }
  }
  for (const { dimension, values } of request.where) {
    // One placeholder per value: the driver would expand an array parameter into a list anyway.
    conditions.push(values.length ? `(${pick(dimensions, dimension).sql})::text in (${values.map(() => '?').join(', ')})` : 'false');
    parameters.push(...values);
  }
  const dimensionColumns = request.dimensions.map((_, index) => `d${index}`);
  const measureColumns = request.measures.map((_, index) => `m${index}`);
  const select = [
    ...grouped.map((sql, index) => `(${sql})::text as ${dimensionColumns[index]}`),
    ...request.measures.map((code, index) => `(${measureSql(pick(measures, code))})::float8 as ${measureColumns[index]}`),
  ];
  // The grouping sets: every dimension; with rollup each leading part of them, longest first; with totals, none.
  const sets = [grouped];
  if (request.rollup) for (let length = grouped.length - 1; length >= 1; length--) sets.push(grouped.slice(0, length));
  if (request.totals && grouped.length > 0) sets.push([]);
  const rolledUpColumns = sets.length > 1 ? grouped.map((_, index) => `r${index}`) : [];
  rolledUpColumns.forEach((column, index) => select.push(`grouping(${grouped[index]}) = 1 as ${column}`));
  const groupBy =
    grouped.length === 0
      ? ''
      : sets.length === 1
        ? `group by ${grouped.join(', ')}`
        : `group by grouping sets (${sets.map((set) => `(${set.join(', ')})`).join(', ')})`;
  const columnOf = (code: string) => {
    const dimension = request.dimensions.indexOf(code);
    if (dimension >= 0) return dimensionColumns[dimension];
    const measure = request.measures.indexOf(code);
    if (measure >= 0) return measureColumns[measure];
    throw new Error(`Order by ${code}, which the request does not ask for.`);
  };
  const direction = (value: 'ASC' | 'DESC') => (value === 'DESC' ? 'desc' : 'asc');
  const hasTotal = request.totals && grouped.length > 0;
  let order: string[];
  if (request.rollup && grouped.length > 1) {
    if (request.orderBy.some(({ column }) => !request.dimensions.includes(column)))
      throw new Error('With rollup, rows are ordered by the dimensions only.');
    const directions = new Map(request.orderBy.map(({ column, direction: value }) => [column, direction(value)]));
    // The hierarchy: by each dimension in turn, a group whose value is null before the subtotal rolled up over it.
    order = request.dimensions.flatMap((code, index) => [
      `${dimensionColumns[index]} ${directions.get(code) ?? 'asc'} nulls last`,
      `${rolledUpColumns[index]} asc`,
    ]);
  } else {
    order = [
      ...request.orderBy.map(({ column, direction: value }) => `${columnOf(column)} ${direction(value)} nulls last`),
      ...dimensionColumns.map((column) => `${column} asc nulls last`),
    ];
  }
  if (hasTotal) order.unshift(`${rolledUpColumns[0]} desc`);
  parameters.push(request.limit + (hasTotal ? 1 : 0));
  const sql = [
    `select ${select.join(', ')}`,
    `from ${cube.from}${joins.map((join) => `\n${join}`).join('')}`,
    conditions.length ? `where ${conditions.join(' and ')}` : '',
    groupBy,
    order.length ? `order by ${order.join(', ')}` : '',
    'limit ?',
  ]
    .filter(Boolean)
    .join('\n');
  return { sql, parameters, dimensionColumns, measureColumns, rolledUpColumns };
}
