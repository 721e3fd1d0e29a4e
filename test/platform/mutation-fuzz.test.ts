import {
  buildClientSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type IntrospectionQuery,
  getIntrospectionQuery,
} from 'graphql';
import { Role } from '../../modules/platform/auth/principal';
import { TestApp } from '../support/test-app';
import { SCALAR_SAMPLES } from '../support/scalar-samples';

/** Values that are fine as text, and must stay text: never SQL, never an internal error. */
const INJECTIONS = ["x'); drop table enterprise; --", '{"$ne": null}', '${process.exit()}', '<script>alert(1)</script>'];

/** Values no field may accept, by the scalars they are sent for. */
const HOSTILE: Array<{ scalars: string[]; label: string; value: string }> = [
  { scalars: ['String', 'ID'], label: 'a NUL character', value: 'ab\u0000cd' },
  { scalars: ['String', 'ID'], label: 'a lone surrogate', value: 'ab\ud800cd' },
  { scalars: ['String', 'ID'], label: '100,000 characters', value: 'x'.repeat(100_000) },
  { scalars: ['LocalDate'], label: 'year 0', value: '0000-01-01' },
  { scalars: ['LocalDate'], label: 'a day that does not exist', value: '2024-02-30' },
  { scalars: ['LocalDate'], label: 'a far year', value: '9999-12-31' },
  { scalars: ['Decimal'], label: 'a number too large for any column', value: '1' + '0'.repeat(40) },
];

type Path = string[];

/** Every path to a leaf of the given scalars in an input type, lists entered at their first item. */
function leafPaths(type: GraphQLInputType, scalars: string[], path: Path, seen: Set<string>): Path[] {
  const named = getNullableType(type);
  if (isListType(named)) return leafPaths(named.ofType, scalars, [...path, '0'], seen);
  if (isScalarType(named)) return scalars.includes(named.name) ? [path] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set(seen).add(named.name);
  return Object.values(named.getFields()).flatMap((field) => leafPaths(field.type, scalars, [...path, field.name], inner));
}

/** A value of the type with every field filled, and `hostile` at `target`. */
function sample(type: GraphQLInputType, path: Path, target: Path, hostile: string, seen: Set<string>): unknown {
  const onTarget = path.length === target.length && path.every((part, index) => part === target[index]);
  if (onTarget) return hostile;
  const named = getNullableType(type);
  if (isListType(named)) return [sample(named.ofType, [...path, '0'], target, hostile, seen)];
  if (isScalarType(named)) return SCALAR_SAMPLES[named.name] ?? 'sample';
  if (isEnumType(named)) return named.getValues()[0].name;
  if (!isInputObjectType(named) || seen.has(named.name)) return null;
  const inner = new Set(seen).add(named.name);
  return Object.fromEntries(
    Object.values(named.getFields())
      .filter((field) => isNonNullType(field.type) || target.join('.').startsWith([...path, field.name].join('.')))
      .map((field) => [field.name, sample(field.type, [...path, field.name], target, hostile, inner)]),
  );
}

function operationFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((argument) => `$${argument.name}: ${argument.type.toString()}`).join(', ');
  const passed = field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const payload = getNamedType(field.type);
  const selection = 'getFields' in payload && 'userErrors' in payload.getFields() ? '{ userErrors { field code } }' : '';
  return `mutation${variables ? `(${variables})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`;
}

/**
 * Generated from the schema: every text of every mutation, hostile. A module added later is covered without an
 * edit here. Every answer must be a refusal (userErrors or a GraphQL error), never an internal error, and nothing
 * but the audit entries of the refusals may be written.
 */
describe('every mutation with hostile values', () => {
  let app: TestApp;
  beforeAll(async () => (app = await TestApp.start()));
  afterAll(() => app?.stop());

  async function rowCounts(): Promise<Record<string, number>> {
    const em = app.services.orm.em.fork();
    const tables = await em.execute<Array<{ name: string }>>(
      `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
          and table_name not in ('audit_entry', 'mikro_orm_migrations')`,
    );
    const counts = await em.execute<Array<{ name: string; n: number }>>(
      tables.map((table) => `select '${table.name}' as name, count(*)::int as n from "${table.name}"`).join(' union all '),
    );
    return Object.fromEntries(counts.map((row) => [row.name, row.n]));
  }

  async function audited(): Promise<{ total: number; succeeded: number }> {
    const [row] = await app.services.orm.em
      .fork()
      .execute<Array<{ total: number; succeeded: number }>>(
        `select count(*)::int as total, count(*) filter (where outcome = 'SUCCEEDED')::int as succeeded from audit_entry`,
      );
    return row;
  }

  interface Probe {
    mutation: string;
    path: string;
    label: string;
    status: number;
    codes: unknown[];
    userErrors: Array<{ field: string[]; code: string }>;
    errors: string;
  }

  /** Sends every mutation with `value` at each leaf of the given scalars, one leaf at a time. */
  async function probeEveryMutation(scalars: string[], label: string, value: string): Promise<Probe[]> {
    const admin = await app.clientAs(Role.ADMIN);
    const introspection = await admin.raw<IntrospectionQuery>(getIntrospectionQuery());
    const mutations = Object.values(buildClientSchema(introspection.data!).getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(40);
    const probes: Probe[] = [];
    for (const field of mutations) {
      const document = operationFor(field);
      for (const argument of field.args) {
        for (const path of leafPaths(argument.type, scalars, [argument.name], new Set())) {
          const variables = Object.fromEntries(
            field.args.map((each) => [each.name, sample(each.type, [each.name], each.name === argument.name ? path : [], value, new Set())]),
          );
          const answer = await admin.raw<Record<string, { userErrors?: Array<{ field: string[]; code: string }> }>>(document, variables);
          probes.push({
            mutation: field.name,
            path: path.join('.'),
            label,
            status: answer.status,
            codes: (answer.errors ?? []).map((error) => error.extensions?.code),
            userErrors: answer.data?.[field.name]?.userErrors ?? [],
            errors: JSON.stringify(answer.errors ?? []),
          });
        }
      }
    }
    return probes;
  }

  const describeProbe = (probe: Probe) =>
    `${probe.mutation} ${probe.path} with ${probe.label}: ${probe.status} ${(probe.errors === '[]' ? JSON.stringify(probe.userErrors) : probe.errors).slice(0, 200)}`;
  const isInternal = (probe: Probe) =>
    probe.status >= 500 || probe.codes.includes('INTERNAL_SERVER_ERROR') || /select |insert |relation "|Knex|stack|\.ts:\d/i.test(probe.errors);

  it('refuses NUL characters, lone surrogates, oversized text, impossible dates and huge numbers in every field, writing nothing', async () => {
    const before = await rowCounts();
    const auditedBefore = await audited();
    const probes: Probe[] = [];
    for (const { scalars, label, value } of HOSTILE) probes.push(...(await probeEveryMutation(scalars, label, value)));
    expect(probes.length).toBeGreaterThan(100);
    // Refused for the hostile value itself, at its path (or as a whole by GraphQL), never as an internal error.
    const faults = probes.filter(
      (probe) => isInternal(probe) || (probe.codes.length === 0 && !probe.userErrors.some((error) => error.field.join('.') === probe.path)),
    );
    expect(faults.map(describeProbe)).toEqual([]);
    expect(await rowCounts()).toEqual(before);
    // Every refusal is in the audit log, as a refusal.
    const auditedAfter = await audited();
    expect(auditedAfter.total - auditedBefore.total).toBe(probes.length);
    expect(auditedAfter.succeeded).toBe(auditedBefore.succeeded);
  });

  it('keeps injection strings as plain text in every field: no internal error, every table still there', async () => {
    const tablesBefore = Object.keys(await rowCounts()).sort();
    const probes: Probe[] = [];
    for (const value of INJECTIONS) probes.push(...(await probeEveryMutation(['String', 'ID'], `injection ${value}`, value)));
    expect(probes.filter(isInternal).map(describeProbe)).toEqual([]);
    expect(Object.keys(await rowCounts()).sort()).toEqual(tablesBefore);
  });
});
