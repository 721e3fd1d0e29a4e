import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { uuidFromGlobalId } from '../../modules/platform/relay/global-id';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

interface RecordPayload {
  userErrors: Array<{ field: string[]; message: string; code: string }>;
  [record: string]: unknown;
}

/** The record mutations keyed by a unique value, each with the input field a unique index guards. */
const KINDS = {
  penalty: {
    mutation: 'administrativePenaltyRecord',
    inputType: 'PenaltyRecordInput',
    payloadField: 'penalty',
    table: 'credit_penalty',
    field: 'decisionNumber',
  },
  licensing: {
    mutation: 'licensingDecisionRecord',
    inputType: 'LicensingDecisionRecordInput',
    payloadField: 'decision',
    table: 'credit_licensing_decision',
    field: 'decisionNumber',
  },
  annualReport: {
    mutation: 'annualReportFilingRecord',
    inputType: 'AnnualReportFilingRecordInput',
    payloadField: 'filing',
    table: 'credit_annual_report',
    field: 'year',
  },
  taxRating: {
    mutation: 'taxCreditRatingRecord',
    inputType: 'TaxCreditRatingRecordInput',
    payloadField: 'rating',
    table: 'credit_tax_rating',
    field: 'year',
  },
  judgmentDefaulter: {
    mutation: 'judgmentDefaulterRecord',
    inputType: 'JudgmentDefaulterRecordInput',
    payloadField: 'listing',
    table: 'credit_judgment_defaulter',
    field: 'caseNumber',
  },
} as const;

type Kind = (typeof KINDS)[keyof typeof KINDS];

const documentOf = (kind: Kind) =>
  `mutation Record($input: ${kind.inputType}!) { ${kind.mutation}(input: $input) { ${kind.payloadField} { id } userErrors { field message code } } }`;

describe('simultaneous identical credit records', () => {
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    enterprise = await registerEnterprise(admin);
  });
  afterAll(() => app?.stop());

  const record = async (kind: Kind, input: Record<string, unknown>) => {
    const response = await admin.raw<Record<string, RecordPayload>>(documentOf(kind), { input: { enterpriseId: enterprise.id, ...input } });
    return { errors: response.errors ?? [], payload: response.data?.[kind.mutation] ?? null };
  };

  const stored = async (kind: Kind) => {
    const rows = await app.services.orm.em
      .fork()
      .execute<Array<{ n: number }>>(`select count(*)::int as n from ${kind.table} where enterprise_id = ?`, [
        uuidFromGlobalId(enterprise.id, 'Enterprise'),
      ]);
    return rows[0].n;
  };

  /** Ten identical records at once, over HTTP: one is stored, the nine others are TAKEN on the unique field, as a retry is. */
  const recordTenTimes = async (kind: Kind, input: Record<string, unknown>) => {
    const before = await stored(kind);
    const responses = await Promise.all(Array.from({ length: 10 }, () => record(kind, input)));
    expect(responses.flatMap((response) => response.errors.map((error) => error.extensions?.code ?? error.message))).toEqual([]);
    const payloads = responses.map((response) => response.payload!);
    expect(payloads.filter((payload) => payload[kind.payloadField] !== null && payload.userErrors.length === 0)).toHaveLength(1);
    const losers = payloads.filter((payload) => payload[kind.payloadField] === null);
    expect(losers.map((payload) => payload.userErrors.map((error) => [error.field.join('.'), error.code]))).toEqual(
      Array.from({ length: 9 }, () => [[`input.${kind.field}`, 'TAKEN']]),
    );
    expect(await stored(kind)).toBe(before + 1);
    const retry = await record(kind, input);
    expect(retry.payload!.userErrors.map((error) => [error.field.join('.'), error.code])).toEqual([[`input.${kind.field}`, 'TAKEN']]);
  };

  it('stores one administrative penalty per decision number', () =>
    recordTenTimes(KINDS.penalty, {
      decisionNumber: '常市监处罚〔2026〕RACE号',
      departmentCode: 'market-regulation',
      severity: 'GENERAL',
      sector: 'GENERAL',
      decidedOn: '2026-03-01',
      amount: '5000.00',
    }));

  it('stores one licensing decision per decision number', () =>
    recordTenTimes(KINDS.licensing, {
      decisionNumber: '常市监许〔2026〕RACE号',
      departmentCode: 'market-regulation',
      licence: '食品经营许可证',
      decidedOn: '2026-03-01',
    }));

  it('stores one annual-report filing per enterprise and year', () =>
    recordTenTimes(KINDS.annualReport, { year: 2024, status: 'ON_TIME', filedOn: '2025-05-10' }));

  it('stores one tax credit level per enterprise and year', () => recordTenTimes(KINDS.taxRating, { year: 2024, level: 'A' }));

  it('stores one judgment-defaulter listing per case number', () =>
    recordTenTimes(KINDS.judgmentDefaulter, { caseNumber: '（2026）浙0822执RACE号', listedOn: '2026-04-01' }));
});

describe('the department of penalty and licensing records', () => {
  const clock = new ManualClock(new Date('2026-06-01T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let enterprise: { id: string; uscc: string };

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    enterprise = await registerEnterprise(admin);
  });
  afterAll(() => app?.stop());

  const penalty = (decisionNumber: string, departmentCode: string) => ({
    enterpriseId: enterprise.id,
    decisionNumber,
    departmentCode,
    severity: 'GENERAL',
    sector: 'GENERAL',
    decidedOn: '2026-03-01',
    amount: '100.00',
  });
  const licensing = (decisionNumber: string, departmentCode: string) => ({
    enterpriseId: enterprise.id,
    decisionNumber,
    departmentCode,
    licence: '食品经营许可证',
    decidedOn: '2026-03-01',
  });

  const send = async (client: GraphQLClient, kind: Kind, input: Record<string, unknown>) => {
    const response = await client.raw<Record<string, RecordPayload>>(documentOf(kind), { input });
    expect(response.errors ?? []).toEqual([]);
    const payload = response.data![kind.mutation];
    return { stored: payload[kind.payloadField] !== null, errors: payload.userErrors.map((error) => [error.field.join('.'), error.code]) };
  };

  const nowhere = ['', '   ', "market-regulation'; drop table department; --", '🏛️', 'no-such-department', 'MARKET-REGULATION'];

  it.each(nowhere)('refuses the department code %j on a penalty as NOT_FOUND', async (code) => {
    expect(await send(admin, KINDS.penalty, penalty(`P-DEPT-${nowhere.indexOf(code)}`, code))).toEqual({
      stored: false,
      errors: [['input.departmentCode', 'NOT_FOUND']],
    });
  });

  it.each(nowhere)('refuses the department code %j on a licensing decision as NOT_FOUND', async (code) => {
    expect(await send(admin, KINDS.licensing, licensing(`L-DEPT-${nowhere.indexOf(code)}`, code))).toEqual({
      stored: false,
      errors: [['input.departmentCode', 'NOT_FOUND']],
    });
  });

  it('accepts any existing department, including one added later, and an officer of it', async () => {
    expect(await send(admin, KINDS.penalty, penalty('P-DEPT-TAX', 'tax'))).toEqual({ stored: true, errors: [] });
    const created = await admin.raw<{ departmentCreate: { userErrors: unknown[] } }>(
      'mutation { departmentCreate(input: { code: "port-authority", name: "常山县港航管理局" }) { userErrors { code } } }',
    );
    expect(created.data?.departmentCreate.userErrors).toEqual([]);
    const port = await app.clientAs(Role.OFFICER, { department: 'port-authority' });
    expect(await send(port, KINDS.licensing, licensing('L-DEPT-PORT', 'port-authority'))).toEqual({ stored: true, errors: [] });
  });

  it('still refuses an officer recording for another department', async () => {
    const tax = await app.clientAs(Role.OFFICER, { department: 'tax' });
    const response = await tax.raw(documentOf(KINDS.penalty), { input: penalty('P-DEPT-OTHER', 'market-regulation') });
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
