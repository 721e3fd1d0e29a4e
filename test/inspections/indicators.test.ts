import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';
import { invite } from '../users/users-support';

const FIGURES = `itemCoverage itemsCovered crossDepartmentRate visits jointVisits creditRuleApplication draws randomShare inspections
  publicityTimeliness published results resultsWithProblems`;

type Mutation = { userErrors: Array<{ field: string[]; code: string; message: string }> } & Record<string, unknown>;

/**
 * The inspection indicators on a known data set, built through the API (all enterprises unscored, so of class B):
 * - the lists: ecology-environment env-a, env-b; market-regulation mkt-a, mkt-b (4 items);
 * - an environment plan for March, FLAT 100% → one inspection of each of the 3 enterprises, one visit each;
 * - a market plan from 15 March, CREDIT → B 5% of 3, rounded up: one inspection, joining its enterprise's visit;
 * - a targeted market inspection from 20 March on another enterprise, joining its visit too;
 * - results: env-a on two environment inspections (one with problems), mkt-a on the drawn market one;
 * - published: one environment inspection and the market one on time in March, the other environment one late in April.
 */
describe('inspection indicators on a known data set', () => {
  const clock = new ManualClock(new Date('2026-02-20T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let analyst: GraphQLClient;
  const inspectors: Record<string, string> = {};

  async function mutate(name: string, inputType: string, input: Record<string, unknown>, selection: string): Promise<Mutation> {
    const response = await admin.raw<Record<string, Mutation>>(
      `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { field code message } } }`,
      { input },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data![name].userErrors).toEqual([]);
    return response.data![name];
  }

  const at = (day: string) => clock.set(`${day}T02:00:00Z`);
  const record = (inspectionId: string, inspectedOn: string, itemCode: string, outcome = 'NO_PROBLEM') =>
    mutate(
      'inspectionResultRecord',
      'InspectionResultRecordInput',
      {
        inspectionId,
        inspectedOn,
        results: [{ itemCode, outcome, finding: outcome === 'NO_PROBLEM' ? '' : '台账记录不完整', evidence: ['笔录-1'] }],
      },
      'inspection { id }',
    );
  const publish = (inspectionId: string) => mutate('inspectionPublish', 'InspectionPublishInput', { inspectionId }, 'inspection { id }');

  const indicators = async (from: string, to: string, by?: string) => {
    const response = await analyst.raw<{ inspectionIndicators: Record<string, unknown> & { breakdown: Array<Record<string, unknown>> } }>(
      `{ inspectionIndicators(from: "${from}", to: "${to}"${by ? `, by: ${by}` : ''}) { ${FIGURES} breakdown { key ${FIGURES} } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data!.inspectionIndicators;
  };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    analyst = await app.clientAs(Role.ANALYST);
    const enterprises = [await registerEnterprise(admin), await registerEnterprise(admin), await registerEnterprise(admin)];
    for (const [login, department, field] of [
      ['ind.env.a', 'ecology-environment', 'environment'],
      ['ind.env.b', 'ecology-environment', 'environment'],
      ['ind.market.a', 'market-regulation', 'product-quality'],
      ['ind.market.b', 'market-regulation', 'product-quality'],
    ] as const) {
      const qualifications = [{ certificateNumber: `ZF-${login.replaceAll('.', '-')}`, fields: [field], validUntil: null }];
      inspectors[login] = (await invite(admin, { login, name: login, roles: ['OFFICER'], department, qualifications })).id;
    }
    for (const [code, departmentCode, field, kind] of [
      ['env-a', 'ecology-environment', 'environment', 'KEY'],
      ['env-b', 'ecology-environment', 'environment', 'GENERAL'],
      ['mkt-a', 'market-regulation', 'product-quality', 'KEY'],
      ['mkt-b', 'market-regulation', 'product-quality', 'GENERAL'],
    ]) {
      await mutate(
        'inspectionItemDefine',
        'InspectionItemDefineInput',
        { code, departmentCode, name: `检查 ${code}`, legalBasis: '《中华人民共和国行政许可法》第六十一条', kind, field },
        'item { code }',
      );
    }
    const plan = async (input: Record<string, unknown>) =>
      ((await mutate('inspectionPlanCreate', 'InspectionPlanCreateInput', { title: '抽查计划', ...input }, 'plan { id }')).plan as { id: string }).id;
    const draw = async (planId: string) =>
      (await mutate('inspectionPlanDraw', 'InspectionPlanDrawInput', { planId }, 'draw { id targets { enterprise { id } } }')).draw as {
        targets: Array<{ enterprise: { id: string } }>;
      };
    const environment = await plan({
      departmentCode: 'ecology-environment',
      itemCodes: ['env-a'],
      windowStart: '2026-03-01',
      windowEnd: '2026-03-31',
      ratioMode: 'FLAT',
      flatRatio: 1,
    });
    expect((await draw(environment)).targets).toHaveLength(3);
    const market = await plan({ departmentCode: 'market-regulation', itemCodes: ['mkt-a'], windowStart: '2026-03-15', windowEnd: '2026-04-15' });
    const marketTargets = (await draw(market)).targets;
    expect(marketTargets).toHaveLength(1);
    const other = enterprises.find((enterprise) => enterprise.id !== marketTargets[0].enterprise.id)!;
    await mutate(
      'inspectionTargetedRecord',
      'InspectionTargetedRecordInput',
      {
        departmentCode: 'market-regulation',
        enterpriseId: other.id,
        itemCodes: ['mkt-a'],
        windowStart: '2026-03-20',
        windowEnd: '2026-03-31',
        inspectorIds: [inspectors['ind.market.a'], inspectors['ind.market.b']],
        reason: '群众投诉举报',
      },
      'inspection { id }',
    );

    const listed = await admin.raw<{ e: { nodes: Array<{ id: string; kind: string; enterprise: { id: string } }> } }>(
      '{ e: inspections(department: "ecology-environment", first: 10) { nodes { id kind enterprise { id } } } }',
    );
    const environmental = listed.data!.e.nodes.sort((a, b) => (a.enterprise.id < b.enterprise.id ? -1 : 1));
    const drawnMarket = await admin.raw<{ m: { nodes: Array<{ id: string; kind: string }> } }>(
      '{ m: inspections(department: "market-regulation", first: 10) { nodes { id kind } } }',
    );
    const marketInspection = drawnMarket.data!.m.nodes.find((node) => node.kind === 'RANDOM')!;

    at('2026-03-06');
    await record(environmental[0].id, '2026-03-05', 'env-a');
    await record(environmental[1].id, '2026-03-06', 'env-a', 'RECTIFICATION_ORDERED');
    at('2026-03-10');
    await publish(environmental[0].id);
    at('2026-03-20');
    await record(marketInspection.id, '2026-03-20', 'mkt-a');
    at('2026-03-25');
    await publish(marketInspection.id);
    // Twenty working days after 6 March have passed: late.
    at('2026-04-20');
    await publish(environmental[1].id);
  }, 180_000);
  afterAll(() => app?.stop());

  it('gives each indicator of March and April as computed by hand', async () => {
    expect(await indicators('2026-03-01', '2026-04-30')).toMatchObject({
      // env-a and mkt-a of the 4 items on the lists.
      itemCoverage: 0.5,
      itemsCovered: 2,
      // 3 visits, all starting in March; 2 with market inspectors too.
      visits: 3,
      jointVisits: 2,
      crossDepartmentRate: 0.6667,
      // The FLAT environment draw and the CREDIT market draw.
      draws: 2,
      creditRuleApplication: 0.5,
      // 3 + 1 drawn, 1 targeted.
      inspections: 5,
      randomShare: 0.8,
      // 2 published on time in March, 1 late in April.
      published: 3,
      publicityTimeliness: 0.6667,
      results: 3,
      resultsWithProblems: 1,
    });
  });

  it('puts each row in the period by its own date', async () => {
    expect(await indicators('2026-03-01', '2026-03-31')).toMatchObject({ published: 2, publicityTimeliness: 1, inspections: 5, draws: 2 });
    expect(await indicators('2026-04-01', '2026-04-30')).toMatchObject({
      published: 1,
      publicityTimeliness: 0,
      inspections: 0,
      randomShare: null,
      draws: 0,
      creditRuleApplication: null,
      // No inspection with results took place in April: coverage is unknown, not 0.
      itemCoverage: null,
      itemsCovered: 0,
      visits: 0,
      crossDepartmentRate: null,
    });
  });

  it('breaks the figures down by department, a joint visit counting under each of its departments', async () => {
    const { breakdown } = await indicators('2026-03-01', '2026-04-30', 'DEPARTMENT');
    expect(breakdown).toEqual([
      expect.objectContaining({
        key: 'ecology-environment',
        itemCoverage: 0.5,
        visits: 3,
        jointVisits: 2,
        crossDepartmentRate: 0.6667,
        draws: 1,
        creditRuleApplication: 0,
        inspections: 3,
        randomShare: 1,
        published: 2,
        publicityTimeliness: 0.5,
        resultsWithProblems: 1,
      }),
      expect.objectContaining({
        key: 'market-regulation',
        itemCoverage: 0.5,
        visits: 2,
        jointVisits: 2,
        crossDepartmentRate: 1,
        draws: 1,
        creditRuleApplication: 1,
        inspections: 2,
        randomShare: 0.5,
        published: 1,
        publicityTimeliness: 1,
        resultsWithProblems: 0,
      }),
    ]);
    // By region, draws and coverage are not about one enterprise: null.
    const byRegion = await indicators('2026-03-01', '2026-04-30', 'REGION');
    expect(byRegion.breakdown.length).toBeGreaterThan(0);
    for (const group of byRegion.breakdown) expect(group).toMatchObject({ draws: null, creditRuleApplication: null, itemCoverage: null });
  });

  it('shows the same values on the indicator board', async () => {
    const figures = await indicators('2026-03-01', '2026-04-30');
    const board = await analyst.raw<{
      indicatorBoard: { entries: Array<{ indicator: { code: string }; value: number | null; target: number | null; class: string | null }> };
    }>('{ indicatorBoard(from: "2026-03-01", to: "2026-04-30", trendPeriods: 1) { entries { indicator { code } value target class } } }');
    expect(board.errors).toBeUndefined();
    const entries = new Map(board.data!.indicatorBoard.entries.map((entry) => [entry.indicator.code, entry]));
    expect(entries.get('inspections.item-coverage')).toMatchObject({ value: figures.itemCoverage, target: 1, class: 'LAGGING' });
    expect(entries.get('inspections.cross-department-rate')).toMatchObject({ value: figures.crossDepartmentRate, target: 0.5, class: 'BENCHMARK' });
    expect(entries.get('inspections.credit-rule-application')).toMatchObject({ value: figures.creditRuleApplication, target: 1 });
    expect(entries.get('inspections.random-share')).toMatchObject({ value: figures.randomShare, target: 0.6, class: 'BENCHMARK' });
    expect(entries.get('inspections.publicity-timeliness')).toMatchObject({ value: figures.publicityTimeliness, target: 1 });
  });

  it('is for ADMIN and ANALYST only, and refuses a period the wrong way round', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const refused = await officer.raw('{ inspectionIndicators(from: "2026-03-01", to: "2026-03-31") { inspections } }');
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const backwards = await analyst.raw('{ inspectionIndicators(from: "2026-03-31", to: "2026-03-01") { inspections } }');
    expect(backwards.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('reports over the cubes for data teams, an OFFICER seeing their department only', async () => {
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const report = await officer.raw<{ inspectionsReport: { rows: Array<{ department: string; kind: string; count: number }> } }>(
      '{ inspectionsReport(dimensions: [DEPARTMENT, KIND], measures: [COUNT]) { rows { department kind count } } }',
    );
    expect(report.errors).toBeUndefined();
    expect(report.data!.inspectionsReport.rows).toEqual([
      { department: 'market-regulation', kind: 'RANDOM', count: 1 },
      { department: 'market-regulation', kind: 'TARGETED', count: 1 },
    ]);
    const items = await analyst.raw<{
      inspectionItemsReport: { rows: Array<{ department: string; items: number; itemsCovered: number; coverage: number }> };
    }>(
      '{ inspectionItemsReport(dimensions: [DEPARTMENT], measures: [ITEMS, ITEMS_COVERED, COVERAGE]) { rows { department items itemsCovered coverage } } }',
    );
    expect(items.data!.inspectionItemsReport.rows).toEqual([
      { department: 'ecology-environment', items: 2, itemsCovered: 1, coverage: 0.5 },
      { department: 'market-regulation', items: 2, itemsCovered: 1, coverage: 0.5 },
    ]);
  });
});
