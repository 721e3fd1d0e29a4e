import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClassType } from 'type-graphql';
import { Role } from '../auth/principal';
import type { GraphQLContext } from '../context';
import { BadUserInputError, ForbiddenError } from '../errors/top-level-errors';
import { dimensionsOf, fieldNameOf, reportChainScopeOf, type CubeDefinition } from './cube-definition';
import { cubeStatement, type CubeRequest } from './cube-sql';

export const REPORT_LIMIT = 10_000;
const MAX_FILTER_VALUES = 1000;
const MAX_VALUE_LENGTH = 200;

export interface CubeReportArguments {
  dimensions: string[];
  measures: string[];
  filter: { from?: string | null; to?: string | null; time?: string | null; where?: Array<{ dimension: string; values: string[] }> | null } | null;
  orderBy: Array<{ dimension?: string | null; measure?: string | null; direction: 'ASC' | 'DESC' }> | null;
  limit: number;
  totals: boolean;
}

/** Refuses what the schema's types let through but a report cannot answer, naming the argument. */
function checked(args: CubeReportArguments): Omit<CubeRequest, 'scope'> {
  if (args.measures.length === 0) throw new BadUserInputError('Ask for at least one measure.', ['measures']);
  for (const name of ['dimensions', 'measures'] as const) {
    const repeated = args[name].find((code, index) => args[name].indexOf(code) !== index);
    if (repeated) throw new BadUserInputError(`${repeated} is asked for twice.`, [name]);
  }
  if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > REPORT_LIMIT)
    throw new BadUserInputError(`Between 1 and ${REPORT_LIMIT} groups.`, ['limit']);
  const filter = args.filter ?? {};
  if (filter.from && filter.to && filter.from > filter.to) throw new BadUserInputError('`from` lies after `to`.', ['filter', 'from']);
  const where = filter.where ?? [];
  where.forEach(({ values }, index) => {
    if (values.length > MAX_FILTER_VALUES)
      throw new BadUserInputError(`At most ${MAX_FILTER_VALUES} values.`, ['filter', 'where', String(index), 'values']);
    if (values.some((value) => value.length > MAX_VALUE_LENGTH))
      throw new BadUserInputError(`A value has at most ${MAX_VALUE_LENGTH} characters.`, ['filter', 'where', String(index), 'values']);
  });
  const orderBy = (args.orderBy ?? []).map((order, index) => {
    const column = order.dimension ?? order.measure;
    if (!column || (order.dimension && order.measure))
      throw new BadUserInputError('Name exactly one of dimension and measure.', ['orderBy', String(index)]);
    if (!args.dimensions.includes(column) && !args.measures.includes(column))
      throw new BadUserInputError(`${column} is not among the dimensions and measures asked for.`, ['orderBy', String(index)]);
    return { column, direction: order.direction };
  });
  return {
    dimensions: args.dimensions,
    measures: args.measures,
    period: { from: filter.from ?? null, to: filter.to ?? null, time: filter.time ?? null },
    where,
    orderBy,
    // One more than the limit, to tell whether more groups exist.
    limit: args.limit + 1,
    totals: args.totals,
  };
}

/** The conditions that narrow a cube's rows to the caller: none for analysts and ADMINs. */
function scopeOf(context: GraphQLContext, cube: CubeDefinition): CubeRequest['scope'] {
  const { principal } = context;
  if (principal.role === Role.ADMIN || principal.role === Role.ANALYST) return [];
  if (principal.role === Role.DESK && cube.enterprise) {
    const chainScope = reportChainScopeOf(context.platform.modules);
    if (chainScope) return [chainScope.condition(cube.enterprise, chainScope.chainsOf(principal))];
  }
  if (principal.role === Role.OFFICER && cube.departmentScope && principal.department) {
    return [{ sql: cube.departmentScope, parameters: [principal.department] }];
  }
  throw new ForbiddenError(`The ${cube.code} report is not open to this role.`);
}

/** Runs a report over a cube as one SQL aggregate and returns it as the cube's typed rows. */
export async function runCubeReport(
  context: GraphQLContext,
  cube: CubeDefinition,
  args: CubeReportArguments,
  Row: ClassType,
  Report: ClassType,
): Promise<object> {
  const request = { ...checked(args), scope: scopeOf(context, cube) };
  const statement = cubeStatement(cube, request);
  const rows = await (context.em as EntityManager).execute<Array<Record<string, unknown>>>(statement.sql, statement.parameters);
  const dimensionFields = args.dimensions.map(fieldNameOf);
  const measureFields = args.measures.map(fieldNameOf);
  // Every field of the row type, null unless asked for: made once, copied for each row.
  const empty: Record<string, unknown> = Object.fromEntries(
    [...dimensionsOf(cube), ...cube.measures].map((entry) => [fieldNameOf(entry.code), null]),
  );
  const toRow = (row: Record<string, unknown>) => {
    const values = { ...empty };
    statement.dimensionColumns.forEach((column, index) => (values[dimensionFields[index]] = row[column] ?? null));
    statement.measureColumns.forEach((column, index) => (values[measureFields[index]] = row[column] === null ? null : Number(row[column])));
    return Object.assign(new Row(), values);
  };
  const grandTotal = args.totals ? (args.dimensions.length === 0 ? rows[0] : rows.find((row) => row.is_total === true)) : undefined;
  const groups = args.dimensions.length === 0 ? (args.totals ? [] : rows) : rows.filter((row) => row.is_total !== true);
  return Object.assign(new Report(), {
    rows: groups.slice(0, args.limit).map(toRow),
    totals: grandTotal ? toRow(grandTotal) : null,
    truncated: groups.length > args.limit,
  });
}
