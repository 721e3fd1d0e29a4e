import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { BadUserInputError } from '../platform/errors/top-level-errors';
import { classOf } from '../platform/indicators/indicator-class';
import type { IndicatorDefinition } from '../platform/indicators/indicator-definition';
import { assertIndicatorPeriod } from '../platform/indicators/period';
import { addMonths, lastDayOfMonth } from '../platform/calendar/months';
import { reportChainScopeOf, reportCubesOf, type CubeDefinition, type ReportChainScope } from '../platform/reports/cube-definition';
import { cubeStatement, type CubeRequest } from '../platform/reports/cube-sql';
import { IndicatorBoard, IndicatorBoardEntry, IndicatorPeriodValue } from './indicator-board.types';

const DAY = 86_400_000;
const dayOf = (epoch: number) => new Date(epoch).toISOString().slice(0, 10);

/**
 * The periods of the same length before [from, to], oldest first: whole months step back by months (November's
 * trend is October, September…), any other period by its number of days.
 */
export function previousPeriods(from: string, to: string, count: number): Array<{ from: string; to: string }> {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;
  const wholeMonths = from.endsWith('-01') && to === lastDayOfMonth(to);
  const start = Date.parse(`${from}T00:00:00Z`);
  const length = Date.parse(`${to}T00:00:00Z`) - start + DAY;
  return Array.from({ length: count }, (_, index) => {
    const back = count - index;
    if (wholeMonths) {
      const first = addMonths(from, -back * months);
      return { from: first, to: lastDayOfMonth(addMonths(first, months - 1)) };
    }
    return { from: dayOf(start - back * length), to: dayOf(start - back * length + length - DAY) };
  });
}

/**
 * The indicator board: every enabled module's indicator bound to a cube measure, computed for the period, the region
 * and the chain asked for, with the periods before it for a trend and its class against its target.
 */
export class IndicatorBoardService {
  constructor(private readonly context: GraphQLContext) {}

  async board(args: { from: string; to: string; region: string | null; chain: string | null; trendPeriods: number }): Promise<IndicatorBoard> {
    assertIndicatorPeriod(args.from, args.to);
    if (!Number.isInteger(args.trendPeriods) || args.trendPeriods < 0 || args.trendPeriods > 12)
      throw new BadUserInputError('Between 0 and 12 periods.', ['trendPeriods']);
    const { modules } = this.context.platform;
    const chainScope = reportChainScopeOf(modules);
    if (args.chain && !chainScope) throw new BadUserInputError('No enabled module knows the chains.', ['chain']);
    const cubes = new Map(reportCubesOf(modules).map((cube) => [cube.code, cube]));
    const indicators = modules
      .flatMap((module) => (module.indicators ?? []).map((indicator) => ({ ...indicator, module: module.name }) as IndicatorDefinition))
      .filter((indicator) => indicator.cube && cubes.has(indicator.cube.cube))
      .sort((a, b) => (a.code < b.code ? -1 : 1));
    const provisional = await this.provisional(args.from, args.to);
    const band = this.context.platform.config.INDICATOR_MIDDLE_BAND;
    const entries: IndicatorBoardEntry[] = [];
    for (const indicator of indicators) {
      const binding = indicator.cube!;
      const cube = cubes.get(binding.cube)!;
      const valueOf = (period: { from: string; to: string } | null) => this.measure(cube, binding.measure, binding.time, period, args, chainScope);
      const value = await valueOf(binding.time ? args : null);
      const trend = binding.time
        ? await Promise.all(
            previousPeriods(args.from, args.to, args.trendPeriods).map(async (period) =>
              Object.assign(new IndicatorPeriodValue(), { ...period, value: await valueOf(period) }),
            ),
          )
        : [];
      entries.push(
        Object.assign(new IndicatorBoardEntry(), {
          indicator,
          value,
          target: indicator.target,
          class: classOf(value, indicator.target, indicator.direction, band),
          trend,
          provisionalCalendar: binding.time !== null && provisional,
        }),
      );
    }
    return Object.assign(new IndicatorBoard(), { from: args.from, to: args.to, region: args.region, chain: args.chain, entries });
  }

  /** One measure of a cube over a period (or as it stands), narrowed to the region and the chain: one aggregate. */
  private async measure(
    cube: CubeDefinition,
    measure: string,
    time: string | null,
    period: { from: string; to: string } | null,
    args: { region: string | null; chain: string | null },
    chainScope: ReportChainScope | undefined,
  ): Promise<number | null> {
    const hasRegion = cube.dimensions.some((dimension) => dimension.code === 'REGION');
    if ((args.region && !hasRegion) || (args.chain && !cube.enterprise)) return null;
    const scope: CubeRequest['scope'] = [];
    if (args.chain && chainScope) {
      scope.push(chainScope.condition(cube.enterprise!, [args.chain]));
    }
    const statement = cubeStatement(cube, {
      dimensions: [],
      measures: [measure],
      period: period && time ? { ...period, time } : null,
      where: args.region ? [{ dimension: 'REGION', values: [args.region] }] : [],
      orderBy: [],
      limit: 1,
      totals: false,
      scope,
    });
    const [row] = await (this.context.em as EntityManager).execute<Array<Record<string, unknown>>>(statement.sql, statement.parameters);
    const value = row?.[statement.measureColumns[0]];
    return value === null || value === undefined ? null : Number(value);
  }

  private async provisional(from: string, to: string): Promise<boolean> {
    const [row] = await (this.context.em as EntityManager).execute<Array<{ provisional: boolean }>>(
      'select exists (select 1 from calendar_day where provisional and day between ?::date and ?::date) as provisional',
      [from, to],
    );
    return row.provisional === true;
  }
}
