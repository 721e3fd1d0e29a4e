import type { EntityMetadata, EntityProperty, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { getArgumentValues, type FragmentDefinitionNode } from 'graphql';
import type { GraphQLContext } from '../context';
import { fromGlobalId, toGlobalId, UUID_PATTERN } from '../relay/global-id';
import { decodeCursor, flip, pageOf, pageSize, type SortDirection } from '../relay/paginate';
import { grantsRole } from './field-facts';
import type { ConnectionPlan, FieldCommon, FieldPlan, ObjectPlan, ReadPlanCompiler } from './read-plan';
import type { SqlScope } from './sql-read';

/** The request is left to the resolvers: a caller or an argument the compiled path does not answer for. */
export class Fallback extends Error {}

/** Column types whose JSON form the compiled path reads back exactly as the ORM hydrates them. */
const READABLE_COLUMN = /^(varchar|character varying|text|uuid|int|integer|smallint|boolean|date|timestamptz|numeric|decimal|bigint|json|jsonb)\b/;
/** Exact numbers travel as text, as the ORM gives them: JSON numbers would lose digits. */
const AS_TEXT = /^(numeric|decimal|bigint)\b/;

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

export function readableColumn(property: EntityProperty): boolean {
  return property.fieldNames?.length === 1 && READABLE_COLUMN.test(property.columnTypes?.[0] ?? '');
}

/** A column as it is stored, for conditions and orders. */
function qualified(alias: string, property: EntityProperty): string {
  if (!readableColumn(property)) throw new Fallback();
  return `${alias}.${quote(property.fieldNames[0])}`;
}

/** A column as the answer reads it. */
function columnSql(alias: string, property: EntityProperty): string {
  const column = qualified(alias, property);
  return AS_TEXT.test(property.columnTypes[0]) ? `${column}::text` : column;
}

/** A column's JSON value as the entity holds it. */
function fromColumn(property: EntityProperty, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return property.runtimeType === 'Date' ? new Date(value as string) : value;
}

const table = (meta: EntityMetadata) => quote(meta.collection);
const primaryKey = (meta: EntityMetadata) => meta.properties[meta.primaryKeys[0] as never];

/**
 * One request through a compiled plan: builds the single statement (values bound as parameters), then shapes
 * its JSON into the answer. Decisions taken while building (who may read, page sizes, node types) are kept for
 * shaping; anything the plan does not answer for throws Fallback.
 */
export class ReadStatement {
  readonly values: unknown[] = [];
  private aliases = 0;
  private readonly argsByNode = new Map<FieldCommon, Record<string, unknown>>();
  private readonly nodePlans = new Map<FieldPlan, ObjectPlan | null>();
  private readonly parentValues = new Map<FieldPlan, Record<string, unknown> | null>();
  /** Each connection's page as its statement part asked for it, for shaping the rows that come back. */
  private readonly pages = new Map<FieldPlan, { size: number; fromEnd: boolean; sortField: string; sortProperty: EntityProperty }>();

  constructor(
    readonly context: GraphQLContext,
    private readonly variables: Record<string, unknown>,
    private readonly compiler: ReadPlanCompiler,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  /** The statement's text: one row, one JSON column, whatever the query's depth or page sizes. */
  build(root: ObjectPlan): string {
    return `select ${this.objectSql(root, null, null)} as data`;
  }

  shape(root: ObjectPlan, data: unknown[]): Record<string, unknown> {
    return this.shapeObject(root, data);
  }

  private bind = (value: unknown): string => {
    this.values.push(value);
    return `$${this.values.length}`;
  };

  private alias(): string {
    return `t${this.aliases++}`;
  }

  private args(field: FieldCommon): Record<string, unknown> {
    let args = this.argsByNode.get(field);
    if (!args) {
      args = getArgumentValues(field.definition, field.node, this.variables) as Record<string, unknown>;
      this.argsByNode.set(field, args);
    }
    return args;
  }

  private admit(field: FieldCommon): void {
    if (!grantsRole(field.access, this.context.principal.role)) throw new Fallback();
    if (field.admits && !field.admits(this.context, this.args(field))) throw new Fallback();
  }

  private scope(alias: string | null, meta: EntityMetadata | null, field: FieldCommon, parent: Record<string, unknown> | null): SqlScope {
    return {
      column: (property) => {
        const definition = meta?.properties[property as never];
        if (!alias || !definition) throw new Error(`No column ${property} here`);
        return qualified(alias, definition);
      },
      bind: this.bind,
      args: this.args(field),
      context: this.context,
      parent,
    };
  }

  private objectSql(plan: ObjectPlan, alias: string | null, parent: Record<string, unknown> | null): string {
    const cells: string[] = [];
    for (const field of plan.fields) {
      if (field.kind === 'typename') continue;
      this.admit(field.field);
      cells.push(this.cellSql(field, plan, alias, parent));
    }
    return `json_build_array(${cells.join(', ')})`;
  }

  private cellSql(
    field: Exclude<FieldPlan, { kind: 'typename' }>,
    plan: ObjectPlan,
    alias: string | null,
    parent: Record<string, unknown> | null,
  ): string {
    switch (field.kind) {
      case 'column':
        return columnSql(alias!, field.property);
      case 'global-id':
        return columnSql(alias!, primaryKey(plan.meta!));
      case 'computed':
        return `json_build_array(${field.properties.map((property) => columnSql(alias!, property)).join(', ')})`;
      case 'reference': {
        const target = field.child.meta!;
        const child = this.alias();
        return `(select ${this.objectSql(field.child, child, null)} from ${table(target)} ${child} where ${qualified(child, primaryKey(target))} = ${qualified(alias!, field.property)})`;
      }
      case 'related': {
        const child = this.alias();
        const conditions = [
          `${qualified(child, field.meta.properties[field.read.parentProperty as never])} = ${qualified(alias!, primaryKey(plan.meta!))}`,
        ];
        const condition = field.read.condition?.(this.scope(child, field.meta, field.field, parent));
        if (condition) conditions.push(condition);
        const order = field.read.orderBy
          .map(([property, direction]) => `${qualified(child, field.meta.properties[property as never])} ${direction}`)
          .join(', ');
        const object = this.objectSql(field.child, child, null);
        return field.read.single
          ? `(select ${object} from ${table(field.meta)} ${child} where ${conditions.join(' and ')} order by ${order} limit 1)`
          : `(select coalesce(json_agg(${object} order by ${order}), '[]'::json) from ${table(field.meta)} ${child} where ${conditions.join(' and ')})`;
      }
      case 'connection':
        return this.connectionSql(field, plan, alias, parent);
      case 'root-object': {
        const child = this.alias();
        const condition = field.read.condition(this.scope(child, field.meta, field.field, parent));
        return `(select ${this.objectSql(field.child, child, null)} from ${table(field.meta)} ${child} where ${condition} limit 1)`;
      }
      case 'value-object': {
        const value = field.read.value(this.args(field.field), this.context);
        this.parentValues.set(field, value);
        return value === null ? 'null' : this.objectSql(field.child, null, value);
      }
      case 'node':
        return this.nodeSql(field);
    }
  }

  private nodeSql(field: Extract<FieldPlan, { kind: 'node' }>): string {
    const id = this.args(field.field).id as string;
    const parsed = fromGlobalId(id);
    const definition = parsed ? this.context.platform.nodeTypes.forName(parsed.typeName) : undefined;
    // What the resolver answers with null (an id of no known type, or not of a uuid) needs no statement part.
    if (!parsed || !definition || !UUID_PATTERN.test(parsed.key)) {
      this.nodePlans.set(field, null);
      return 'null';
    }
    if (!definition.readers?.includes(this.context.principal.role)) throw new Fallback();
    if (!field.byType.has(parsed.typeName))
      field.byType.set(parsed.typeName, this.compiler.compileNodeSelection(parsed.typeName, field.selection, this.fragments));
    const plan = field.byType.get(parsed.typeName);
    if (!plan?.meta) throw new Fallback();
    this.nodePlans.set(field, plan);
    const child = this.alias();
    return `(select ${this.objectSql(plan, child, null)} from ${table(plan.meta)} ${child} where ${qualified(child, primaryKey(plan.meta))} = ${this.bind(parsed.key)}::uuid)`;
  }

  private connectionSql(
    field: Extract<FieldPlan, { kind: 'connection' }>,
    plan: ObjectPlan,
    alias: string | null,
    parent: Record<string, unknown> | null,
  ): string {
    const { read, meta, connection } = field;
    const args = this.args(field.field);
    const { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } = this.context.platform.config;
    const { size, fromEnd } = pageSize(args, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const { sortField, direction } = read.order(args);
    const sortProperty = meta.properties[sortField as never];
    this.pages.set(field, { size, fromEnd, sortField, sortProperty });
    const id = primaryKey(meta);
    const rows = this.alias();
    const scope = this.scope(rows, meta, field.field, parent);

    const conditions: string[] = [];
    if (read.parentProperty)
      conditions.push(`${qualified(rows, meta.properties[read.parentProperty as never])} = ${qualified(alias!, primaryKey(plan.meta!))}`);
    const where = read.where?.(scope);
    if (where && Object.keys(where).length > 0) conditions.push(this.whereSql(meta, where, rows));
    const condition = read.condition?.(scope);
    if (condition) conditions.push(condition);
    const listConditions = [...conditions];

    const keyset = (cursor: string, argument: 'after' | 'before', towards: SortDirection) => {
      const payload = decodeCursor(cursor, argument, sortField, sortProperty);
      return `(${qualified(rows, sortProperty)}, ${qualified(rows, id)}) ${towards === 'ASC' ? '>' : '<'} (${this.bind(payload.v)}::${sortProperty.columnTypes[0]}, ${this.bind(payload.id)}::uuid)`;
    };
    if (args.after) conditions.push(keyset(args.after as string, 'after', direction));
    if (args.before) conditions.push(keyset(args.before as string, 'before', flip(direction)));

    const reading = fromEnd ? flip(direction) : direction;
    const order = `${qualified(rows, sortProperty)} ${reading}, ${qualified(rows, id)} ${reading}`;
    const whereClause = conditions.length > 0 ? ` where ${conditions.join(' and ')}` : '';
    const nodes = connection.nodePlans.map((nodePlan) => this.objectSql(nodePlan, rows, null)).join(', ');
    const page =
      size === 0
        ? `'[]'::json`
        : `(select coalesce(json_agg(json_build_array(json_build_array(${nodes}), ${columnSql(rows, id)}, ${columnSql(rows, sortProperty)}) order by ${order}), '[]'::json) from (select * from ${table(meta)} ${rows}${whereClause} order by ${order} limit ${this.bind(size + 1)}) ${rows})`;
    const total = connection.totalCount
      ? `(select count(*)::int from ${table(meta)} ${rows}${listConditions.length > 0 ? ` where ${listConditions.join(' and ')}` : ''})`
      : 'null';
    return `json_build_array(${page}, ${total})`;
  }

  /** Conditions stated as the services state them, rendered by the ORM into a sub-query of ids. */
  private whereSql(meta: EntityMetadata, where: FilterQuery<unknown>, alias: string): string {
    const em = this.context.em as EntityManager;
    const id = primaryKey(meta);
    const native = em
      .createQueryBuilder(meta.className, 'w')
      .select(id.name)
      .where(where as never)
      .getKnexQuery()
      .toSQL()
      .toNative();
    const text = native.sql.replace(/\$(\d+)/g, (_match, index: string) => this.bind(native.bindings[Number(index) - 1]));
    return `${qualified(alias, id)} in (${text})`;
  }

  private shapeObject(plan: ObjectPlan, cells: unknown[]): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    let index = 0;
    for (const field of plan.fields) {
      if (field.kind === 'typename') {
        result[field.key] = field.typeName;
        continue;
      }
      const cell = cells[index++];
      result[field.key] = this.shapeCell(field, cell);
    }
    return result;
  }

  private shapeCell(field: Exclude<FieldPlan, { kind: 'typename' }>, cell: unknown): unknown {
    switch (field.kind) {
      case 'column':
        return field.leaf.serialize(fromColumn(field.property, cell));
      case 'global-id':
        return toGlobalId(field.typeName, cell as string);
      case 'computed': {
        const row: Record<string, unknown> = {};
        field.properties.forEach((property, position) => (row[property.name] = fromColumn(property, (cell as unknown[])[position])));
        return field.leaf.serialize(field.read.value(row, this.context));
      }
      case 'reference':
      case 'root-object':
        return cell === null ? null : this.shapeObject(field.child, cell as unknown[]);
      case 'value-object':
        return this.parentValues.get(field) === null ? null : this.shapeObject(field.child, cell as unknown[]);
      case 'related':
        if (field.read.single) return cell === null ? null : this.shapeObject(field.child, cell as unknown[]);
        return (cell as unknown[][]).map((object) => this.shapeObject(field.child, object));
      case 'node': {
        const plan = this.nodePlans.get(field);
        return plan && cell !== null ? this.shapeObject(plan, cell as unknown[]) : null;
      }
      case 'connection':
        return this.shapeConnection(field, cell as [Array<[unknown[], string, unknown]>, number | null]);
    }
  }

  private shapeConnection(
    field: Extract<FieldPlan, { kind: 'connection' }>,
    [rows, total]: [Array<[unknown[], string, unknown]>, number | null],
  ): Record<string, unknown> {
    const args = this.args(field.field);
    const { size, fromEnd, sortField, sortProperty } = this.pages.get(field)!;
    const connection: ConnectionPlan = field.connection;
    const items = rows.map(([nodes, id, sortValue]) => ({ id, [sortField]: fromColumn(sortProperty, sortValue), nodes }));
    const page = pageOf(items, { size, fromEnd, args, sortField }, () => Promise.resolve(total ?? 0));
    const shapedNodes = connection.nodePlans.map((plan, position) =>
      page.edges.map((edge) => this.shapeObject(plan, edge.node.nodes[position] as unknown[])),
    );
    const result: Record<string, unknown> = {};
    for (const output of connection.output) {
      switch (output.kind) {
        case 'typename':
          result[output.key] = output.typeName;
          break;
        case 'nodes':
          result[output.key] = shapedNodes[output.plan];
          break;
        case 'total-count':
          result[output.key] = total;
          break;
        case 'page-info': {
          const info: Record<string, unknown> = {};
          for (const { key, name } of output.fields)
            info[key] = name.startsWith('__typename:') ? name.slice('__typename:'.length) : page.pageInfo[name as keyof typeof page.pageInfo];
          result[output.key] = info;
          break;
        }
        case 'edges':
          result[output.key] = page.edges.map((edge, position) => {
            const shaped: Record<string, unknown> = {};
            for (const part of output.edge) {
              shaped[part.key] = part.kind === 'typename' ? part.typeName : part.kind === 'cursor' ? edge.cursor : shapedNodes[part.plan][position];
            }
            return shaped;
          });
          break;
      }
    }
    return result;
  }
}
