import { Role } from '../../modules/platform/auth/principal';
import { errorCode, type GraphQLClient } from '../support/graphql-client';
import { registerEnterprise } from '../support/fixtures';
import { TestApp } from '../support/test-app';

interface RecordCase {
  chain: string;
  desk: string;
  mutation: string;
  inputType: string;
  payloadField: string;
  input: Record<string, unknown>;
  selection: string;
  listField: string;
  expected: Record<string, unknown>;
  invalid: { input: Record<string, unknown>; field: string; code: string };
}

const CASES: RecordCase[] = [
  {
    chain: 'camellia oil',
    desk: 'camellia-oil',
    mutation: 'camelliaForestPlotRegister',
    inputType: 'CamelliaForestPlotRegisterInput',
    payloadField: 'plot',
    input: { name: '芳村油茶林', areaMu: '120.00', lowYieldMu: '40.00', renovatedMu: '25.00' },
    selection: 'name areaMu lowYieldMu renovatedMu',
    listField: 'camelliaForestPlots',
    expected: { name: '芳村油茶林', renovatedMu: '25.00' },
    invalid: { input: { name: 'x', areaMu: '10.00', lowYieldMu: '5.00', renovatedMu: '8.00' }, field: 'renovatedMu', code: 'OUT_OF_RANGE' },
  },
  {
    chain: 'camellia oil',
    desk: 'camellia-oil',
    mutation: 'camelliaQualitySampleRecord',
    inputType: 'CamelliaQualitySampleRecordInput',
    payloadField: 'sample',
    input: { sampledOn: '2026-09-01', product: '山茶油 500ml 批次 A12', passed: false },
    selection: 'sampledOn passed',
    listField: 'camelliaQualitySamples',
    expected: { sampledOn: '2026-09-01', passed: false },
    invalid: { input: { sampledOn: '2999-01-01', product: 'x', passed: true }, field: 'sampledOn', code: 'IN_FUTURE' },
  },
  {
    chain: 'camellia oil',
    desk: 'camellia-oil',
    mutation: 'camelliaPressingLicenceRegister',
    inputType: 'CamelliaPressingLicenceRegisterInput',
    payloadField: 'licence',
    input: { licenceNumber: 'SC10233082200123', validUntil: '2029-12-31' },
    selection: 'licenceNumber validUntil',
    listField: 'camelliaPressingLicences',
    expected: { licenceNumber: 'SC10233082200123' },
    invalid: { input: { licenceNumber: 'SC123', validUntil: '2029-12-31' }, field: 'licenceNumber', code: 'INVALID_FORMAT' },
  },
  {
    chain: 'chip',
    desk: 'chip',
    mutation: 'chipRdSpendingRecord',
    inputType: 'ChipRdSpendingRecordInput',
    payloadField: 'spending',
    input: { year: 2025, amount: '18000000.00', revenue: '120000000.00' },
    selection: 'year amount revenue',
    listField: 'chipRdSpendings',
    expected: { year: 2025, amount: '18000000.00' },
    invalid: { input: { year: 2035, amount: '1.00', revenue: '1.00' }, field: 'year', code: 'OUT_OF_RANGE' },
  },
  {
    chain: 'chip',
    desk: 'chip',
    mutation: 'chipPatentRegister',
    inputType: 'ChipPatentRegisterInput',
    payloadField: 'patent',
    input: { number: 'ZL202310123456.7', kind: 'INVENTION', grantedOn: '2025-03-18' },
    selection: 'number kind',
    listField: 'chipPatents',
    expected: { number: 'ZL202310123456.7', kind: 'INVENTION' },
    invalid: { input: { number: 'zl-1', kind: 'INVENTION', grantedOn: '2025-03-18' }, field: 'number', code: 'INVALID_FORMAT' },
  },
  {
    chain: 'chip',
    desk: 'chip',
    mutation: 'chipCertificationRegister',
    inputType: 'ChipCertificationRegisterInput',
    payloadField: 'certification',
    input: { kind: 'HIGH_TECH', validUntil: '2027-12-31' },
    selection: 'kind validUntil',
    listField: 'chipCertifications',
    expected: { kind: 'HIGH_TECH' },
    invalid: { input: { kind: 'HIGH_TECH', validUntil: '2027-12-31', enterpriseId: 'bm9wZQ' }, field: 'enterpriseId', code: 'NOT_FOUND' },
  },
  {
    chain: 'chip',
    desk: 'chip',
    mutation: 'chipEnvironmentalInspectionRecord',
    inputType: 'ChipEnvironmentalInspectionRecordInput',
    payloadField: 'inspection',
    input: { inspectedOn: '2026-04-15', compliant: false, finding: '废气处理设施未正常运行' },
    selection: 'inspectedOn compliant finding',
    listField: 'chipEnvironmentalInspections',
    expected: { compliant: false, finding: '废气处理设施未正常运行' },
    invalid: { input: { inspectedOn: '2026-04-15', compliant: false, finding: ' ' }, field: 'finding', code: 'BLANK' },
  },
  {
    chain: 'stone',
    desk: 'stone',
    mutation: 'stoneMiningLicenceRegister',
    inputType: 'StoneMiningLicenceRegisterInput',
    payloadField: 'licence',
    input: { licenceNumber: 'C3308002010127120054321', validUntil: '2030-06-30', annualCapacityTonnes: '300000.00' },
    selection: 'licenceNumber annualCapacityTonnes',
    listField: 'stoneMiningLicences',
    expected: { annualCapacityTonnes: '300000.00' },
    invalid: {
      input: { licenceNumber: 'C33', validUntil: '2030-06-30', annualCapacityTonnes: '1.00' },
      field: 'licenceNumber',
      code: 'INVALID_FORMAT',
    },
  },
  {
    chain: 'stone',
    desk: 'stone',
    mutation: 'stoneRestorationRecord',
    inputType: 'StoneRestorationRecordInput',
    payloadField: 'restoration',
    input: { areaMu: '35.00', dueOn: '2027-06-30' },
    selection: 'areaMu dueOn acceptedOn',
    listField: 'stoneRestorations',
    expected: { areaMu: '35.00', acceptedOn: null },
    invalid: { input: { areaMu: '0', dueOn: '2027-06-30' }, field: 'areaMu', code: 'OUT_OF_RANGE' },
  },
  {
    chain: 'stone',
    desk: 'stone',
    mutation: 'stoneSafetyIncidentRecord',
    inputType: 'StoneSafetyIncidentRecordInput',
    payloadField: 'incident',
    input: { occurredOn: '2026-04-02', severity: 'GENERAL', casualties: 1 },
    selection: 'severity casualties',
    listField: 'stoneSafetyIncidents',
    expected: { severity: 'GENERAL', casualties: 1 },
    invalid: { input: { occurredOn: '2026-04-02', severity: 'MINOR', casualties: -1 }, field: 'casualties', code: 'NEGATIVE' },
  },
  {
    chain: 'paper',
    desk: 'paper',
    mutation: 'paperEmissionExceedanceRecord',
    inputType: 'PaperEmissionExceedanceRecordInput',
    payloadField: 'exceedance',
    input: { occurredOn: '2026-07-09', pollutant: 'COD', multipleOfLimit: '1.35' },
    selection: 'pollutant multipleOfLimit',
    listField: 'paperEmissionExceedances',
    expected: { pollutant: 'COD', multipleOfLimit: '1.35' },
    invalid: { input: { occurredOn: '2026-07-09', pollutant: 'COD', multipleOfLimit: '0.80' }, field: 'multipleOfLimit', code: 'OUT_OF_RANGE' },
  },
  {
    chain: 'paper',
    desk: 'paper',
    mutation: 'paperEnergyReportRecord',
    inputType: 'PaperEnergyReportRecordInput',
    payloadField: 'report',
    input: { year: 2025, kgceePerTonne: '352.40' },
    selection: 'year kgceePerTonne',
    listField: 'paperEnergyReports',
    expected: { year: 2025, kgceePerTonne: '352.40' },
    invalid: { input: { year: 2024, kgceePerTonne: '-1' }, field: 'kgceePerTonne', code: 'OUT_OF_RANGE' },
  },
];

describe('each chain’s own data, written by its desk and read with the enterprise’s access rules', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  let enterprise: { id: string; uscc: string };
  let owner: GraphQLClient;
  let stranger: GraphQLClient;

  beforeAll(async () => {
    app = await TestApp.start();
    admin = await app.clientAs(Role.ADMIN);
    enterprise = await registerEnterprise(admin);
    owner = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: enterprise.uscc });
    const other = await registerEnterprise(admin);
    stranger = await app.clientAs(Role.ENTERPRISE, { enterpriseUscc: other.uscc });
  });
  afterAll(() => app?.stop());

  const mutate = (client: GraphQLClient, record: RecordCase, input: Record<string, unknown>) =>
    client.raw<Record<string, { userErrors: Array<{ field: string[]; code: string }> } & Record<string, unknown>>>(
      `mutation ($input: ${record.inputType}!) { ${record.mutation}(input: $input) { ${record.payloadField} { ${record.selection} } userErrors { field code } } }`,
      { input: { enterpriseId: enterprise.id, ...input } },
    );

  it.each(CASES.map((record) => [record.mutation, record]))(
    '%s: the desk records, the owner and staff read, others are refused',
    async (_name, record) => {
      const desk = await app.clientAs(Role.DESK, { chains: [record.desk] });
      const written = await mutate(desk, record, record.input);
      expect(written.data?.[record.mutation].userErrors).toEqual([]);
      expect(written.data?.[record.mutation][record.payloadField]).toMatchObject(record.expected);

      const invalid = await mutate(desk, record, record.invalid.input);
      expect(invalid.data?.[record.mutation].userErrors).toEqual([
        expect.objectContaining({ field: ['input', record.invalid.field], code: record.invalid.code }),
      ]);

      const query = `query ($id: ID!) { enterprise(id: $id) { ${record.listField} { ${record.selection} } } }`;
      for (const reader of [owner, admin, await app.clientAs(Role.PARTNER)]) {
        const read = await reader.raw<{ enterprise: Record<string, unknown[]> }>(query, { id: enterprise.id });
        expect(read.data?.enterprise[record.listField]).toEqual([expect.objectContaining(record.expected)]);
      }
      expect(errorCode(await stranger.raw(query, { id: enterprise.id }))).toBe('FORBIDDEN');
      const otherDesk = await app.clientAs(Role.DESK, { chains: [record.desk === 'paper' ? 'huyou' : 'paper'] });
      expect(errorCode(await mutate(otherDesk, record, record.input))).toBe('FORBIDDEN');
      expect(errorCode(await mutate(owner, record, record.input))).toBe('FORBIDDEN');
    },
  );

  it('ends simultaneous records of one year with one record and TAKEN for the others, never an internal error', async () => {
    const desk = await app.clientAs(Role.DESK, { chains: ['chip'] });
    const record = {
      mutation: 'chipRdSpendingRecord',
      inputType: 'ChipRdSpendingRecordInput',
      payloadField: 'spending',
      selection: 'year',
    } as RecordCase;
    const answers = await Promise.all(Array.from({ length: 8 }, () => mutate(desk, record, { year: 2024, amount: '1000.00', revenue: '5000.00' })));
    expect(answers.map((answer) => answer.errors)).toEqual(answers.map(() => undefined));
    const outcomes = answers.map((answer) => answer.data!.chipRdSpendingRecord.userErrors.map((error) => error.code).join() || 'RECORDED');
    expect(outcomes.filter((outcome) => outcome === 'RECORDED')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === 'TAKEN')).toHaveLength(7);
    const rows = await app.services.orm.em
      .fork()
      .execute<Array<{ count: number }>>('select count(*)::int as count from chip_rd_spending where year = 2024');
    expect(rows[0].count).toBe(1);
  });

  it('checks that a discharge permit number carries the enterprise’s own credit code', async () => {
    const desk = await app.clientAs(Role.DESK, { chains: ['paper'] });
    const record = {
      mutation: 'paperDischargePermitRegister',
      inputType: 'PaperDischargePermitRegisterInput',
      payloadField: 'permit',
      selection: 'permitNumber',
    } as RecordCase;
    const good = await mutate(desk, record, { permitNumber: `${enterprise.uscc}P001`, validUntil: '2028-12-31' });
    expect(good.data?.paperDischargePermitRegister.permit).toEqual({ permitNumber: `${enterprise.uscc}P001` });
    const foreign = await mutate(desk, record, { permitNumber: '91330822MA2DH0XX0XP001', validUntil: '2028-12-31' });
    expect(foreign.data?.paperDischargePermitRegister.userErrors[0]).toMatchObject({ field: ['input', 'permitNumber'] });
  });
});
