import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../modules/platform/auth/principal';
import type { GraphQLClient } from '../support/graphql-client';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';

// Inspections draw on the registry, the chains, credit grades and officers; cases play no part in them.
const MODULES = ['enterprise', 'one-category', 'huyou', 'camellia-oil', 'chip', 'stone', 'paper', 'credit', 'users', 'inspections'];
const TABLES = ['inspection_item', 'inspection_plan', 'inspection_draw', 'inspection', 'inspection_visit', 'inspection_result', 'app_user'];

interface Figures {
  itemCoverage: number | null;
  crossDepartmentRate: number | null;
  creditRuleApplication: number | null;
  randomShare: number | null;
  publicityTimeliness: number | null;
  inspections: number;
  resultsWithProblems: number;
  visits: number;
  jointVisits: number;
  draws: number;
}

/** The demo year of inspections (December 2025 – November 2026) gives the figures the seed document cites, near enough, and reruns to nothing new. */
describe('the inspections demo data', () => {
  let app: TestApp;
  let analyst: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    await app.seed(120, 3, MODULES);
    analyst = await app.clientAs(Role.ANALYST);
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  const counts = async () => {
    const em = app.services.orm.em.fork() as EntityManager;
    return Object.fromEntries(
      await Promise.all(
        TABLES.map(async (table) => [table, Number((await em.execute<Array<{ count: string }>>(`select count(*) from ${table}`))[0].count)]),
      ),
    );
  };

  it('gives the indicators of the year in plausible ranges, and the board the same values', async () => {
    const { data, errors } = await analyst.raw<{ inspectionIndicators: Figures }>(
      `{ inspectionIndicators(from: "2025-12-01", to: "2026-11-30") {
           itemCoverage crossDepartmentRate creditRuleApplication randomShare publicityTimeliness inspections resultsWithProblems visits jointVisits draws } }`,
    );
    expect(errors).toBeUndefined();
    const figures = data!.inspectionIndicators;
    // The figures of the demo, for the record of the seed document.
    process.stdout.write(`inspections demo figures: ${JSON.stringify(figures)}\n`);
    expect(figures.inspections).toBeGreaterThan(100);
    expect(figures.draws).toBeGreaterThan(20);
    expect(figures.resultsWithProblems).toBeGreaterThan(0);
    expect(figures.itemCoverage).toBeGreaterThan(0.15);
    expect(figures.itemCoverage).toBeLessThan(0.6);
    expect(figures.crossDepartmentRate).toBeGreaterThan(0.35);
    expect(figures.crossDepartmentRate).toBeLessThan(0.7);
    expect(figures.creditRuleApplication).toBeGreaterThan(0.9);
    expect(figures.creditRuleApplication).toBeLessThan(1);
    expect(figures.randomShare).toBeGreaterThan(0.65);
    expect(figures.randomShare).toBeLessThan(0.85);
    expect(figures.publicityTimeliness).toBeGreaterThan(0.75);
    expect(figures.publicityTimeliness).toBeLessThan(1);

    const board = await analyst.raw<{ indicatorBoard: { entries: Array<{ indicator: { code: string }; value: number | null }> } }>(
      '{ indicatorBoard(from: "2025-12-01", to: "2026-11-30", trendPeriods: 0) { entries { indicator { code } value } } }',
    );
    const values = new Map(board.data!.indicatorBoard.entries.map((entry) => [entry.indicator.code, entry.value]));
    expect(values.get('inspections.item-coverage')).toBe(figures.itemCoverage);
    expect(values.get('inspections.cross-department-rate')).toBe(figures.crossDepartmentRate);
    expect(values.get('inspections.credit-rule-application')).toBe(figures.creditRuleApplication);
    expect(values.get('inspections.random-share')).toBe(figures.randomShare);
    expect(values.get('inspections.publicity-timeliness')).toBe(figures.publicityTimeliness);
  });

  it('reruns without adding anything', async () => {
    const before = await counts();
    await app.seed(120, 3, ['users', 'inspections']);
    expect(await counts()).toEqual(before);
  }, 300_000);
});
