import { MetadataStorage } from '@mikro-orm/core';
import {
  graphql,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  type GraphQLFieldConfig,
  type GraphQLInputType,
} from 'graphql';
import { Role } from '../../modules/platform/auth/principal';
import { ManualClock } from '../../modules/platform/clock';
import { DecimalScalar } from '../../modules/platform/scalars/decimal';
import { applyInputPolicy } from '../../modules/platform/validation/input-policy';
import { range } from '../../modules/platform/validation/number-range';
import type { GraphQLClient } from '../support/graphql-client';
import { registerEnterprise, registerInput } from '../support/fixtures';
import { TestApp } from '../support/test-app';

interface RangeCase {
  label: string;
  mutation: string;
  inputType: string;
  /** The desk that writes the record, or none for an ADMIN. */
  desk?: string;
  /** The department of the officer who sends it, for a mutation only officers may call. */
  officerOf?: string;
  /** The input, without enterpriseId (added unless `standalone`). */
  input: Record<string, unknown>;
  standalone?: boolean;
  table: string;
  expected: Array<[string, string]>;
}

const RULE = { code: 'RULE_0', description: 'A rule', indicator: 'RESIDUE_PASS_RATE', operator: 'AT_LEAST', threshold: 1, points: 10 };

/** Numbers a probe sent: each answered as userErrors on the field, nothing written. */
const CASES: RangeCase[] = [
  {
    label: 'a huyou orchard of -5 mu',
    mutation: 'huyouOrchardRegister',
    inputType: 'HuyouOrchardRegisterInput',
    desk: 'huyou',
    input: { name: '负面积', areaMu: '-5' },
    table: 'huyou_orchard',
    expected: [['input.areaMu', 'OUT_OF_RANGE']],
  },
  {
    label: 'a huyou orchard of the largest Decimal, beyond the column',
    mutation: 'huyouOrchardRegister',
    inputType: 'HuyouOrchardRegisterInput',
    desk: 'huyou',
    input: { name: '巨大面积', areaMu: '999999999999999999' },
    table: 'huyou_orchard',
    expected: [['input.areaMu', 'OUT_OF_RANGE']],
  },
  {
    label: 'a huyou orchard larger than the county',
    mutation: 'huyouOrchardRegister',
    inputType: 'HuyouOrchardRegisterInput',
    desk: 'huyou',
    input: { name: '超大面积', areaMu: '10000000.01' },
    table: 'huyou_orchard',
    expected: [['input.areaMu', 'OUT_OF_RANGE']],
  },
  {
    label: 'a camellia plot with negative low-yield and renovated areas',
    mutation: 'camelliaForestPlotRegister',
    inputType: 'CamelliaForestPlotRegisterInput',
    desk: 'camellia-oil',
    input: { name: '负低产林', areaMu: '10.00', lowYieldMu: '-5', renovatedMu: '-10' },
    table: 'camellia_forest_plot',
    expected: [
      ['input.lowYieldMu', 'NEGATIVE'],
      ['input.renovatedMu', 'NEGATIVE'],
    ],
  },
  {
    label: 'a stone safety incident with 2147483647 casualties',
    mutation: 'stoneSafetyIncidentRecord',
    inputType: 'StoneSafetyIncidentRecordInput',
    desk: 'stone',
    input: { occurredOn: '2026-04-02', severity: 'GENERAL', casualties: 2147483647 },
    table: 'stone_safety_incident',
    expected: [['input.casualties', 'OUT_OF_RANGE']],
  },
  {
    label: 'a stone safety incident with -2147483648 casualties',
    mutation: 'stoneSafetyIncidentRecord',
    inputType: 'StoneSafetyIncidentRecordInput',
    desk: 'stone',
    input: { occurredOn: '2026-04-02', severity: 'GENERAL', casualties: -2147483648 },
    table: 'stone_safety_incident',
    expected: [['input.casualties', 'NEGATIVE']],
  },
  {
    label: 'a mining licence for 999,999,999,999.99 tonnes a year',
    mutation: 'stoneMiningLicenceRegister',
    inputType: 'StoneMiningLicenceRegisterInput',
    desk: 'stone',
    input: { licenceNumber: 'C1234567890123', validUntil: '2030-01-01', annualCapacityTonnes: '999999999999.99' },
    table: 'stone_mining_licence',
    expected: [['input.annualCapacityTonnes', 'OUT_OF_RANGE']],
  },
  {
    label: 'a paper energy report of year 2147483647',
    mutation: 'paperEnergyReportRecord',
    inputType: 'PaperEnergyReportRecordInput',
    desk: 'paper',
    input: { year: 2147483647, kgceePerTonne: '352.40' },
    table: 'paper_energy_report',
    expected: [['input.year', 'OUT_OF_RANGE']],
  },
  {
    label: 'a paper energy report of year -2147483647',
    mutation: 'paperEnergyReportRecord',
    inputType: 'PaperEnergyReportRecordInput',
    desk: 'paper',
    input: { year: -2147483647, kgceePerTonne: '352.40' },
    table: 'paper_energy_report',
    expected: [['input.year', 'OUT_OF_RANGE']],
  },
  {
    label: 'R&D spending of the largest Decimal',
    mutation: 'chipRdSpendingRecord',
    inputType: 'ChipRdSpendingRecordInput',
    desk: 'chip',
    input: { year: 2024, amount: '999999999999999999', revenue: '5000.00' },
    table: 'chip_rd_spending',
    expected: [['input.amount', 'OUT_OF_RANGE']],
  },
  {
    label: 'a credit annual report of year 2147483647',
    mutation: 'annualReportFilingRecord',
    inputType: 'AnnualReportFilingRecordInput',
    input: { year: 2147483647, status: 'MISSING' },
    table: 'credit_annual_report',
    expected: [['input.year', 'OUT_OF_RANGE']],
  },
  {
    label: 'a tax credit level of year -2147483648',
    mutation: 'taxCreditRatingRecord',
    inputType: 'TaxCreditRatingRecordInput',
    input: { year: -2147483648, level: 'A' },
    table: 'credit_tax_rating',
    expected: [['input.year', 'OUT_OF_RANGE']],
  },
  {
    label: 'an enterprise with a registered capital of the largest Decimal',
    mutation: 'enterpriseRegister',
    inputType: 'EnterpriseRegisterInput',
    input: { ...registerInput({ registeredCapital: '999999999999999999' }) },
    standalone: true,
    table: 'enterprise',
    expected: [['input.registeredCapital', 'OUT_OF_RANGE']],
  },
  {
    label: 'a credit+ rule with a threshold of 1e300, in the second item of the list',
    mutation: 'creditPlusRulesDraftSave',
    inputType: 'CreditPlusRulesDraftSaveInput',
    desk: 'huyou',
    input: { chain: 'HUYOU', rules: [RULE, { ...RULE, code: 'RULE_1', threshold: 1e300 }] },
    standalone: true,
    table: 'credit_plus_rule_draft',
    expected: [['input.rules.1.threshold', 'OUT_OF_RANGE']],
  },
  {
    label: 'a stale version 0 on a field the input inherits from its superclass',
    mutation: 'taskReject',
    inputType: 'TaskRejectInput',
    officerOf: 'market-regulation',
    input: { id: 'bm9wZQ', expectedVersion: 0, reason: '材料不全' },
    standalone: true,
    table: 'task',
    expected: [['input.expectedVersion', 'OUT_OF_RANGE']],
  },
];

describe('numbers of mutation inputs have ranges', () => {
  const clock = new ManualClock(new Date('2026-10-12T02:00:00Z'));
  let app: TestApp;
  let admin: GraphQLClient;
  let enterpriseId: string;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    admin = await app.clientAs(Role.ADMIN);
    enterpriseId = (await registerEnterprise(admin)).id;
  });
  afterAll(() => app?.stop());

  const rows = async (table: string) =>
    (await app.services.orm.em.fork().execute<Array<{ n: number }>>(`select count(*)::int as n from "${table}"`))[0].n;

  const send = async (record: RangeCase, input: Record<string, unknown>) => {
    const client = record.desk
      ? await app.clientAs(Role.DESK, { chains: [record.desk] })
      : record.officerOf
        ? await app.clientAs(Role.OFFICER, { department: record.officerOf })
        : admin;
    return client.raw<Record<string, { userErrors: Array<{ field: string[]; code: string; message: string }> }>>(
      `mutation ($input: ${record.inputType}!) { ${record.mutation}(input: $input) { userErrors { field code message } } }`,
      { input: record.standalone ? input : { enterpriseId, ...input } },
    );
  };

  it.each(CASES.map((record) => [record.label, record]))('refuses %s on the field and writes nothing', async (_label, record) => {
    const before = await rows(record.table);
    const answer = await send(record, record.input);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.[record.mutation].userErrors.map((error) => [error.field.join('.'), error.code])).toEqual(record.expected);
    expect(await rows(record.table)).toBe(before);
  });

  it('names the range in the message', async () => {
    const answer = await send(
      CASES.find((record) => record.mutation === 'stoneSafetyIncidentRecord')!,
      {
        occurredOn: '2026-04-02',
        severity: 'GENERAL',
        casualties: 10_001,
      },
    );
    expect(answer.data?.stoneSafetyIncidentRecord.userErrors).toEqual([
      { field: ['input', 'casualties'], code: 'OUT_OF_RANGE', message: 'Between 0 and 10000.' },
    ]);
  });

  it('accepts the bounds themselves', async () => {
    const incident = CASES.find((record) => record.mutation === 'stoneSafetyIncidentRecord')!;
    const orchard = CASES.find((record) => record.mutation === 'huyouOrchardRegister')!;
    for (const [record, input] of [
      [incident, { occurredOn: '2026-04-03', severity: 'GENERAL', casualties: 10_000 }],
      [incident, { occurredOn: '2026-04-04', severity: 'GENERAL', casualties: 0 }],
      [orchard, { name: '边界面积', areaMu: '10000000.00' }],
    ] as const) {
      const before = await rows(record.table);
      const answer = await send(record, input);
      expect(answer.data?.[record.mutation].userErrors).toEqual([]);
      expect(await rows(record.table)).toBe(before + 1);
    }
  });
});

/**
 * The policy's own rules, on a schema of one mutation: items of a list are checked one by one (each refusal at its
 * index), and Decimal strings are compared exactly, however many digits they have.
 */
describe('the range extension', () => {
  const payload = new GraphQLObjectType({
    name: 'ProbePayload',
    fields: {
      userErrors: {
        type: new GraphQLList(
          new GraphQLObjectType({ name: 'Problem', fields: { field: { type: new GraphQLList(GraphQLString) }, code: { type: GraphQLString } } }),
        ),
      },
      ok: { type: GraphQLString },
    },
  });

  function schemaWith(type: GraphQLInputType, extensions: Record<string, unknown>): GraphQLSchema {
    const input = new GraphQLInputObjectType({ name: 'ProbeInput', fields: { value: { type, extensions } } });
    const probe: GraphQLFieldConfig<unknown, unknown> = {
      type: payload,
      args: { input: { type: new GraphQLNonNull(input) } },
      resolve: () => ({ userErrors: [], ok: 'written' }),
    };
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { ping: { type: GraphQLString } } }),
      mutation: new GraphQLObjectType({ name: 'Mutation', fields: { probe } }),
    });
    applyInputPolicy(schema, new MetadataStorage(), 100, []);
    return schema;
  }

  async function answer(schema: GraphQLSchema, value: unknown) {
    const result = await graphql({
      schema,
      source: 'mutation ($input: ProbeInput!) { probe(input: $input) { ok userErrors { field code } } }',
      variableValues: { input: { value } },
    });
    expect(result.errors).toBeUndefined();
    const data = result.data as { probe: { ok: string | null; userErrors: Array<{ field: string[]; code: string }> } };
    return data.probe.ok ?? data.probe.userErrors.map((error) => [error.field.join('.'), error.code]);
  }

  it('checks each item of a list of numbers, at its index', async () => {
    const schema = schemaWith(new GraphQLList(GraphQLInt), range(1, 600));
    expect(await answer(schema, [1, 600, 12])).toBe('written');
    expect(await answer(schema, [12, 0, 601, null, -3])).toEqual([
      ['input.value.1', 'OUT_OF_RANGE'],
      ['input.value.2', 'OUT_OF_RANGE'],
      ['input.value.4', 'OUT_OF_RANGE'],
    ]);
  });

  it('compares Decimal strings exactly, beyond the precision of a double', async () => {
    const schema = schemaWith(DecimalScalar, range('0.01', '999999999999999998.99'));
    expect(await answer(schema, '999999999999999998.99')).toBe('written');
    expect(await answer(schema, '999999999999999998.990001')).toEqual([['input.value', 'OUT_OF_RANGE']]);
    expect(await answer(schema, '999999999999999999')).toEqual([['input.value', 'OUT_OF_RANGE']]);
    expect(await answer(schema, '0.01')).toBe('written');
    expect(await answer(schema, '0.009999')).toEqual([['input.value', 'OUT_OF_RANGE']]);
    expect(await answer(schema, '0')).toEqual([['input.value', 'OUT_OF_RANGE']]);
    expect(await answer(schema, '-0.5')).toEqual([['input.value', 'OUT_OF_RANGE']]);
  });

  it('answers NEGATIVE below a lower bound of zero, and OUT_OF_RANGE otherwise', async () => {
    const schema = schemaWith(DecimalScalar, range(0, 1_000_000));
    expect(await answer(schema, '0')).toBe('written');
    expect(await answer(schema, '-0.00')).toBe('written');
    expect(await answer(schema, '-0.01')).toEqual([['input.value', 'NEGATIVE']]);
    expect(await answer(schema, '1000000.000001')).toEqual([['input.value', 'OUT_OF_RANGE']]);
  });

  it('refuses a range on a field that is not a number, and a range whose bounds are not numbers in order', () => {
    expect(() => schemaWith(GraphQLString, range(0, 1))).toThrow(/ProbeInput\.value.*Int, Float or Decimal/);
    expect(() => range(5, 1)).toThrow();
    expect(() => range(0, Number.POSITIVE_INFINITY)).toThrow();
    expect(() => range('1e3', 5000)).toThrow();
  });
});
