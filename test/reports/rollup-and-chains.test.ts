import { Role } from '../../modules/platform/auth/principal';
import { modules } from '../../modules';
import { ChainMembershipJoinDocument } from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

interface Row {
  matter?: string | null;
  channel?: string | null;
  chain?: string | null;
  count: number;
  enterprises?: number;
  subtotal: boolean;
  rolledUp: string[];
}

interface Report {
  rows: Row[];
  totals: Row | null;
  truncated: boolean;
}

/**
 * Subtotals (rollup) and the chains of an enterprise as a dimension of other modules' cubes, on a known data set:
 * `member` is in two chains (HUYOU at two nodes, and CHIP) with a HIRING case online and one at a self-service
 * terminal; `outsider` is in no chain, with a HIRING and an OPEN_BUSINESS case online.
 */
describe('report subtotals and the chain dimension', () => {
  let app: TestApp;
  let analyst: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    const admin = await app.clientAs(Role.ADMIN);
    analyst = await app.clientAs(Role.ANALYST);
    const member = await registerEnterprise(admin);
    const outsider = await registerEnterprise(admin);
    const huyouDesk = await app.clientAs(Role.DESK, { chains: ['huyou'] });
    for (const node of ['PLANTING', 'PROCESSING']) {
      await huyouDesk.data(ChainMembershipJoinDocument, { input: { chain: 'HUYOU', enterpriseId: member.id, node } });
    }
    await (
      await app.clientAs(Role.DESK, { chains: ['chip'] })
    ).data(ChainMembershipJoinDocument, { input: { chain: 'CHIP', enterpriseId: member.id, node: 'RESEARCH' } });
    const applicant = (enterprise: { uscc: string }) => app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    await submitCase(await applicant(member), member.id, 'HIRING', 'ONLINE');
    await submitCase(await applicant(member), member.id, 'HIRING', 'SELF_SERVICE');
    await submitCase(await applicant(outsider), outsider.id, 'HIRING', 'ONLINE');
    await submitCase(await applicant(outsider), outsider.id, 'OPEN_BUSINESS', 'ONLINE');
  });
  afterAll(() => app?.stop());

  const cases = async (client: GraphQLClient, args: string, fields: string) => {
    const response = await client.raw<{ casesReport: Report }>(
      `{ casesReport(${args}) { truncated rows { ${fields} subtotal rolledUp } totals { ${fields} subtotal rolledUp } } }`,
    );
    return response;
  };

  it('adds a subtotal after the groups of each leading part of the dimensions, and marks it', async () => {
    const { data, errors } = await cases(
      analyst,
      'dimensions: [MATTER, CHANNEL], measures: [COUNT], rollup: true, totals: true',
      'matter channel count',
    );
    expect(errors).toBeUndefined();
    expect(data!.casesReport.rows).toEqual([
      { matter: 'HIRING', channel: 'ONLINE', count: 2, subtotal: false, rolledUp: [] },
      { matter: 'HIRING', channel: 'SELF_SERVICE', count: 1, subtotal: false, rolledUp: [] },
      { matter: 'HIRING', channel: null, count: 3, subtotal: true, rolledUp: ['CHANNEL'] },
      { matter: 'OPEN_BUSINESS', channel: 'ONLINE', count: 1, subtotal: false, rolledUp: [] },
      { matter: 'OPEN_BUSINESS', channel: null, count: 1, subtotal: true, rolledUp: ['CHANNEL'] },
    ]);
    expect(data!.casesReport.totals).toEqual({ matter: null, channel: null, count: 4, subtotal: true, rolledUp: ['MATTER', 'CHANNEL'] });

    // Three dimensions: a subtotal per (matter, channel) and per matter; without totals, no grand total.
    const three = await cases(analyst, 'dimensions: [MATTER, CHANNEL, STATE], measures: [COUNT], rollup: true', 'matter channel count');
    expect(three.data!.casesReport.totals).toBeNull();
    expect(three.data!.casesReport.rows.filter((row) => row.subtotal).map((row) => [row.matter, row.channel, row.count, row.rolledUp])).toEqual([
      ['HIRING', 'ONLINE', 2, ['STATE']],
      ['HIRING', 'SELF_SERVICE', 1, ['STATE']],
      ['HIRING', null, 3, ['CHANNEL', 'STATE']],
      ['OPEN_BUSINESS', 'ONLINE', 1, ['STATE']],
      ['OPEN_BUSINESS', null, 1, ['CHANNEL', 'STATE']],
    ]);

    // Without rollup, rows say they add up nothing; the order of a dimension's direction is kept.
    const plain = await cases(analyst, 'dimensions: [MATTER], measures: [COUNT]', 'matter count');
    expect(plain.data!.casesReport.rows).toEqual([
      { matter: 'HIRING', count: 3, subtotal: false, rolledUp: [] },
      { matter: 'OPEN_BUSINESS', count: 1, subtotal: false, rolledUp: [] },
    ]);
    const descending = await cases(
      analyst,
      'dimensions: [MATTER, CHANNEL], measures: [COUNT], rollup: true, orderBy: [{ dimension: MATTER, direction: DESC }]',
      'matter channel count',
    );
    expect(descending.data!.casesReport.rows.map((row) => [row.matter, row.channel, row.count])).toEqual([
      ['OPEN_BUSINESS', 'ONLINE', 1],
      ['OPEN_BUSINESS', null, 1],
      ['HIRING', 'ONLINE', 2],
      ['HIRING', 'SELF_SERVICE', 1],
      ['HIRING', null, 3],
    ]);
  });

  it('counts subtotals toward the limit, and refuses an order by a measure with rollup', async () => {
    const limited = await cases(analyst, 'dimensions: [MATTER, CHANNEL], measures: [COUNT], rollup: true, limit: 3', 'matter channel count');
    expect(limited.data!.casesReport.truncated).toBe(true);
    expect(limited.data!.casesReport.rows.map((row) => row.count)).toEqual([2, 1, 3]);
    const refused = await cases(analyst, 'dimensions: [MATTER, CHANNEL], measures: [COUNT], rollup: true, orderBy: [{ measure: COUNT }]', 'count');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['orderBy', '0'] });
  });

  it('groups the cases of an enterprise under each of its chains once, and tells an enterprise in none from a subtotal', async () => {
    const { data, errors } = await cases(
      analyst,
      'dimensions: [CHAIN, CHANNEL], measures: [COUNT, ENTERPRISES], rollup: true, totals: true',
      'chain channel count enterprises',
    );
    expect(errors).toBeUndefined();
    expect(data!.casesReport.rows.map((row) => [row.chain, row.channel, row.count, row.enterprises, row.rolledUp])).toEqual([
      ['CHIP', 'ONLINE', 1, 1, []],
      ['CHIP', 'SELF_SERVICE', 1, 1, []],
      ['CHIP', null, 2, 1, ['CHANNEL']],
      // Two nodes of one chain: still once under it.
      ['HUYOU', 'ONLINE', 1, 1, []],
      ['HUYOU', 'SELF_SERVICE', 1, 1, []],
      ['HUYOU', null, 2, 1, ['CHANNEL']],
      // The outsider's cases: no chain, which is not a subtotal.
      [null, 'ONLINE', 2, 1, []],
      [null, null, 2, 1, ['CHANNEL']],
    ]);
    // Under each of its chains once: the member's two cases count under both, so the total is six; two enterprises.
    expect(data!.casesReport.totals).toMatchObject({ count: 6, enterprises: 2, rolledUp: ['CHAIN', 'CHANNEL'] });

    const filtered = await cases(
      analyst,
      'dimensions: [MATTER], measures: [COUNT], filter: { where: [{ dimension: CHAIN, values: ["HUYOU"] }] }',
      'matter count',
    );
    expect(filtered.data!.casesReport.rows.map((row) => [row.matter, row.count])).toEqual([['HIRING', 2]]);
    // A DESK still sees its chains' enterprises only, whatever it groups by.
    const desk = await cases(await app.clientAs(Role.DESK, { chains: ['chip'] }), 'dimensions: [CHAIN], measures: [COUNT]', 'chain count');
    expect(desk.data!.casesReport.rows.map((row) => [row.chain, row.count])).toEqual([
      ['CHIP', 2],
      ['HUYOU', 2],
    ]);
  });

  it('offers the chain dimension on every cube about enterprises, described, and on none that is not', async () => {
    const { data } = await analyst.raw<Record<string, { enumValues: Array<{ name: string; description: string }> } | null>>(`{
      cases: __type(name: "CasesDimension") { enumValues { name description } }
      appeals: __type(name: "AppealsDimension") { enumValues { name description } }
      followUps: __type(name: "AppealFollowUpsDimension") { enumValues { name description } }
      scores: __type(name: "CreditScoresDimension") { enumValues { name description } }
      redemptions: __type(name: "PolicyRedemptionsDimension") { enumValues { name description } }
      tasks: __type(name: "TasksDimension") { enumValues { name description } }
      windows: __type(name: "WindowRatingsDimension") { enumValues { name description } }
      memberships: __type(name: "ChainMembershipsDimension") { enumValues { name description } }
    }`);
    for (const cube of ['cases', 'appeals', 'followUps', 'scores', 'redemptions', 'tasks']) {
      expect(data![cube]!.enumValues).toContainEqual({
        name: 'CHAIN',
        description: expect.stringContaining('an enterprise in two chains counts once under each'),
      });
    }
    // Window ratings are about windows, not enterprises; memberships keep their own chain.
    expect(data!.windows!.enumValues.map((value) => value.name)).not.toContain('CHAIN');
    expect(data!.memberships!.enumValues.find((value) => value.name === 'CHAIN')!.description).toBe('Chain code (产业链)');

    const scores = await analyst.raw<{ creditScoresReport: Report }>(
      '{ creditScoresReport(dimensions: [CHAIN], measures: [COUNT]) { rows { chain count } } }',
    );
    expect(scores.errors).toBeUndefined();
  });

  it('leaves no chain dimension where the chain machinery is switched off', async () => {
    const chainModules = modules.filter((module) => module.extensions?.chain).map((module) => module.name);
    const off = await TestApp.start({
      env: { DISABLED_MODULES: ['one-category', 'credit', 'credit-plus-plugins', 'policies', ...chainModules].join(',') },
    });
    try {
      const { data } = await (
        await off.clientAs(Role.ANALYST)
      ).raw<{ cases: { enumValues: Array<{ name: string }> }; row: { fields: Array<{ name: string }> } }>(
        '{ cases: __type(name: "CasesDimension") { enumValues { name } } row: __type(name: "CasesReportRow") { fields { name } } }',
      );
      expect(data!.cases.enumValues.map((value) => value.name)).toEqual(expect.arrayContaining(['MATTER', 'REGION']));
      expect(data!.cases.enumValues.map((value) => value.name)).not.toContain('CHAIN');
      expect(data!.row.fields.map((field) => field.name)).not.toContain('chain');
      const refused = await (await off.clientAs(Role.ANALYST)).raw('{ casesReport(dimensions: [CHAIN], measures: [COUNT]) { truncated } }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await off.stop();
    }
    // The instance with the machinery on keeps its chain dimension.
    const on = await cases(analyst, 'dimensions: [CHAIN], measures: [COUNT]', 'chain count');
    expect(on.errors).toBeUndefined();
  });
});
