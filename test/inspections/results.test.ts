import { ManualClock } from '../../modules/platform/clock';
import { Role } from '../../modules/platform/auth/principal';
import { toGlobalId } from '../../modules/platform/relay/global-id';
import type { GraphQLClient } from '../support/graphql-client';
import { TestApp, SEEDING_TIMEOUT } from '../support/test-app';
import { invite, personSignedIn } from '../users/users-support';

interface UserErrorShape {
  field: string[];
  code: string;
  message: string;
}

const INSPECTION_FIELDS = `id kind reason riskClass state inspectedOn resultedAt publicationDue publicationDueProvisional publishedAt
  inspectors { login } visit { joint departments }
  results { itemCode outcome finding evidence item { code field } }`;

interface InspectionShape {
  id: string;
  kind: string;
  reason: string | null;
  riskClass: string | null;
  state: string;
  inspectedOn: string | null;
  resultedAt: string | null;
  publicationDue: string | null;
  publicationDueProvisional: boolean | null;
  publishedAt: string | null;
  inspectors: Array<{ login: string }>;
  visit: { joint: boolean; departments: string[] } | null;
  results: Array<{ itemCode: string; outcome: string; finding: string; evidence: string[]; item: { code: string; field: string } }>;
}

const PUBLIC_FIELDS = `totalCount pageInfo { hasNextPage endCursor }
  nodes { enterpriseName enterpriseUscc departmentName inspectedOn kind joint publishedAt results { itemCode itemName outcome finding } }`;

describe('inspections: targeted inspections, results, penalties, the chip chain and publicity (一公开)', () => {
  // Thursday 24 September 2026, 10:00 in the county: the National Day holiday (1–7 October) and its make-up Saturday lie ahead.
  const clock = new ManualClock(new Date('2026-09-24T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let inspectorA: GraphQLClient;
  let marketOfficer: GraphQLClient;
  const people: Record<string, string> = {};
  const PHONE = '13912345678';
  let chipMember: { id: string; name: string; uscc: string; legalRepresentative: string };
  let others: Array<{ id: string; name: string; uscc: string }>;

  const qualified = (field: string) => [
    { certificateNumber: `ZF-${field}-${Math.random().toString(36).slice(2, 8)}`, fields: [field], validUntil: null },
  ];

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    await app.seed(16, 11, ['enterprise', 'one-matter', 'one-category', 'credit']);
    admin = await app.clientAs(Role.ADMIN);
    const a = await personSignedIn(app, admin, {
      login: 'env.a',
      name: '环保甲',
      phone: PHONE,
      roles: ['OFFICER'],
      department: 'ecology-environment',
      qualifications: qualified('environment'),
    });
    people['env.a'] = a.id;
    inspectorA = app.client.as({ token: a.accessToken });
    people['env.b'] = (
      await invite(admin, {
        login: 'env.b',
        name: '环保乙',
        roles: ['OFFICER'],
        department: 'ecology-environment',
        qualifications: qualified('environment'),
      })
    ).id;
    people['env.fire'] = (
      await invite(admin, {
        login: 'env.fire',
        name: '环保丙',
        roles: ['OFFICER'],
        department: 'ecology-environment',
        qualifications: qualified('fire-safety'),
      })
    ).id;
    const market = await personSignedIn(app, admin, {
      login: 'market.a',
      name: '市监甲',
      roles: ['OFFICER'],
      department: 'market-regulation',
      qualifications: qualified('product-quality'),
    });
    people['market.a'] = market.id;
    marketOfficer = app.client.as({ token: market.accessToken });
    people['market.b'] = (
      await invite(admin, {
        login: 'market.b',
        name: '市监乙',
        roles: ['OFFICER'],
        department: 'market-regulation',
        qualifications: qualified('product-quality'),
      })
    ).id;
    for (const [code, departmentCode, field, name] of [
      ['env-discharge', 'ecology-environment', 'environment', '排污许可执行情况检查'],
      ['env-waste', 'ecology-environment', 'environment', '危险废物规范化管理检查'],
      ['market-quality', 'market-regulation', 'product-quality', '产品质量监督抽查'],
    ]) {
      const defined = await admin.raw<{ inspectionItemDefine: { userErrors: unknown[] } }>(
        'mutation ($input: InspectionItemDefineInput!) { inspectionItemDefine(input: $input) { userErrors { field code message } } }',
        { input: { code, departmentCode, name, legalBasis: '《生态环境部门双随机一公开监管工作细则》', kind: 'KEY', field } },
      );
      expect(defined.data!.inspectionItemDefine.userErrors).toEqual([]);
    }
    const rows = await app.services.orm.em.fork().execute<Array<{ id: string; name: string; uscc: string; legal_representative: string }>>(
      `select id, name, uscc, legal_representative from enterprise
          where lifecycle_stage not in ('DEREGISTERED', 'DEREGISTERING')
            and id not in (select enterprise_id from chain_membership where chain = 'CHIP') order by uscc`,
    );
    const enterprises = rows.map((row) => ({
      id: toGlobalId('Enterprise', row.id),
      name: row.name,
      uscc: row.uscc,
      legalRepresentative: row.legal_representative,
    }));
    chipMember = enterprises[0];
    others = enterprises.slice(1);
    // The chip desk takes the first into the chain.
    const desk = await app.clientAs(Role.DESK, { chains: ['chip'] });
    const joined = await desk.raw<{ chainMembershipJoin: { userErrors: unknown[] } }>(
      'mutation ($input: ChainMembershipInput!) { chainMembershipJoin(input: $input) { userErrors { field code message } } }',
      { input: { enterpriseId: chipMember.id, chain: 'CHIP', node: 'MANUFACTURING' } },
    );
    expect(joined.data!.chainMembershipJoin.userErrors).toEqual([]);
  }, SEEDING_TIMEOUT);
  afterAll(() => app?.stop());

  async function targeted(client: GraphQLClient, input: Record<string, unknown>) {
    const response = await client.raw<{ inspectionTargetedRecord: { inspection: InspectionShape | null; userErrors: UserErrorShape[] } }>(
      `mutation ($input: InspectionTargetedRecordInput!) { inspectionTargetedRecord(input: $input) { inspection { ${INSPECTION_FIELDS} } userErrors { field code message } } }`,
      {
        input: {
          departmentCode: 'ecology-environment',
          itemCodes: ['env-discharge', 'env-waste'],
          windowStart: '2026-09-01',
          windowEnd: '2026-09-30',
          inspectorIds: [people['env.a'], people['env.b']],
          reason: '群众投诉夜间偷排',
          ...input,
        },
      },
    );
    return response;
  }

  async function ordered(input: Record<string, unknown>): Promise<InspectionShape> {
    const { data, errors } = await targeted(admin, input);
    if (!data?.inspectionTargetedRecord.inspection) throw new Error(JSON.stringify(errors ?? data!.inspectionTargetedRecord.userErrors));
    return data!.inspectionTargetedRecord.inspection;
  }

  async function record(client: GraphQLClient, input: Record<string, unknown>) {
    return client.raw<{ inspectionResultRecord: { inspection: InspectionShape | null; userErrors: UserErrorShape[] } }>(
      `mutation ($input: InspectionResultRecordInput!) { inspectionResultRecord(input: $input) { inspection { ${INSPECTION_FIELDS} } userErrors { field code message } } }`,
      { input },
    );
  }

  async function inspection(id: string): Promise<InspectionShape> {
    const response = await admin.raw<{ node: InspectionShape }>(`query ($id: ID!) { node(id: $id) { ... on Inspection { ${INSPECTION_FIELDS} } } }`, {
      id,
    });
    return response.data!.node;
  }

  const cleanResults = [
    { itemCode: 'env-discharge', outcome: 'NO_PROBLEM' },
    { itemCode: 'env-waste', outcome: 'RECTIFICATION_ORDERED', finding: '危废贮存场所未设置标识', evidence: ['EVID-2026-0917-01'] },
  ];

  let chipInspectionId: string;

  it('orders a targeted inspection with two qualified officers of the department, joining the visits of other departments', async () => {
    const market = await ordered({
      departmentCode: 'market-regulation',
      enterpriseId: chipMember.id,
      itemCodes: ['market-quality'],
      windowStart: '2026-09-10',
      windowEnd: '2026-10-31',
      inspectorIds: [people['market.a'], people['market.b']],
      reason: '上级交办产品质量线索',
    });
    expect(market).toMatchObject({
      kind: 'TARGETED',
      riskClass: null,
      state: 'ASSIGNED',
      visit: { joint: false, departments: ['market-regulation'] },
    });
    const environment = await ordered({ enterpriseId: chipMember.id });
    chipInspectionId = environment.id;
    expect(environment).toMatchObject({
      kind: 'TARGETED',
      reason: '群众投诉夜间偷排',
      riskClass: null,
      state: 'ASSIGNED',
      results: [],
      visit: { joint: true, departments: ['ecology-environment', 'market-regulation'] },
    });
    expect(environment.inspectors.map((inspector) => inspector.login).sort()).toEqual(['env.a', 'env.b']);

    const bad = await targeted(admin, {
      enterpriseId: others[0].id,
      itemCodes: ['market-quality', 'nothing'],
      windowStart: '2026-09-30',
      windowEnd: '2026-09-01',
      inspectorIds: [people['env.a'], people['market.a'], people['env.a'], people['env.fire']],
      reason: '  ',
    });
    expect(bad.data!.inspectionTargetedRecord.inspection).toBeNull();
    expect(bad.data!.inspectionTargetedRecord.userErrors.map(({ field, code }) => ({ field, code }))).toEqual(
      expect.arrayContaining([
        { field: ['input', 'itemCodes'], code: 'NOT_FOUND' },
        { field: ['input', 'itemCodes'], code: 'NOT_PERMITTED' },
        { field: ['input', 'windowEnd'], code: 'INVALID_RANGE' },
        { field: ['input', 'reason'], code: 'BLANK' },
        { field: ['input', 'inspectorIds', '1'], code: 'NOT_PERMITTED' },
        { field: ['input', 'inspectorIds', '2'], code: 'DUPLICATE' },
      ]),
    );
    const unqualified = await targeted(admin, { enterpriseId: others[0].id, inspectorIds: [people['env.a'], people['env.fire']] });
    expect(unqualified.data!.inspectionTargetedRecord.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: ['input', 'inspectorIds', '1'], code: 'NOT_PERMITTED' },
    ]);
    const alone = await targeted(admin, { enterpriseId: others[0].id, inspectorIds: [people['env.a']] });
    expect(alone.data!.inspectionTargetedRecord.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: ['input', 'inspectorIds'], code: 'NOT_ENOUGH_INSPECTORS' },
    ]);
    const foreign = await targeted(marketOfficer, { enterpriseId: others[0].id });
    expect(foreign.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('has an inspector record the results: RESULTED, publicity due 20 working days later across the National Day holiday', async () => {
    const { data } = await record(inspectorA, {
      inspectionId: chipInspectionId,
      inspectedOn: '2026-09-22',
      results: [...cleanResults].reverse(),
    });
    expect(data!.inspectionResultRecord.userErrors).toEqual([]);
    const recorded = data!.inspectionResultRecord.inspection!;
    expect(recorded).toMatchObject({
      state: 'RESULTED',
      inspectedOn: '2026-09-22',
      resultedAt: '2026-09-24T02:00:00.000Z',
      // 25–27 September and 1–7 October off, Saturday 10 October a working day: 20 working days after 24 September.
      publicationDue: '2026-10-29',
      publicationDueProvisional: false,
      publishedAt: null,
      results: [
        { itemCode: 'env-discharge', outcome: 'NO_PROBLEM', finding: '', evidence: [], item: { code: 'env-discharge', field: 'environment' } },
        {
          itemCode: 'env-waste',
          outcome: 'RECTIFICATION_ORDERED',
          finding: '危废贮存场所未设置标识',
          evidence: ['EVID-2026-0917-01'],
          item: { code: 'env-waste', field: 'environment' },
        },
      ],
    });
    const again = await record(inspectorA, { inspectionId: chipInspectionId, inspectedOn: '2026-09-22', results: cleanResults });
    expect(again.data!.inspectionResultRecord.userErrors).toMatchObject([{ field: ['input', 'inspectionId'], code: 'INVALID_TRANSITION' }]);
  });

  it("writes a chip member's environmental inspection into the chain's own records, which its credit+ score reads", async () => {
    const response = await admin.raw<{
      enterprise: {
        chipEnvironmentalInspections: Array<{ inspectedOn: string; compliant: boolean; finding: string }>;
        creditPlusScores: Array<{ chain: string; explanation: Array<{ rule: string }> }>;
      };
    }>(
      'query ($id: ID!) { enterprise(id: $id) { chipEnvironmentalInspections { inspectedOn compliant finding } creditPlusScores { chain explanation { rule } } } }',
      { id: chipMember.id },
    );
    const { chipEnvironmentalInspections, creditPlusScores } = response.data!.enterprise;
    expect(chipEnvironmentalInspections).toEqual([{ inspectedOn: '2026-09-22', compliant: false, finding: '危废贮存场所未设置标识' }]);
    const chip = creditPlusScores.find((score) => score.chain === 'CHIP')!;
    expect(chip.explanation.map((hit) => hit.rule)).toContain('ENVIRONMENT_BREACH');

    // Nothing is written for an enterprise outside the chain.
    const outside = await ordered({ enterpriseId: others[1].id, itemCodes: ['env-discharge'] });
    const { data } = await record(admin, {
      inspectionId: outside.id,
      inspectedOn: '2026-09-23',
      results: [{ itemCode: 'env-discharge', outcome: 'NO_PROBLEM' }],
    });
    expect(data!.inspectionResultRecord.userErrors).toEqual([]);
    const [{ count }] = await app.services.orm.em
      .fork()
      .execute<Array<{ count: string }>>('select count(*) from chip_environmental_inspection where enterprise_id <> ?', [
        Buffer.from(chipMember.id, 'base64url').toString().split(':')[1],
      ]);
    expect(Number(count)).toBe(0);
  });

  it('keeps the old chip mutation working, marked deprecated in favour of inspectionResultRecord', async () => {
    const desk = await app.clientAs(Role.DESK, { chains: ['chip'] });
    const recorded = await desk.raw<{ chipEnvironmentalInspectionRecord: { inspection: { compliant: boolean } | null; userErrors: unknown[] } }>(
      'mutation ($input: ChipEnvironmentalInspectionRecordInput!) { chipEnvironmentalInspectionRecord(input: $input) { inspection { compliant } userErrors { code } } }',
      { input: { enterpriseId: chipMember.id, inspectedOn: '2026-08-03', compliant: true } },
    );
    expect(recorded.data!.chipEnvironmentalInspectionRecord).toEqual({ inspection: { compliant: true }, userErrors: [] });
    const introspection = await admin.raw<{
      __type: { fields: Array<{ name: string; isDeprecated: boolean; deprecationReason: string | null }> };
    }>('{ __type(name: "Mutation") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
    const fields = introspection.data!.__type.fields;
    expect(fields.find((field) => field.name === 'chipEnvironmentalInspectionRecord')).toMatchObject({
      isDeprecated: true,
      deprecationReason: expect.stringContaining('inspectionResultRecord'),
    });
    expect(fields.find((field) => field.name === 'inspectionResultRecord')).toMatchObject({ isDeprecated: false });
  });

  it('refuses an officer of another department who is not an inspector of it, and an anonymous caller', async () => {
    const target = await ordered({ enterpriseId: others[2].id, itemCodes: ['env-discharge'] });
    const input = { inspectionId: target.id, inspectedOn: '2026-09-22', results: [{ itemCode: 'env-discharge', outcome: 'NO_PROBLEM' }] };
    expect((await record(marketOfficer, input)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const fire = await app.clientAs(Role.OFFICER, { department: 'fire-rescue' });
    expect((await record(fire, input)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await record(app.client, input)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await inspection(target.id)).state).toBe('ASSIGNED');
  });

  it('answers every problem of the input with its field and code, and writes nothing', async () => {
    const target = await ordered({ enterpriseId: others[3].id });
    const bad = await record(inspectorA, {
      inspectionId: target.id,
      inspectedOn: '2026-09-25',
      results: [
        { itemCode: 'env-waste', outcome: 'PROBLEMS_FOUND', finding: '  ', evidence: ['EVID-1', ' '] },
        { itemCode: 'env-waste', outcome: 'NO_PROBLEM' },
        { itemCode: 'fire-exits', outcome: 'NO_PROBLEM' },
      ],
    });
    expect(bad.data!.inspectionResultRecord.inspection).toBeNull();
    expect(bad.data!.inspectionResultRecord.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: ['input', 'inspectedOn'], code: 'IN_FUTURE' },
      { field: ['input', 'results', '0', 'finding'], code: 'BLANK' },
      { field: ['input', 'results', '0', 'evidence', '1'], code: 'BLANK' },
      { field: ['input', 'results', '1', 'itemCode'], code: 'DUPLICATE' },
      { field: ['input', 'results', '2', 'itemCode'], code: 'NOT_FOUND' },
      { field: ['input', 'results'], code: 'REQUIRED' },
    ]);
    expect(bad.data!.inspectionResultRecord.userErrors.at(-1)!.message).toContain('env-discharge');
    const outside = await record(inspectorA, { inspectionId: target.id, inspectedOn: '2026-08-31', results: cleanResults });
    expect(outside.data!.inspectionResultRecord.userErrors).toMatchObject([{ field: ['input', 'inspectedOn'], code: 'OUT_OF_RANGE' }]);
    const needless = await record(inspectorA, {
      inspectionId: target.id,
      inspectedOn: '2026-09-22',
      results: [
        { itemCode: 'env-discharge', outcome: 'NO_PROBLEM' },
        { itemCode: 'env-waste', outcome: 'NO_PROBLEM' },
      ],
      penalty: { decisionNumber: '常环罚〔2026〕1号', severity: 'MINOR', decidedOn: '2026-09-23', amount: '100.00' },
    });
    expect(needless.data!.inspectionResultRecord.userErrors).toMatchObject([{ field: ['input', 'penalty'], code: 'CONFLICT' }]);
    const unknown = await record(inspectorA, {
      inspectionId: toGlobalId('Inspection', '00000000-0000-4000-8000-000000000000'),
      inspectedOn: '2026-09-22',
      results: [],
    });
    expect(unknown.data!.inspectionResultRecord.userErrors).toMatchObject([{ field: ['input', 'inspectionId'], code: 'NOT_FOUND' }]);
    expect(await inspection(target.id)).toMatchObject({ state: 'ASSIGNED', inspectedOn: null, publicationDue: null, results: [] });
  });

  it('records a penalty decided on the problems as a credit record of the enterprise, and refuses a decision number already used', async () => {
    const enterprise = others[4];
    const credit = async () =>
      (
        await admin.raw<{
          enterprise: {
            creditScore: { score: number } | null;
            administrativePenalties: Array<{ decisionNumber: string; departmentCode: string; amount: string }>;
          };
        }>('query ($id: ID!) { enterprise(id: $id) { creditScore { score } administrativePenalties { decisionNumber departmentCode amount } } }', {
          id: enterprise.id,
        })
      ).data!.enterprise;
    const before = await credit();
    const target = await ordered({ enterpriseId: enterprise.id });
    const penalty = { decisionNumber: '常环罚〔2026〕31号', severity: 'GENERAL', sector: 'ENVIRONMENT', decidedOn: '2026-09-23', amount: '50000.00' };
    const problems = [{ itemCode: 'env-discharge', outcome: 'CASE_TRANSFERRED', finding: '超标排放，移交立案' }, cleanResults[1]];

    const negative = await record(inspectorA, {
      inspectionId: target.id,
      inspectedOn: '2026-09-22',
      results: problems,
      penalty: { ...penalty, amount: '-1.00' },
    });
    expect(negative.data!.inspectionResultRecord.userErrors).toMatchObject([{ field: ['input', 'penalty', 'amount'], code: 'NEGATIVE' }]);
    const early = await record(inspectorA, {
      inspectionId: target.id,
      inspectedOn: '2026-09-22',
      results: problems,
      penalty: { ...penalty, decidedOn: '2026-09-21' },
    });
    expect(early.data!.inspectionResultRecord.userErrors).toMatchObject([{ field: ['input', 'penalty', 'decidedOn'], code: 'INVALID_RANGE' }]);
    expect(await inspection(target.id)).toMatchObject({ state: 'ASSIGNED', results: [] });

    const { data } = await record(inspectorA, { inspectionId: target.id, inspectedOn: '2026-09-22', results: problems, penalty });
    expect(data!.inspectionResultRecord.userErrors).toEqual([]);
    const after = await credit();
    expect(after.administrativePenalties).toEqual([
      ...before.administrativePenalties.filter((existing) => existing.decisionNumber !== penalty.decisionNumber),
      { decisionNumber: penalty.decisionNumber, departmentCode: 'ecology-environment', amount: '50000.00' },
    ]);
    expect(after.creditScore!.score).toBeLessThan(before.creditScore!.score);

    // The same decision number again: refused under input.penalty, and neither the results nor a penalty are written.
    const second = await ordered({ enterpriseId: others[5].id });
    const taken = await record(inspectorA, { inspectionId: second.id, inspectedOn: '2026-09-22', results: problems, penalty });
    expect(taken.data!.inspectionResultRecord.userErrors).toMatchObject([{ field: ['input', 'penalty', 'decisionNumber'], code: 'TAKEN' }]);
    expect(await inspection(second.id)).toMatchObject({ state: 'ASSIGNED', results: [] });
    const [{ count }] = await app.services.orm.em
      .fork()
      .execute<Array<{ count: string }>>('select count(*) from credit_penalty where decision_number = ?', [penalty.decisionNumber]);
    expect(Number(count)).toBe(1);
  });

  it('publishes results (一公开) and lists them to anyone by name or code, without inspectors, evidence or personal data', async () => {
    const publish = (client: GraphQLClient, inspectionId: string) =>
      client.raw<{ inspectionPublish: { inspection: { state: string; publishedAt: string | null } | null; userErrors: UserErrorShape[] } }>(
        'mutation ($input: InspectionPublishInput!) { inspectionPublish(input: $input) { inspection { state publishedAt } userErrors { field code message } } }',
        { input: { inspectionId } },
      );
    expect((await publish(marketOfficer, chipInspectionId)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const unrecorded = await ordered({ enterpriseId: others[6].id });
    expect((await publish(admin, unrecorded.id)).data!.inspectionPublish.userErrors).toMatchObject([
      { field: ['input', 'inspectionId'], code: 'INVALID_TRANSITION' },
    ]);

    const search = (text: string) =>
      app.client.raw<{ inspectionPublicity: { totalCount: number; nodes: Array<Record<string, unknown>> } }>(
        `query ($search: String!) { inspectionPublicity(search: $search) { ${PUBLIC_FIELDS} } }`,
        { search: text },
      );
    // Recorded, not yet published: nothing public.
    expect((await search(chipMember.uscc)).data!.inspectionPublicity).toMatchObject({ totalCount: 0, nodes: [] });

    clock.set('2026-09-28T01:00:00Z');
    const officer = await app.clientAs(Role.OFFICER, { department: 'ecology-environment' });
    expect((await publish(officer, chipInspectionId)).data!.inspectionPublish).toEqual({
      inspection: { state: 'PUBLISHED', publishedAt: '2026-09-28T01:00:00.000Z' },
      userErrors: [],
    });
    expect((await publish(officer, chipInspectionId)).data!.inspectionPublish.userErrors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);

    const expected = {
      enterpriseName: chipMember.name,
      enterpriseUscc: chipMember.uscc,
      departmentName: expect.any(String),
      inspectedOn: '2026-09-22',
      kind: 'TARGETED',
      joint: true,
      publishedAt: '2026-09-28T01:00:00.000Z',
      results: [
        { itemCode: 'env-discharge', itemName: '排污许可执行情况检查', outcome: 'NO_PROBLEM', finding: '' },
        { itemCode: 'env-waste', itemName: '危险废物规范化管理检查', outcome: 'RECTIFICATION_ORDERED', finding: '危废贮存场所未设置标识' },
      ],
    };
    const byCode = await search(chipMember.uscc);
    expect(byCode.errors).toBeUndefined();
    expect(byCode.data!.inspectionPublicity).toMatchObject({ totalCount: 1, nodes: [expected] });
    const byName = await search(chipMember.name.slice(2, 6));
    expect(byName.data!.inspectionPublicity.nodes).toContainEqual(expected);

    // No personal data anywhere in the answer: not the inspectors, not the evidence, not the legal representative.
    const text = JSON.stringify(byCode.data);
    for (const secret of ['env.a', 'env.b', '环保甲', '环保乙', PHONE, 'EVID-', chipMember.legalRepresentative]) expect(text).not.toContain(secret);
    // And the public type has nothing to reach them with.
    const type = await app.client.raw<{ __type: { fields: Array<{ name: string }> } }>('{ __type(name: "PublicInspection") { fields { name } } }');
    expect(type.data!.__type.fields.map((field) => field.name).sort()).toEqual(
      ['departmentName', 'enterpriseName', 'enterpriseUscc', 'inspectedOn', 'joint', 'kind', 'publishedAt', 'results'].sort(),
    );
    expect((await app.client.raw('{ inspectionPublicity(search: "x") { nodes { inspectors { login } } } }')).errors![0].extensions!.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );

    for (const bad of ['   ', 'x'.repeat(201)]) {
      const refused = await search(bad);
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['search'] });
    }
  });

  it('marks a publicity deadline counted into a provisional calendar year', async () => {
    clock.set('2026-12-15T02:00:00Z');
    const target = await ordered({ enterpriseId: others[7].id, itemCodes: ['env-discharge'], windowStart: '2026-12-01', windowEnd: '2026-12-31' });
    const { data } = await record(admin, {
      inspectionId: target.id,
      inspectedOn: '2026-12-14',
      results: [{ itemCode: 'env-discharge', outcome: 'NO_PROBLEM' }],
    });
    expect(data!.inspectionResultRecord.userErrors).toEqual([]);
    // 2027 is derived from the holiday regulations until the State Council publishes it: 1 January off.
    expect(data!.inspectionResultRecord.inspection).toMatchObject({ publicationDue: '2027-01-13', publicationDueProvisional: true });
  });
});
