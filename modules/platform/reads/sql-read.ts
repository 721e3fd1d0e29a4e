import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Role } from '../auth/principal';
import type { GraphQLContext } from '../context';
import type { SortDirection } from '../relay/paginate';

/**
 * How a field is read straight from PostgreSQL when a whole query can be answered by one SQL statement (see
 * compiled-reads.plugin.ts). A module declares it beside the field's resolver, as a field extension
 * (`@Extensions(sqlRead(...))`), so the schema carries it and a new module's fields join the fast path without
 * an edit here. The resolver stays the reference: a field without a declaration, a caller a declaration does
 * not admit, or anything unusual in a request sends the whole request through the resolvers.
 */
export type SqlRead = ComputedRead | ReferenceRead | RelatedRead | ConnectionRead | RootObjectRead | ValueObjectRead | NodeRead;

/** What a declaration's SQL is written with: columns of its row, parameters, the arguments and the request. */
export interface SqlScope {
  /** The qualified column of a property of the row's entity, e.g. `"t3"."uscc"`. */
  column(property: string): string;
  /** Binds a value as a statement parameter and returns its placeholder. */
  bind(value: unknown): string;
  /** The field's arguments, coerced as the resolver receives them. */
  args: Record<string, unknown>;
  context: GraphQLContext;
  /** The value of a parent read in JavaScript (ValueObjectRead), when there is one. */
  parent: Record<string, unknown> | null;
}

interface Admission {
  /** Whether this caller's answer is what the declaration gives; otherwise the resolvers answer (and refuse). */
  admits?: (context: GraphQLContext, args: Record<string, unknown>) => boolean;
}

/** A value computed from columns of the row, e.g. a masked name. */
export interface ComputedRead extends Admission {
  kind: 'computed';
  properties: string[];
  value: (row: Record<string, unknown>, context: GraphQLContext) => unknown;
}

/** The row a many-to-one property of the parent row points at. */
export interface ReferenceRead extends Admission {
  kind: 'reference';
  property: string;
}

/** The rows of `entity` that point at the parent row through `parentProperty`: a list, or the first of them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- lists of these mix entity types
export interface RelatedRead<T = any> extends Admission {
  kind: 'related';
  entity: EntityClass<T>;
  parentProperty: string;
  single: boolean;
  orderBy: Array<[property: string, direction: SortDirection]>;
  /** Further conditions on the rows, in SQL. */
  condition?: (scope: SqlScope) => string | null;
}

/** A Relay connection over `entity`: at the root, under a JavaScript value, or nested under each parent row. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- lists of these mix entity types
export interface ConnectionRead<T = any> extends Admission {
  kind: 'connection';
  entity: EntityClass<T>;
  /** The many-to-one property of a nested connection's rows that points at the parent row. */
  parentProperty?: string;
  /** Conditions as the services state them (visibility, filters); rendered by the ORM. */
  where?: (scope: SqlScope) => FilterQuery<T> | null;
  condition?: (scope: SqlScope) => string | null;
  order: (args: Record<string, unknown>) => { sortField: string; direction: SortDirection };
}

/** A root field answering one row or null, e.g. an enterprise by its code. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- lists of these mix entity types
export interface RootObjectRead<T = any> extends Admission {
  kind: 'root-object';
  entity: EntityClass<T>;
  condition: (scope: SqlScope) => string;
}

/** A root field answering an object held in JavaScript (e.g. a chain's definition), whose fields are read below it. */
export interface ValueObjectRead extends Admission {
  kind: 'value-object';
  value: (args: Record<string, unknown>, context: GraphQLContext) => Record<string, unknown> | null;
}

/** `node(id:)`: the node type named by the id, for callers its `readers` admit. */
export interface NodeRead extends Admission {
  kind: 'node';
}

/** Roles that read every object of a node type; what `node(id:)` may answer straight from SQL. */
export type NodeReaders = Role[];

/** The field extension that carries a declaration: `@Extensions(sqlRead({...}))`. */
export const SQL_READ_EXTENSION = 'sqlRead';

export function sqlRead(read: SqlRead): Record<string, unknown> {
  return { [SQL_READ_EXTENSION]: read };
}
