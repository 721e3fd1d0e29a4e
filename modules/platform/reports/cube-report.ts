import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClassType } from 'type-graphql';
import { Role } from '../auth/principal';
import type { GraphQLContext } from '../context';
import { BadUserInputError, ForbiddenError } from '../errors/top-level-errors';
import { dimensionsOf, fieldNameOf, reportChainScopeOf, type CubeDefinition } from './cube-definition';
import { cubeStatement, type CubeRequest, type CubeStatement } from './cube-sql';

/** The most groups a report field returns at once. */
export const REPORT_LIMIT = 10_000;
/** The most groups a streamed report (an export) writes: what one Excel sheet holds, under its header and total. */
export const STREAMED_REPORT_LIMIT = 1_000_000;
/** Groups a streamed report reads from PostgreSQL at a time: its memory, whatever the size of the result. */
export const STREAM_BATCH_ROWS = 500;
const MAX_FILTER_VALUES = 1000;
const MAX_VALUE_LENGTH = 200;

export interface CubeReportArguments {
  dimensions: string[];
  measures: string[];
  filter: { from?: string | null; to?: string | null; time?: string | null; where?: Array<{ dimension: string; values: string[] }> | null } | null;
  orderBy: Array<{ dimension?: string | null; measure?: string | null; direction: 'ASC' | 'DESC' }> | null;
  limit: number;
  totals: boolean;
  rollup: boolean;
}

/** A row of a report: the fields of the cube's row type, null where not asked for. */
export type CubeReportRow = Record<string, unknown> & {
  /** Whether it adds up other rows: a subtotal (rollup) or the grand total. */
  subtotal: boolean;
  /** The codes of the dimensions asked for that it adds up over, in the order asked. */
  rolledUp: string[];
};

/**
 * Where a report's rows go when they are streamed instead of returned, as an export writes them: `begin` once before
 * the first row, then each group in order, then `end` with the grand total. A sink may wait (back-pressure); what it
 * throws stops the report.
 */
export interface CubeReportSink {
  begin(report: { truncated: boolean }): Promise<void>;
  row(row: CubeReportRow): Promise<void>;
  end(totals: CubeReportRow | null): Promise<void>;
}

const SINK = Symbol('cube report sink');

/**
 * Makes the report field run in this context stream its rows into the sink, read from PostgreSQL through a cursor
 * in batches of STREAM_BATCH_ROWS, up to STREAMED_REPORT_LIMIT groups; the field itself then answers no rows. An
 * export runs the field this way, so that it is validated and authorized exactly as the field is.
 */
export function streamCubeReportTo(context: GraphQLContext, sink: CubeReportSink): void {
  (context as unknown as Record<symbol, CubeReportSink>)[SINK] = sink;
}

const sinkOf = (context: GraphQLContext): CubeReportSink | undefined => (context as unknown as Record<symbol, CubeReportSink | undefined>)[SINK];

/** Refuses what the schema's types let through but a report cannot answer, naming the argument. */
function checked(cube: CubeDefinition, args: CubeReportArguments, maximum: number): Omit<CubeRequest, 'scope'> {
  if (args.measures.length === 0) throw new BadUserInputError('Ask for at least one measure.', ['measures']);
  // The schema's enums already hold only the cube's codes; a caller of the kernel gets the same answer.
  const dimensionCodes = new Set(dimensionsOf(cube).map((dimension) => dimension.code));
  const measureCodes = new Set(cube.measures.map((measure) => measure.code));
  for (const [name, codes] of [
    ['dimensions', dimensionCodes],
    ['measures', measureCodes],
  ] as const) {
    const repeated = args[name].find((code, index) => args[name].indexOf(code) !== index);
    if (repeated) throw new BadUserInputError(`${repeated} is asked for twice.`, [name]);
    const unknown = args[name].find((code) => !codes.has(code));
    if (unknown) throw new BadUserInputError(`The ${cube.code} cube has no ${unknown}.`, [name]);
  }
  if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > maximum)
    throw new BadUserInputError(`Between 1 and ${maximum.toLocaleString('en')} groups.`, ['limit']);
  const filter = args.filter ?? {};
  if (filter.from && filter.to && filter.from > filter.to) throw new BadUserInputError('`from` lies after `to`.', ['filter', 'from']);
  const where = filter.where ?? [];
  where.forEach(({ dimension, values }, index) => {
    if (!dimensionCodes.has(dimension))
      throw new BadUserInputError(`The ${cube.code} cube has no ${dimension}.`, ['filter', 'where', String(index), 'dimension']);
    if (values.length > MAX_FILTER_VALUES)
      throw new BadUserInputError(`At most ${MAX_FILTER_VALUES} values.`, ['filter', 'where', String(index), 'values']);
    if (values.some((value) => value.length > MAX_VALUE_LENGTH))
      throw new BadUserInputError(`A value has at most ${MAX_VALUE_LENGTH} characters.`, ['filter', 'where', String(index), 'values']);
  });
  const rollup = args.rollup && args.dimensions.length > 1;
  const orderBy = (args.orderBy ?? []).map((order, index) => {
    const column = order.dimension ?? order.measure;
    if (!column || (order.dimension && order.measure))
      throw new BadUserInputError('Name exactly one of dimension and measure.', ['orderBy', String(index)]);
    if (!args.dimensions.includes(column) && !args.measures.includes(column))
      throw new BadUserInputError(`${column} is not among the dimensions and measures asked for.`, ['orderBy', String(index)]);
    if (rollup && order.measure)
      throw new BadUserInputError('With rollup, rows follow the dimensions, each subtotal after the groups it adds up: order by dimensions only.', [
        'orderBy',
        String(index),
      ]);
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
    rollup,
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

/** Turns the statement's rows into report rows: every field of the row type, null unless asked for. */
function rowMaker(cube: CubeDefinition, args: CubeReportArguments, statement: CubeStatement) {
  const dimensionFields = args.dimensions.map(fieldNameOf);
  const measureFields = args.measures.map(fieldNameOf);
  // Made once, copied for each row.
  const empty: Record<string, unknown> = Object.fromEntries(
    [...dimensionsOf(cube), ...cube.measures].map((entry) => [fieldNameOf(entry.code), null]),
  );
  return {
    /** The grand total: the row rolled up over its first dimension (or the one row of a report by no dimension). */
    isTotal: (row: Record<string, unknown>) => args.totals && (args.dimensions.length === 0 || row[statement.rolledUpColumns[0]] === true),
    toRow: (row: Record<string, unknown>): CubeReportRow => {
      const values: Record<string, unknown> = { ...empty };
      statement.dimensionColumns.forEach((column, index) => (values[dimensionFields[index]] = row[column] ?? null));
      statement.measureColumns.forEach((column, index) => (values[measureFields[index]] = row[column] === null ? null : Number(row[column])));
      const rolledUp = args.dimensions.filter((_, index) => row[statement.rolledUpColumns[index]] === true);
      const total = args.totals && args.dimensions.length === 0;
      return Object.assign(values, { subtotal: total || rolledUp.length > 0, rolledUp });
    },
  };
}

/** Runs a report over a cube as one SQL aggregate and returns it as the cube's typed rows, or streams it to the context's sink. */
export async function runCubeReport(
  context: GraphQLContext,
  cube: CubeDefinition,
  args: CubeReportArguments,
  Row: ClassType,
  Report: ClassType,
): Promise<object> {
  const sink = sinkOf(context);
  const request = { ...checked(cube, args, sink ? STREAMED_REPORT_LIMIT : REPORT_LIMIT), scope: scopeOf(context, cube) };
  const statement = cubeStatement(cube, request);
  const { isTotal, toRow } = rowMaker(cube, args, statement);
  if (sink) {
    const truncated = await streamRows(context.em as EntityManager, statement, sink, isTotal, toRow, args.limit, args.totals);
    return Object.assign(new Report(), { rows: [], totals: null, truncated });
  }
  const rows = await (context.em as EntityManager).execute<Array<Record<string, unknown>>>(statement.sql, statement.parameters);
  const grandTotal = args.totals ? rows.find(isTotal) : undefined;
  const groups = args.totals ? rows.filter((row) => !isTotal(row)) : rows;
  return Object.assign(new Report(), {
    rows: groups.slice(0, args.limit).map((row) => Object.assign(new Row(), toRow(row))),
    totals: grandTotal ? Object.assign(new Row(), toRow(grandTotal)) : null,
    truncated: groups.length > args.limit,
  });
}

/**
 * The statement's rows into the sink through a cursor, STREAM_BATCH_ROWS at a time, in one read-only transaction
 * (the request's one connection). The aggregate runs once, when the cursor is moved to its end to count the rows, so
 * that the sink learns whether the limit cut the groups before the first row. Returns whether it did.
 */
async function streamRows(
  em: EntityManager,
  statement: CubeStatement,
  sink: CubeReportSink,
  isTotal: (row: Record<string, unknown>) => boolean,
  toRow: (row: Record<string, unknown>) => CubeReportRow,
  limit: number,
  totals: boolean,
): Promise<boolean> {
  return em.transactional(async (transaction) => {
    const tx = transaction as EntityManager;
    await tx.execute('set transaction read only', [], 'run');
    await tx.execute(`declare report_rows scroll cursor for ${statement.sql}`, statement.parameters, 'run');
    const { affectedRows } = await tx.execute<{ affectedRows: number }>('move forward all in report_rows', [], 'run');
    await tx.execute('move absolute 0 in report_rows', [], 'run');
    // With totals the statement always has the grand total's row, first.
    const truncated = affectedRows - (totals ? 1 : 0) > limit;
    await sink.begin({ truncated });
    let grandTotal: CubeReportRow | null = null;
    let written = 0;
    let more = true;
    while (more && written < limit) {
      const batch = await tx.execute<Array<Record<string, unknown>>>(`fetch forward ${STREAM_BATCH_ROWS} from report_rows`);
      for (const row of batch) {
        if (isTotal(row)) grandTotal = toRow(row);
        else if (written < limit) {
          await sink.row(toRow(row));
          written++;
        }
      }
      more = batch.length === STREAM_BATCH_ROWS;
    }
    await sink.end(grandTotal);
    await tx.execute('close report_rows', [], 'run');
    return truncated;
  });
}
