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
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { FieldFacts } from '../reads/field-facts';
import { userError, UserErrorCode, type UserError } from '../errors/user-error';
import { BadUserInputError } from '../errors/top-level-errors';
import { hasUnsafeCharacters } from './text';

/** Field extension that sets a text input's limit where the column's does not apply, e.g. a CSV file. */
export const maxLength = (characters: number) => ({ maxLength: characters });

type Check = (value: unknown, path: string[], errors: UserError[]) => void;

const TEXT_SCALARS = new Set(['String', 'ID']);

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
 * One policy for the text of every mutation: no NUL or lone surrogate anywhere, and no more characters than the
 * column it is stored in holds (an input field named like a property of the entity the payload returns), or than
 * the field's own `maxLength`, or than `defaultLimit`. Checked before the resolver runs, for every module alike,
 * and answered as the payload's userErrors, so nothing is written and the audit records the refusal.
 */
export function applyInputPolicy(schema: GraphQLSchema, orm: MetadataStorage, defaultLimit: number): void {
  const facts = new FieldFacts(orm);
  const mutationType = schema.getMutationType();
  if (!mutationType) return;
  for (const field of Object.values(mutationType.getFields())) {
    const columnLimits = columnLimitsOf(field, facts);
    const checks = field.args.map((argument) => ({
      name: argument.name,
      check: checkFor(argument.type, defaultLimit, columnLimits, new Set()),
    }));
    const resolve = field.resolve ?? defaultFieldResolver;
    const payload = getNamedType(field.type);
    const returnsUserErrors = isObjectType(payload) && payload.getFields().userErrors !== undefined;
    field.resolve = (source, args: Record<string, unknown>, context, info) => {
      const errors: UserError[] = [];
      for (const { name, check } of checks) if (args[name] !== undefined && args[name] !== null) check(args[name], [name], errors);
      if (errors.length === 0) return resolve(source, args, context, info);
      if (returnsUserErrors) return { userErrors: errors };
      throw new BadUserInputError(errors[0].message, errors[0].field);
    };
  }
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

function checkFor(type: GraphQLInputType, limit: number, columnLimits: Map<string, number>, seen: Set<string>): Check {
  if (isNonNullType(type)) return checkFor(type.ofType, limit, columnLimits, seen);
  if (isListType(type)) {
    const item = checkFor(type.ofType, limit, columnLimits, seen);
    return (value, path, errors) => {
      if (Array.isArray(value)) value.forEach((entry, index) => entry != null && item(entry, [...path, String(index)], errors));
    };
  }
  if (isScalarType(type)) return TEXT_SCALARS.has(type.name) ? textCheck(limit) : () => undefined;
  if (!isInputObjectType(type) || seen.has(type.name)) return () => undefined;
  const inner = new Set(seen).add(type.name);
  // Only the input's own fields map to columns; nested objects are stored as JSON and keep the general limit.
  const fields = Object.values(type.getFields()).map((inputField) => {
    const own = inputField.extensions?.maxLength as number | undefined;
    const fieldLimit = own ?? columnLimits.get(inputField.name) ?? limit;
    return { name: inputField.name, check: checkFor(inputField.type, fieldLimit, new Map(), inner) };
  });
  return (value, path, errors) => {
    if (typeof value !== 'object' || value === null) return;
    for (const { name, check } of fields) {
      const entry = (value as Record<string, unknown>)[name];
      if (entry !== undefined && entry !== null) check(entry, [...path, name], errors);
    }
  };
}
