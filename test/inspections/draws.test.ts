import { Role } from '../../modules/platform/auth/principal';
import type { GraphQLClient } from '../support/graphql-client';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';
import { invite } from '../users/users-support';

const DRAW_FIELDS = `id sequence seed algorithmVersion state reason ratioRule creditRuleApplied poolSize inspectorPoolSize
  targets { enterprise { id uscc } riskClass inspectors { id login } }`;

interface Drawn {
  id: string;
  sequence: number;
  state: string;
  reason: string | null;
  ratioRule: string;
  creditRuleApplied: boolean;
  poolSize: number;
  inspectorPoolSize: number;
  targets: Array<{ enterprise: { id: string; uscc: string }; riskClass: string; inspectors: Array<{ id: string; login: string }> }>;
}

describe('inspections: pools, draws, replays, redraws and joint visits', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  const inspectors: Record<string, string> = {};

  const qualified = (field: string, validUntil: string | null = null) => [
    { certificateNumber: `ZF-${Math.random().toString(36).slice(2, 8)}`, fields: [field], validUntil },
  ];

  beforeAll(async () => {
    app = await TestApp.start();
    await app.seed(30, 7, ['enterprise', 'one-matter', 'one-category', 'credit']);
    admin = await app.clientAs(Role.ADMIN);
    for (const [login, department, qualifications] of [
      ['env.a', 'ecology-environment', qualified('environment')],
      ['env.b', 'ecology-environment', qualified('environment')],
      ['env.c', 'ecology-environment', qualified('environment', '2030-12-31')],
      ['env.expired', 'ecology-environment', qualified('environment', '2026-01-31')],
      ['env.unqualified', 'ecology-environment', qualified('fire-safety')],
      ['market.a', 'market-regulation', qualified('product-quality')],
      ['market.b', 'market-regulation', qualified('product-quality')],
      ['fire.only', 'fire-rescue', qualified('fire-safety')],
    ] as const) {
      inspectors[login] = (await invite(admin, { login, name: login, roles: ['OFFICER'], department, qualifications })).id;
    }
    for (const [code, departmentCode, field] of [
      ['env-discharge', 'ecology-environment', 'environment'],
      ['market-quality', 'market-regulation', 'product-quality'],
      ['fire-exits', 'fire-rescue', 'fire-safety'],
    ]) {
      const defined = await admin.raw<{ inspectionItemDefine: { userErrors: unknown[] } }>(
        'mutation ($input: InspectionItemDefineInput!) { inspectionItemDefine(input: $input) { item { code } userErrors { field code message } } }',
        {
          input: {
            code,
            departmentCode,
            name: `检查 ${code}`,
            legalBasis: '《市场监管领域全面推行部门联合“双随机、一公开”监管的意见》',
            kind: 'KEY',
            field,
          },
        },
      );
      expect(defined.data!.inspectionItemDefine.userErrors).toEqual([]);
    }
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  async function createPlan(input: Record<string, unknown>): Promise<string> {
    const response = await admin.raw<{ inspectionPlanCreate: { plan: { id: string } | null; userErrors: unknown[] } }>(
      'mutation ($input: InspectionPlanCreateInput!) { inspectionPlanCreate(input: $input) { plan { id } userErrors { field code message } } }',
      { input: { title: '2026年第四季度抽查', windowStart: '2026-12-01', windowEnd: '2026-12-31', ...input } },
    );
    if (!response.data!.inspectionPlanCreate.plan) throw new Error(JSON.stringify(response.data!.inspectionPlanCreate.userErrors));
    return response.data!.inspectionPlanCreate.plan.id;
  }

  async function draw(planId: string, reason?: string) {
    const mutation = reason === undefined ? 'inspectionPlanDraw' : 'inspectionPlanRedraw';
    const input = reason === undefined ? 'InspectionPlanDrawInput' : 'InspectionPlanRedrawInput';
    const response = await admin.raw<Record<string, { draw: Drawn | null; userErrors: Array<{ field: string[]; code: string; message: string }> }>>(
      `mutation ($input: ${input}!) { ${mutation}(input: $input) { draw { ${DRAW_FIELDS} } userErrors { field code message } } }`,
      { input: { planId, ...(reason === undefined ? {} : { reason }) } },
    );
    return response.data![mutation];
  }

  const operating = async () =>
    Number(
      (
        await app.services.orm.em
          .fork()
          .execute<Array<{ count: string }>>(`select count(*) from enterprise where lifecycle_stage not in ('DEREGISTERED', 'DEREGISTERING')`)
      )[0].count,
    );

  it('draws each risk class by its ratio from the credit grades, with two qualified inspectors per target and none else', async () => {
    const planId = await createPlan({ departmentCode: 'ecology-environment', itemCodes: ['env-discharge'] });
    const { draw: drawn, userErrors } = await draw(planId);
    expect(userErrors).toEqual([]);
    expect(drawn!.creditRuleApplied).toBe(true);
    expect(drawn!.ratioRule).toBe('credit classes A 3%, B 5%, C 10%, D 30%');
    expect(drawn!.poolSize).toBe(await operating());
    // Expired, unqualified and other departments' officers are not in the pool.
    expect(drawn!.inspectorPoolSize).toBe(3);

    const grades = await app.services.orm.em.fork().execute<Array<{ risk: string; count: string }>>(
      `select case coalesce(s.grade, 'UNSCORED') when 'EXCELLENT' then 'A' when 'GOOD' then 'B' when 'FAIR' then 'C' when 'POOR' then 'D' else 'B' end as risk, count(*)
           from enterprise e left join credit_score s on s.enterprise_id = e.id and s.current
          where e.lifecycle_stage not in ('DEREGISTERED', 'DEREGISTERING') group by 1`,
    );
    const ratios: Record<string, number> = { A: 0.03, B: 0.05, C: 0.1, D: 0.3 };
    for (const { risk, count } of grades) {
      expect(drawn!.targets.filter((target) => target.riskClass === risk)).toHaveLength(Math.ceil(Number(count) * ratios[risk]));
    }
    for (const target of drawn!.targets) {
      expect(target.inspectors).toHaveLength(2);
      for (const inspector of target.inspectors) expect(['env.a', 'env.b', 'env.c']).toContain(inspector.login);
    }
  });

  it('replays a draw to exactly the same result, and a redraw needs a reason and keeps the earlier draw', async () => {
    const planId = await createPlan({
      departmentCode: 'ecology-environment',
      itemCodes: ['env-discharge'],
      ratioMode: 'FLAT',
      flatRatio: 0.2,
      windowStart: '2027-01-04',
      windowEnd: '2027-01-29',
    });
    const first = (await draw(planId)).draw!;
    expect(first.ratioRule).toBe('flat 20% of the pool');
    expect(first.creditRuleApplied).toBe(false);
    const replay = await admin.raw<{ inspectionDrawReplay: { identical: boolean; targets: Drawn['targets'] } }>(
      'query ($id: ID!) { inspectionDrawReplay(drawId: $id) { identical targets { enterprise { id uscc } riskClass inspectors { id login } } } }',
      { id: first.id },
    );
    expect(replay.data!.inspectionDrawReplay).toEqual({ identical: true, targets: first.targets });

    expect((await draw(planId)).userErrors[0]).toMatchObject({ code: 'INVALID_STATE', field: ['input', 'planId'] });
    expect((await draw(planId, '  ')).userErrors[0]).toMatchObject({ code: 'BLANK', field: ['input', 'reason'] });
    const second = await draw(planId, '一名执法人员调离');
    expect(second.draw).toMatchObject({ sequence: 2, state: 'ACTIVE', reason: '一名执法人员调离' });

    const plan = await admin.raw<{ node: { draws: Array<{ sequence: number; state: string }> } }>(
      'query ($id: ID!) { node(id: $id) { ... on InspectionPlan { draws { sequence state } } } }',
      { id: planId },
    );
    expect(plan.data!.node.draws).toEqual([
      { sequence: 1, state: 'SUPERSEDED' },
      { sequence: 2, state: 'ACTIVE' },
    ]);
    // The superseded draw still replays to what it gave.
    const again = await admin.raw<{ inspectionDrawReplay: { identical: boolean } }>(
      'query ($id: ID!) { inspectionDrawReplay(drawId: $id) { identical } }',
      { id: first.id },
    );
    expect(again.data!.inspectionDrawReplay.identical).toBe(true);
    // The superseded draw's inspections are withdrawn: the plan's window holds the second draw's only.
    const inspections = await admin.raw<{ inspections: { nodes: Array<{ windowStart: string; enterprise: { id: string } }> } }>(
      '{ inspections(department: "ecology-environment", first: 100) { nodes { windowStart enterprise { id } } } }',
    );
    const ofPlan = inspections.data!.inspections.nodes.filter((node) => node.windowStart === '2027-01-04');
    expect(ofPlan.map((node) => node.enterprise.id).sort()).toEqual(second.draw!.targets.map((target) => target.enterprise.id).sort());
  });

  it('never draws an inspector for an enterprise they declared a relation with', async () => {
    const enterprises = await admin.raw<{ enterprises: { nodes: Array<{ id: string }> } }>('{ enterprises(first: 1) { nodes { id } } }');
    const enterpriseId = enterprises.data!.enterprises.nodes[0].id;
    const declared = await admin.raw<{ inspectorConflictDeclare: { declared: boolean } }>(
      'mutation ($input: InspectorConflictDeclareInput!) { inspectorConflictDeclare(input: $input) { declared userErrors { code } } }',
      { input: { inspectorId: inspectors['env.a'], enterpriseId, reason: '配偶系该企业股东' } },
    );
    expect(declared.data!.inspectorConflictDeclare.declared).toBe(true);
    const planId = await createPlan({
      departmentCode: 'ecology-environment',
      itemCodes: ['env-discharge'],
      ratioMode: 'FLAT',
      flatRatio: 1,
      windowStart: '2029-03-01',
      windowEnd: '2029-03-31',
    });
    const drawn = (await draw(planId)).draw!;
    const target = drawn.targets.find((candidate) => candidate.enterprise.id === enterpriseId)!;
    expect(target.inspectors.map((inspector) => inspector.login).sort()).toEqual(['env.b', 'env.c']);
  });

  it('refuses a draw that cannot give every target two inspectors, and plans with bad input', async () => {
    const planId = await createPlan({ departmentCode: 'fire-rescue', itemCodes: ['fire-exits'] });
    expect((await draw(planId)).userErrors[0]).toMatchObject({
      code: 'NOT_ENOUGH_INSPECTORS',
      message: expect.stringContaining('2 qualified inspectors'),
    });
    const bad = await admin.raw<{ inspectionPlanCreate: { userErrors: Array<{ field: string[]; code: string }> } }>(
      'mutation ($input: InspectionPlanCreateInput!) { inspectionPlanCreate(input: $input) { userErrors { field code } } }',
      {
        input: {
          departmentCode: 'fire-rescue',
          title: ' ',
          itemCodes: ['env-discharge', 'nothing'],
          windowStart: '2026-12-31',
          windowEnd: '2026-12-01',
          ratioMode: 'FLAT',
        },
      },
    );
    expect(bad.data!.inspectionPlanCreate.userErrors).toEqual(
      expect.arrayContaining([
        { field: ['input', 'title'], code: 'BLANK' },
        { field: ['input', 'itemCodes'], code: 'NOT_FOUND' },
        { field: ['input', 'itemCodes'], code: 'NOT_PERMITTED' },
        { field: ['input', 'windowEnd'], code: 'INVALID_RANGE' },
        { field: ['input', 'flatRatio'], code: 'REQUIRED' },
      ]),
    );
    const officer = await app.clientAs(Role.OFFICER, { department: 'market-regulation' });
    const foreign = await officer.raw(
      'mutation ($input: InspectionPlanCreateInput!) { inspectionPlanCreate(input: $input) { userErrors { code } } }',
      {
        input: { departmentCode: 'fire-rescue', title: '越权', itemCodes: ['fire-exits'], windowStart: '2026-12-01', windowEnd: '2026-12-31' },
      },
    );
    expect(foreign.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("merges two departments' inspections of one enterprise in overlapping windows into one joint visit", async () => {
    const environment = await createPlan({
      departmentCode: 'ecology-environment',
      itemCodes: ['env-discharge'],
      ratioMode: 'FLAT',
      flatRatio: 1,
      windowStart: '2028-05-01',
      windowEnd: '2028-05-31',
    });
    const market = await createPlan({
      departmentCode: 'market-regulation',
      itemCodes: ['market-quality'],
      ratioMode: 'FLAT',
      flatRatio: 1,
      windowStart: '2028-05-20',
      windowEnd: '2028-06-30',
    });
    // A year after the other plans: the department's recent targets are back in its pool.
    expect((await draw(environment)).userErrors).toEqual([]);
    expect((await draw(market)).userErrors).toEqual([]);
    const visits = await admin.raw<{
      inspections: {
        nodes: Array<{ windowStart: string; visit: { joint: boolean; departments: string[]; windowStart: string; windowEnd: string } }>;
      };
    }>('{ inspections(department: "market-regulation", first: 100) { nodes { windowStart visit { joint departments windowStart windowEnd } } } }');
    const nodes = visits.data!.inspections.nodes.filter((node) => node.windowStart === '2028-05-20');
    expect(nodes.length).toBe(await operating());
    for (const node of nodes) {
      expect(node.visit).toEqual({
        joint: true,
        departments: ['ecology-environment', 'market-regulation'],
        windowStart: '2028-05-20',
        windowEnd: '2028-05-31',
      });
    }
  });

  it('targets the holders of a licence, as the licensing decisions recorded in the credit module say', async () => {
    const enterprises = await admin.raw<{ enterprises: { nodes: Array<{ id: string }> } }>('{ enterprises(first: 3) { nodes { id } } }');
    const holders = enterprises.data!.enterprises.nodes.slice(0, 2).map((node) => node.id);
    for (const [index, enterpriseId] of holders.entries()) {
      const recorded = await admin.raw<{ licensingDecisionRecord: { userErrors: unknown[] } }>(
        'mutation ($input: LicensingDecisionRecordInput!) { licensingDecisionRecord(input: $input) { userErrors { field code message } } }',
        {
          input: {
            enterpriseId,
            decisionNumber: `常市监许〔2026〕${index + 1}号`,
            departmentCode: 'market-regulation',
            licence: '食品经营许可证',
            decidedOn: '2026-06-01',
          },
        },
      );
      expect(recorded.data!.licensingDecisionRecord.userErrors).toEqual([]);
    }
    const defined = await admin.raw<{ inspectionItemDefine: { item: { licences: string[] }; userErrors: unknown[] } }>(
      'mutation ($input: InspectionItemDefineInput!) { inspectionItemDefine(input: $input) { item { licences } userErrors { field code message } } }',
      {
        input: {
          code: 'food-licence',
          departmentCode: 'market-regulation',
          name: '食品经营许可事项检查',
          legalBasis: '《食品经营许可和备案管理办法》',
          kind: 'GENERAL',
          field: 'product-quality',
          licences: ['食品经营许可证'],
        },
      },
    );
    expect(defined.data!.inspectionItemDefine).toEqual({ item: { licences: ['食品经营许可证'] }, userErrors: [] });
    const planId = await createPlan({
      departmentCode: 'market-regulation',
      itemCodes: ['food-licence'],
      ratioMode: 'FLAT',
      flatRatio: 1,
      windowStart: '2030-01-02',
      windowEnd: '2030-01-31',
    });
    const drawn = (await draw(planId)).draw!;
    expect(drawn.poolSize).toBe(2);
    // A plan of general items only draws at most the cap of its pool: 10% of 2, rounded up.
    expect(drawn.ratioRule).toBe('flat 100% of the pool, capped at 10% (general items only)');
    expect(drawn.targets).toHaveLength(1);
    expect(holders).toContain(drawn.targets[0].enterprise.id);
  });
});
