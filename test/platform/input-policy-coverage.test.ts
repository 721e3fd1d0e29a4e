import 'reflect-metadata';
import { getNullableType, isInputObjectType, isListType, isScalarType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { modules } from '../../modules';
import { buildGraphQLSchema } from '../../modules/platform/schema';
import { inputFieldExtensions } from '../../modules/platform/validation/input-policy';
import type { NumberRange } from '../../modules/platform/validation/number-range';
import { tea } from '../fixtures/chains/tea';

const NUMBERS = new Set(['Int', 'Float', 'Decimal']);

type Holder = { type: GraphQLInputType; extensions?: Readonly<Record<string, unknown>> | null };

interface NumberField {
  /** Where it is declared, e.g. StoneSafetyIncidentRecordInput.casualties, or Mutation.x(days) for an argument. */
  declared: string;
  /** One way to reach it from a mutation, e.g. stoneSafetyIncidentRecord.input.casualties. */
  reached: string;
  type: string;
  range?: NumberRange;
}

/** Every Int, Float and Decimal a mutation's arguments reach, through input objects and lists, each declaration once. */
function numberFields(schema: GraphQLSchema): NumberField[] {
  const found = new Map<string, NumberField>();
  // `extensions` are those the policy reads: an argument's own, or an input field's with its superclass's.
  const visit = (type: GraphQLInputType, holder: Holder, declared: string, reached: string, seen: Set<string>) => {
    const named = getNullableType(type);
    if (isListType(named)) return visit(named.ofType, holder, declared, reached, seen);
    if (isScalarType(named) && NUMBERS.has(named.name)) {
      if (!found.has(declared)) found.set(declared, { declared, reached, type: String(holder.type), range: holder.extensions?.range as NumberRange });
      return;
    }
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    const inner = new Set(seen).add(named.name);
    for (const field of Object.values(named.getFields())) {
      const extensions = inputFieldExtensions(named, field);
      visit(field.type, { type: field.type, extensions }, `${named.name}.${field.name}`, `${reached}.${field.name}`, inner);
    }
  };
  for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    for (const argument of mutation.args) {
      visit(argument.type, argument, `Mutation.${mutation.name}(${argument.name})`, `${mutation.name}.${argument.name}`, new Set());
    }
  }
  return [...found.values()];
}

/**
 * Generated from the schema of every registered module (and the fixture chain a county would add): every number a
 * mutation takes has a `range`, which the input policy checks before the resolver runs. A module added later cannot
 * take a number without one.
 */
describe('the input policy covers every number of every mutation', () => {
  let fields: NumberField[];
  beforeAll(async () => (fields = numberFields(await buildGraphQLSchema([...modules, tea]))));

  it('finds the numbers (the walk reaches nested inputs and lists)', () => {
    expect(fields.length).toBeGreaterThan(25);
    expect(fields.map((field) => field.declared)).toEqual(
      expect.arrayContaining(['StoneSafetyIncidentRecordInput.casualties', 'CreditPlusRuleInput.threshold', 'TeaGardenRegisterInput.areaMu']),
    );
    expect(fields.find((field) => field.declared === 'CreditPlusRuleInput.threshold')?.reached).toBe(
      'creditPlusRulesDraftSave.input.rules.threshold',
    );
  });

  it('gives each a range: @Extensions(range(min, max)) from modules/platform/validation/input-policy', () => {
    const missing = fields.filter((field) => !field.range).map((field) => `${field.declared}: ${field.type} (reached as ${field.reached})`);
    expect(missing).toEqual([]);
  });

  it('keeps each range finite and in order', () => {
    const malformed = fields.filter(
      ({ range }) => range && !(Number.isFinite(Number(range.min)) && Number.isFinite(Number(range.max)) && Number(range.min) <= Number(range.max)),
    );
    expect(malformed.map((field) => `${field.declared}: ${JSON.stringify(field.range)}`)).toEqual([]);
  });
});
