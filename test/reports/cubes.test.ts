import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import {
  ApiKeyCreateDocument,
  CasesReportDocument,
  ChainMembershipJoinDocument,
  type CasesReportQueryVariables,
} from '../../schema/generated/graphql';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { submitCase } from '../support/one-matter';
import { TestApp } from '../support/test-app';

/**
 * Reports over the cases cube on a known data set: three cases, two of them either side of a month's end in
 * Asia/Shanghai, one enterprise in the huyou chain.
 */
describe('report cubes', () => {
  const clock = new ManualClock(new Date('2026-10-31T15:30:00Z'));
  let app: TestApp;
  let analyst: GraphQLClient;
  let hiringDepartment: string;
  let casesOfHiringDepartment: number;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    const admin = await app.clientAs(Role.ADMIN);
    analyst = await app.clientAs(Role.ANALYST);
    const member = await registerEnterprise(admin);
    const other = await registerEnterprise(admin);
    await (
      await app.clientAs(Role.DESK, { chains: ['huyou'] })
    ).data(ChainMembershipJoinDocument, {
      input: { chain: 'HUYOU', enterpriseId: member.id, node: 'PLANTING' },
    });
    const applicant = async (enterprise: { uscc: string }) => app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    // 23:30 on 31 October in Changshan.
    const first = await submitCase(await applicant(member), member.id, 'HIRING', 'ONLINE');
    const hiringDepartments = first.tasks.map((task) => task.department.code);
    // 00:30 on 1 November in Changshan, though still 31 October in UTC.
    clock.set('2026-10-31T16:30:00Z');
    await submitCase(await applicant(member), member.id, 'HIRING', 'SELF_SERVICE');
    clock.set('2026-11-02T02:00:00Z');
    const third = await submitCase(await applicant(other), other.id, 'OPEN_BUSINESS', 'ONLINE');
    hiringDepartment = hiringDepartments[0];
    casesOfHiringDepartment = third.tasks.some((task) => task.department.code === hiringDepartment) ? 3 : 2;
  });
  afterAll(() => app?.stop());

  const report = (client: GraphQLClient, variables: CasesReportQueryVariables) => client.request(CasesReportDocument, variables);

  it('buckets time in Asia/Shanghai and adds the grand total', async () => {
    const { data } = await report(analyst, { dimensions: ['SUBMITTED_MONTH'], measures: ['COUNT', 'ONLINE_RATE', 'ENTERPRISES'], totals: true });
    expect(data!.casesReport.rows.map((row) => [row.submittedMonth, row.count, row.onlineRate, row.enterprises])).toEqual([
      ['2026-10', 1, 1, 1],
      ['2026-11', 2, 0.5, 2],
    ]);
    expect(data!.casesReport.totals).toEqual({ count: 3, onlineRate: 0.6667, enterprises: 2 });
    const days = await report(analyst, { dimensions: ['SUBMITTED_DAY'], measures: ['COUNT'] });
    expect(days.data!.casesReport.rows.map((row) => [row.submittedDay, row.count])).toEqual([
      ['2026-10-31', 1],
      ['2026-11-01', 1],
      ['2026-11-02', 1],
    ]);
  });

  it('filters by period and dimension values, orders and limits', async () => {
    const november = await report(analyst, {
      dimensions: ['MATTER', 'CHANNEL'],
      measures: ['COUNT'],
      filter: { from: '2026-11-01', to: '2026-11-30' },
      orderBy: [{ dimension: 'CHANNEL', direction: 'DESC' }],
    });
    expect(november.data!.casesReport.rows.map((row) => [row.matter, row.channel, row.count])).toEqual([
      ['HIRING', 'SELF_SERVICE', 1],
      ['OPEN_BUSINESS', 'ONLINE', 1],
    ]);
    const hiring = await report(analyst, {
      dimensions: ['MATTER'],
      measures: ['COUNT'],
      filter: { where: [{ dimension: 'MATTER', values: ['HIRING'] }] },
      limit: 1,
    });
    expect(hiring.data!.casesReport).toMatchObject({ truncated: false, rows: [{ matter: 'HIRING', count: 2 }] });
    const limited = await report(analyst, { dimensions: ['SUBMITTED_DAY'], measures: ['COUNT'], limit: 2 });
    expect(limited.data!.casesReport).toMatchObject({ truncated: true, rows: [{ submittedDay: '2026-10-31' }, { submittedDay: '2026-11-01' }] });
  });

  it('takes values as values, never as SQL, and refuses what it cannot answer with the argument', async () => {
    const hostile = ["HIRING' or '1'='1", 'x); drop table service_case; --', '\\'];
    const injected = await report(analyst, {
      dimensions: ['MATTER'],
      measures: ['COUNT'],
      filter: { where: [{ dimension: 'MATTER', values: hostile }] },
    });
    expect(injected.data!.casesReport.rows).toEqual([]);
    const region = await report(analyst, { dimensions: [], measures: ['COUNT'], filter: { from: "2026-11-01'; --" } });
    expect(region.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const codes = async (variables: CasesReportQueryVariables) => (await report(analyst, variables)).errors?.[0]?.extensions;
    expect(await codes({ dimensions: ['MATTER'], measures: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: ['measures'] });
    expect(await codes({ dimensions: ['MATTER', 'MATTER'], measures: ['COUNT'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: ['dimensions'] });
    expect(await codes({ dimensions: ['MATTER'], measures: ['COUNT'], limit: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: ['limit'] });
    expect(await codes({ dimensions: ['MATTER'], measures: ['COUNT'], orderBy: [{ measure: 'ONLINE_RATE' }] })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['orderBy', '0'],
    });
    expect(await codes({ dimensions: ['MATTER'], measures: ['COUNT'], filter: { from: '2026-12-01', to: '2026-11-01' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['filter', 'from'],
    });
    const unknown = await analyst.raw('{ casesReport(dimensions: [PASSWORD], measures: [COUNT]) { truncated } }');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('shows a DESK the rows of its chains’ enterprises, an OFFICER its department’s, partners and enterprises nothing', async () => {
    const count = async (client: GraphQLClient) => (await report(client, { dimensions: [], measures: ['COUNT'] })).data?.casesReport.rows[0]?.count;
    expect(await count(await app.clientAs(Role.DESK, { chains: ['huyou'] }))).toBe(2);
    expect(await count(await app.clientAs(Role.DESK, { chains: ['chip'] }))).toBe(0);
    expect(await count(await app.clientAs(Role.OFFICER, { department: hiringDepartment }))).toBe(casesOfHiringDepartment);
    expect(await count(await app.clientAs(Role.OFFICER, { department: 'court' }))).toBe(0);
    expect(await count(await app.clientAs(Role.ADMIN))).toBe(3);
    const { apiKeyCreate } = await (await app.clientAs(Role.ADMIN)).data(ApiKeyCreateDocument, { input: { name: 'Bank' } });
    const refused = await report(app.client.as({ apiKey: apiKeyCreate.secret! }), { dimensions: [], measures: ['COUNT'] });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await report(app.client, { dimensions: [], measures: ['COUNT'] })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
