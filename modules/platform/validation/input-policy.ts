import type { MetadataStorage } from '@mikro-orm/core';
import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { FieldFacts } from '../reads/field-facts';
import type { GraphQLContext } from '../context';
import { userError, UserErrorCode, type UserError } from '../errors/user-error';
import { BadUserInputError } from '../errors/top-level-errors';
import { DecimalScalar } from '../scalars/decimal';
import { hasUnsafeCharacters } from './text';
import type { Check } from './check';
import { rangeCheck, type NumberRange } from './number-range';
import { AuthChecker, type AccessRule } from '../auth/auth-checker';

/** The policy's checks of each mutation's arguments, kept for callers that take a mutation's input another way (a CSV row). */
const argumentChecks = new WeakMap<GraphQLField<unknown, unknown>, Array<{ name: string; check: Check }>>();

/**
 * What the input policy finds wrong with arguments of a mutation of a schema the policy was applied to, as userErrors
 * with their paths from the argument's name. An import checks each row with it exactly as the mutation would.
 */
export function inputPolicyErrors(schema: GraphQLSchema, mutation: string, args: Record<string, unknown>): UserError[] {
  const field = schema.getMutationType()?.getFields()[mutation];
  const checks = field && argumentChecks.get(field);
  if (!checks) throw new Error(`The input policy was not applied to Mutation.${mutation} of this schema.`);
  return runChecks(checks, args);
}

function runChecks(checks: Array<{ name: string; check: Check }>, args: Record<string, unknown>): UserError[] {
  const errors: UserError[] = [];
  for (const { name, check } of checks) if (args[name] !== undefined && args[name] !== null) check(args[name], [name], errors);
  return errors;
}

/** Field extension that sets a text input's limit where the column's does not apply, e.g. a CSV file. */
export const maxLength = (characters: number) => ({ maxLength: characters });

const TEXT_SCALARS = new Set(['String', 'ID']);
const NUMBER_SCALARS = new Set(['Int', 'Float', DecimalScalar.name]);

function characters(value: string): number {
  return value.length <= 1 ? value.length : [...value].length;
}

function textCheck(limit: number): Check {
  return (value, path, errors) => {
    if (typeof value !== 'string') return;
    if (hasUnsafeCharacters(value)) {
      errors.push(
        userError(path, UserErrorCode.INVALID_FORMAT, 'The text holds a NUL character or a lone UTF-16 surrogate, which no text may hold.'),
      );
    } else if (value.length > limit && characters(value) > limit) {
      errors.push(userError(path, UserErrorCode.TOO_LONG, `At most ${limit} characters.`));
    }
  };
}

/**
 * One policy for the text and numbers of every mutation: no NUL or lone surrogate anywhere, and no more characters
 * than the column it is stored in holds (an input field named like a property of the entity the payload returns), or
 * than the field's own `maxLength`, or than `defaultLimit`; and every number within its field's `range`. Checked
 * before the resolver runs, for every module alike, and answered as the payload's userErrors, so nothing is written
 * and the audit records the refusal. A `range` on anything but a number is a mistake in the schema, refused here.
 */
export function applyInputPolicy(schema: GraphQLSchema, orm: MetadataStorage, defaultLimit: number, resolverClasses: Function[]): void {
  const authChecker = new AuthChecker();
  const facts = new FieldFacts(orm);
  const mutationType = schema.getMutationType();
  if (!mutationType) return;
  for (const field of Object.values(mutationType.getFields())) {
    const columnLimits = columnLimitsOf(field, facts);
    const checks = field.args.map((argument) => ({
      name: argument.name,
      check: checkFor(argument.type, defaultLimit, columnLimits, new Set(), rangeOf(argument.extensions, `Mutation.${field.name}(${argument.name})`)),
    }));
    const resolve = field.resolve ?? defaultFieldResolver;
    const payload = getNamedType(field.type);
    const returnsUserErrors = isObjectType(payload) && payload.getFields().userErrors !== undefined;
    const rules = declaredRules(field.name, resolverClasses);
    argumentChecks.set(field, checks);
    field.resolve = (source, args: Record<string, unknown>, context, info) => {
      const errors = runChecks(checks, args);
      if (errors.length === 0) return resolve(source, args, context, info);
      // Authorization comes first, as it does when the resolver runs: a caller the rules refuse is refused as such
      // (and audited as DENIED), never told what is wrong with its input.
      if (rules) authChecker.check({ root: source, args, context: context as GraphQLContext, info }, rules);
      if (returnsUserErrors) return { userErrors: errors };
      throw new BadUserInputError(errors[0].message, errors[0].field);
    };
  }
}

/** The `@Authorized` rules of a mutation of the enabled modules' resolvers; undefined when it declares none. */
function declaredRules(name: string, resolverClasses: Function[]): AccessRule[] | undefined {
  const declaration = getMetadataStorage().mutations.find((mutation) => mutation.schemaName === name && resolverClasses.includes(mutation.target));
  return declaration?.roles as AccessRule[] | undefined;
}

/** Lengths of the varchar columns of the entities a mutation's payload returns, by property name. */
function columnLimitsOf(field: GraphQLField<unknown, unknown>, facts: FieldFacts): Map<string, number> {
  const limits = new Map<string, number>();
  const payload = getNamedType(field.type);
  if (!isObjectType(payload)) return limits;
  for (const payloadField of Object.values(payload.getFields())) {
    const meta = facts.entityOf(getNamedType(payloadField.type).name);
    for (const property of Object.values(meta?.properties ?? {})) {
      const length = (property as { length?: number }).length;
      if (property.kind === 'scalar' && typeof length === 'number' && length > 0) {
        limits.set(property.name, Math.min(length, limits.get(property.name) ?? Infinity));
      }
    }
  }
  return limits;
}

/**
 * The extensions of an input field, those declared on a superclass included: type-graphql (2.0.0-rc) copies the fields
 * of an input class's superclass into its type without their extensions, so they are read from its metadata as well.
 */
export function inputFieldExtensions(type: GraphQLInputObjectType, field: GraphQLInputField): Readonly<Record<string, unknown>> {
  const storage = getMetadataStorage();
  const target = storage.inputTypes.find((input) => input.name === type.name)?.target;
  const declared = target
    ? storage.fieldExtensions.filter(
        (entry) => entry.fieldName === field.name && (entry.target === target || Object.prototype.isPrototypeOf.call(entry.target, target)),
      )
    : [];
  return Object.assign({}, ...declared.map((entry) => entry.extensions), field.extensions) as Record<string, unknown>;
}

/** The `range` of an input field or argument, if any, with `where` to name it in the error of a misplaced one. */
function rangeOf(extensions: Readonly<Record<string, unknown>> | null | undefined, where: string) {
  const bounds = extensions?.range as NumberRange | undefined;
  return bounds ? { bounds, where } : undefined;
}

function checkFor(
  type: GraphQLInputType,
  limit: number,
  columnLimits: Map<string, number>,
  seen: Set<string>,
  bounds?: { bounds: NumberRange; where: string },
): Check {
  if (isNonNullType(type)) return checkFor(type.ofType, limit, columnLimits, seen, bounds);
  if (isListType(type)) {
    // A range on a list bounds each of its items.
    const item = checkFor(type.ofType, limit, columnLimits, seen, bounds);
    return (value, path, errors) => {
      if (Array.isArray(value)) value.forEach((entry, index) => entry != null && item(entry, [...path, String(index)], errors));
    };
  }
  if (bounds && !(isScalarType(type) && NUMBER_SCALARS.has(type.name))) {
    throw new Error(`${bounds.where} has a range but is a ${type.name}: a range bounds an Int, Float or Decimal field.`);
  }
  if (isScalarType(type)) {
    if (bounds) return rangeCheck(bounds.bounds, type.name === DecimalScalar.name);
    return TEXT_SCALARS.has(type.name) ? textCheck(limit) : () => undefined;
  }
  if (!isInputObjectType(type) || seen.has(type.name)) return () => undefined;
  const inner = new Set(seen).add(type.name);
  // Only the input's own fields map to columns; nested objects are stored as JSON and keep the general limit.
  const fields = Object.values(type.getFields()).map((inputField) => {
    const extensions = inputFieldExtensions(type, inputField);
    const own = extensions.maxLength as number | undefined;
    const fieldLimit = own ?? columnLimits.get(inputField.name) ?? limit;
    const fieldRange = rangeOf(extensions, `${type.name}.${inputField.name}`);
    return { name: inputField.name, check: checkFor(inputField.type, fieldLimit, new Map(), inner, fieldRange) };
  });
  return (value, path, errors) => {
    if (typeof value !== 'object' || value === null) return;
    for (const { name, check } of fields) {
      const entry = (value as Record<string, unknown>)[name];
      if (entry !== undefined && entry !== null) check(entry, [...path, name], errors);
    }
  };
}
