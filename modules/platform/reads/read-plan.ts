import type { EntityMetadata, EntityProperty, MetadataStorage } from '@mikro-orm/core';
import {
  getNamedType,
  isEnumType,
  isLeafType,
  GraphQLBoolean,
  GraphQLID,
  GraphQLInt,
  GraphQLString,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { NodeTypeRegistry } from '../relay/node-type';
import { FieldFacts, type FieldAccess } from './field-facts';
import { SQL_READ_EXTENSION, type ConnectionRead, type SqlRead } from './sql-read';

/**
 * A query compiled once per document: a tree of object plans whose fields each add at most one cell to their
 * object's `json_build_array(...)`, and know how to turn that cell back into the answer. Compiling is pure
 * structure (types, fields, declarations); who calls and with which arguments is applied per request
 * (read-statement.ts), so one plan serves every caller.
 */

export interface ObjectPlan {
  type: GraphQLObjectType;
  /** The entity of the rows this object is read from; null for an object held in JavaScript. */
  meta: EntityMetadata | null;
  fields: FieldPlan[];
}

export type FieldPlan =
  | { kind: 'typename'; key: string; typeName: string }
  | { kind: 'column'; key: string; field: FieldCommon; property: EntityProperty; leaf: LeafOutput }
  | { kind: 'global-id'; key: string; field: FieldCommon; typeName: string }
  | {
      kind: 'computed';
      key: string;
      field: FieldCommon;
      read: Extract<SqlRead, { kind: 'computed' }>;
      properties: EntityProperty[];
      leaf: LeafOutput;
    }
  | { kind: 'reference'; key: string; field: FieldCommon; property: EntityProperty; child: ObjectPlan }
  | { kind: 'related'; key: string; field: FieldCommon; read: Extract<SqlRead, { kind: 'related' }>; meta: EntityMetadata; child: ObjectPlan }
  | { kind: 'connection'; key: string; field: FieldCommon; read: ConnectionRead; meta: EntityMetadata; connection: ConnectionPlan }
  | { kind: 'root-object'; key: string; field: FieldCommon; read: Extract<SqlRead, { kind: 'root-object' }>; meta: EntityMetadata; child: ObjectPlan }
  | { kind: 'value-object'; key: string; field: FieldCommon; read: Extract<SqlRead, { kind: 'value-object' }>; child: ObjectPlan }
  | {
      kind: 'node';
      key: string;
      field: FieldCommon;
      read: Extract<SqlRead, { kind: 'node' }>;
      selection: FieldNode[];
      byType: Map<string, ObjectPlan | null>;
    };

/** What every field plan keeps of its field: its node (for arguments), definition, access rules and declaration. */
export interface FieldCommon {
  node: FieldNode;
  definition: GraphQLField<unknown, unknown>;
  access: FieldAccess;
  admits?: SqlRead['admits'];
}

/** Turns a value as the entity holds it into the answer, the way graphql-js serializes leaves. */
export interface LeafOutput {
  serialize(value: unknown): unknown;
}

/** The parts of a connection's selection: the node plans (one per `nodes` or `edges.node`), and the output. */
export interface ConnectionPlan {
  nodePlans: ObjectPlan[];
  totalCount: boolean;
  output: ConnectionOutput[];
}

export type ConnectionOutput =
  | { kind: 'typename'; key: string; typeName: string }
  | { kind: 'nodes'; key: string; plan: number }
  | {
      kind: 'edges';
      key: string;
      edge: Array<
        { kind: 'typename'; key: string; typeName: string } | { kind: 'cursor'; key: string } | { kind: 'node'; key: string; plan: number }
      >;
    }
  | { kind: 'page-info'; key: string; fields: Array<{ key: string; name: string }> }
  | { kind: 'total-count'; key: string };

/** A query the compiled path does not answer; the resolvers do. */
export class NotCompilable extends Error {}

/** json_build_array takes at most 100 arguments. */
const MAX_CELLS = 100;

export class ReadPlanCompiler {
  private readonly facts: FieldFacts;

  constructor(
    private readonly schema: GraphQLSchema,
    orm: MetadataStorage,
    private readonly nodeTypes: NodeTypeRegistry,
  ) {
    this.facts = new FieldFacts(orm);
  }

  /** The plan of a query operation's root fields, or null when any part of it is left to the resolvers. */
  compileOperation(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): ObjectPlan | null {
    if (operation.operation !== 'query' || (operation.directives?.length ?? 0) > 0) return null;
    try {
      return this.compileRoot(this.schema.getQueryType()!, operation.selectionSet, fragments);
    } catch (error) {
      if (error instanceof NotCompilable) return null;
      throw error;
    }
  }

  /** The plan of one node type under `node(id:)`, compiled when a request first names the type. */
  compileNodeSelection(typeName: string, selection: FieldNode[], fragments: Record<string, FragmentDefinitionNode>): ObjectPlan | null {
    const type = this.schema.getType(typeName);
    if (!isObjectType(type) || !this.nodeTypes.forName(typeName)?.readers) return null;
    try {
      return this.compileObject(type, mergedSelection(selection), fragments);
    } catch (error) {
      if (error instanceof NotCompilable) return null;
      throw error;
    }
  }

  private compileRoot(type: GraphQLObjectType, selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): ObjectPlan {
    const fields: FieldPlan[] = [];
    for (const [key, nodes] of collectFields(this.schema, type, selectionSet, fragments)) {
      const node = nodes[0];
      if (node.name.value === '__typename') {
        fields.push({ kind: 'typename', key, typeName: type.name });
        continue;
      }
      const definition = type.getFields()[node.name.value];
      const read = definition?.extensions?.[SQL_READ_EXTENSION] as SqlRead | undefined;
      if (!read) throw new NotCompilable();
      const field = this.common(type, node, definition, read, true);
      switch (read.kind) {
        case 'connection': {
          if (read.parentProperty) throw new NotCompilable();
          fields.push(this.connection(key, field, read, nodes, fragments));
          break;
        }
        case 'root-object': {
          const meta = this.entityMeta(read.entity);
          fields.push({ kind: 'root-object', key, field, read, meta, child: this.childObject(definition.type, nodes, fragments, meta) });
          break;
        }
        case 'value-object':
          fields.push({ kind: 'value-object', key, field, read, child: this.childObject(definition.type, nodes, fragments, null) });
          break;
        case 'node':
          fields.push({ kind: 'node', key, field, read, selection: nodes, byType: new Map() });
          break;
        default:
          throw new NotCompilable();
      }
    }
    // Nothing to read (only __typename): the executor answers without a statement.
    if (fields.every((field) => field.kind === 'typename')) throw new NotCompilable();
    return { type, meta: null, fields: limitCells(fields) };
  }

  private compileObject(type: GraphQLObjectType, selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): ObjectPlan {
    const meta = this.facts.entityOf(type.name);
    const fields: FieldPlan[] = [];
    for (const [key, nodes] of collectFields(this.schema, type, selectionSet, fragments)) {
      const node = nodes[0];
      const name = node.name.value;
      if (name === '__typename') {
        fields.push({ kind: 'typename', key, typeName: type.name });
        continue;
      }
      const definition = type.getFields()[name];
      if (!definition) throw new NotCompilable();
      const read = definition.extensions?.[SQL_READ_EXTENSION] as SqlRead | undefined;
      const field = this.common(type, node, definition, read, false);
      if (read) {
        fields.push(this.declared(key, field, read, meta, nodes, fragments));
      } else if (
        name === 'id' &&
        meta &&
        type.getInterfaces().some((implemented) => implemented.name === 'Node') &&
        this.nodeTypes.forName(type.name)
      ) {
        fields.push({ kind: 'global-id', key, field, typeName: type.name });
      } else {
        const property = this.facts.plainProperty(type.name, name);
        if (!property || !meta || node.selectionSet) throw new NotCompilable();
        const column = meta.properties[property as never];
        fields.push({ kind: 'column', key, field, property: column, leaf: leafOutput(definition.type, column.columnTypes?.[0]) });
      }
    }
    return { type, meta, fields: limitCells(fields) };
  }

  private declared(
    key: string,
    field: FieldCommon,
    read: SqlRead,
    meta: EntityMetadata | null,
    nodes: FieldNode[],
    fragments: Record<string, FragmentDefinitionNode>,
  ): FieldPlan {
    const { definition } = field;
    switch (read.kind) {
      case 'computed': {
        if (!meta) throw new NotCompilable();
        const properties = read.properties.map((name) => meta.properties[name as never]);
        if (properties.some((property) => !property || property.kind !== 'scalar'))
          throw new Error(`${field.definition.name}: sqlRead names a property its entity lacks`);
        return { kind: 'computed', key, field, read, properties, leaf: leafOutput(definition.type) };
      }
      case 'reference': {
        const property = meta?.properties[read.property as never];
        if (!property?.targetMeta) throw new NotCompilable();
        return { kind: 'reference', key, field, property, child: this.childObject(definition.type, nodes, fragments, property.targetMeta) };
      }
      case 'related': {
        if (!meta) throw new NotCompilable();
        const relatedMeta = this.entityMeta(read.entity);
        return { kind: 'related', key, field, read, meta: relatedMeta, child: this.childObject(definition.type, nodes, fragments, relatedMeta) };
      }
      case 'connection':
        if (read.parentProperty && !meta) throw new NotCompilable();
        return this.connection(key, field, read, nodes, fragments);
      default:
        throw new NotCompilable();
    }
  }

  private connection(
    key: string,
    field: FieldCommon,
    read: ConnectionRead,
    nodes: FieldNode[],
    fragments: Record<string, FragmentDefinitionNode>,
  ): FieldPlan {
    const meta = this.entityMeta(read.entity);
    const connectionType = getNamedType(field.definition.type);
    if (!isObjectType(connectionType)) throw new NotCompilable();
    const nodePlans: ObjectPlan[] = [];
    let totalCount = false;
    const nodePlan = (type: GraphQLOutputType, selection: FieldNode[]) => nodePlans.push(this.childObject(type, selection, fragments, meta)) - 1;
    const output: ConnectionOutput[] = [];
    for (const [outputKey, parts] of collectFields(this.schema, connectionType, mergedSelection(nodes), fragments)) {
      const name = parts[0].name.value;
      const definition = connectionType.getFields()[name];
      if (name === '__typename') output.push({ kind: 'typename', key: outputKey, typeName: connectionType.name });
      else if (name === 'nodes') output.push({ kind: 'nodes', key: outputKey, plan: nodePlan(definition.type, parts) });
      else if (name === 'totalCount') {
        totalCount = true;
        output.push({ kind: 'total-count', key: outputKey });
      } else if (name === 'pageInfo') {
        const pageInfoType = getNamedType(definition.type) as GraphQLObjectType;
        const fields = [...collectFields(this.schema, pageInfoType, mergedSelection(parts), fragments)].map(([infoKey, infoNodes]) => ({
          key: infoKey,
          name: infoNodes[0].name.value,
        }));
        output.push({
          kind: 'page-info',
          key: outputKey,
          fields: fields.map((info) => (info.name === '__typename' ? { ...info, name: `__typename:${pageInfoType.name}` } : info)),
        });
      } else if (name === 'edges') {
        const edgeType = getNamedType(definition.type) as GraphQLObjectType;
        const edge: Extract<ConnectionOutput, { kind: 'edges' }>['edge'] = [];
        for (const [edgeKey, edgeNodes] of collectFields(this.schema, edgeType, mergedSelection(parts), fragments)) {
          const edgeField = edgeNodes[0].name.value;
          if (edgeField === '__typename') edge.push({ kind: 'typename', key: edgeKey, typeName: edgeType.name });
          else if (edgeField === 'cursor') edge.push({ kind: 'cursor', key: edgeKey });
          else if (edgeField === 'node') edge.push({ kind: 'node', key: edgeKey, plan: nodePlan(edgeType.getFields().node.type, edgeNodes) });
          else throw new NotCompilable();
        }
        output.push({ kind: 'edges', key: outputKey, edge });
      } else throw new NotCompilable();
    }
    if (nodePlans.length > MAX_CELLS - 2) throw new NotCompilable();
    return { kind: 'connection', key, field, read, meta, connection: { nodePlans, totalCount, output } };
  }

  /** The plan of the object (or list of objects) a field returns, from the merged selections of its nodes. */
  private childObject(
    type: GraphQLOutputType,
    nodes: FieldNode[],
    fragments: Record<string, FragmentDefinitionNode>,
    meta: EntityMetadata | null,
  ): ObjectPlan {
    const named = getNamedType(type);
    if (!isObjectType(named)) throw new NotCompilable();
    const plan = this.compileObject(named, mergedSelection(nodes), fragments);
    if (meta && plan.meta !== meta && plan.meta?.className !== meta.className) throw new NotCompilable();
    return meta ? { ...plan, meta } : plan;
  }

  private common(
    type: GraphQLObjectType,
    node: FieldNode,
    definition: GraphQLField<unknown, unknown>,
    read: SqlRead | undefined,
    isRoot: boolean,
  ): FieldCommon {
    const access = this.facts.access(type.name, definition.name, isRoot);
    if (access === 'scoped-only' || access === 'middleware') throw new NotCompilable();
    return { node, definition, access, admits: read?.admits };
  }

  private entityMeta(entity: Function): EntityMetadata {
    return this.facts.entityMetadata(entity);
  }
}

/**
 * Scalars whose checks a column's type already guarantees, by the column type: a PostgreSQL `date` is always a
 * valid calendar date in ISO form, which LocalDate's serialize would parse and print again to find out.
 */
const GUARANTEED_BY_COLUMN: Record<string, string> = { date: 'LocalDate' };

function leafOutput(type: GraphQLOutputType, columnType?: string): LeafOutput {
  const named = getNamedType(type);
  if (!isLeafType(named)) throw new NotCompilable();
  const guaranteed = columnType !== undefined && GUARANTEED_BY_COLUMN[columnType] === named.name;
  const one = guaranteed ? (value: unknown) => value : scalarSerializer(named);
  const list = isListType(isNonNullType(type) ? type.ofType : type);
  return {
    serialize: list
      ? (value) => (value === null || value === undefined ? null : (value as unknown[]).map((item) => (item === null ? null : one(item))))
      : (value) => (value === null || value === undefined ? null : one(value)),
  };
}

const INT_RANGE = 2 ** 31;

/** The leaf's own serialize, skipped where graphql-js would return the value unchanged (the common case, per value). */
function scalarSerializer(type: GraphQLLeafType): (value: unknown) => unknown {
  if (type === GraphQLString || type === GraphQLID) return (value) => (typeof value === 'string' ? value : type.serialize(value));
  if (type === GraphQLBoolean) return (value) => (typeof value === 'boolean' ? value : type.serialize(value));
  if (type === GraphQLInt) return (value) => (Number.isInteger(value) && Math.abs(value as number) < INT_RANGE ? value : type.serialize(value));
  if (isEnumType(type)) {
    const names = new Map(type.getValues().map((value) => [value.value, value.name]));
    return (value) => names.get(value) ?? type.serialize(value);
  }
  return (value) => type.serialize(value);
}

function limitCells(fields: FieldPlan[]): FieldPlan[] {
  if (fields.filter((field) => field.kind !== 'typename').length > MAX_CELLS) throw new NotCompilable();
  return fields;
}

/** The selections of several nodes of one response key, as one selection set. */
function mergedSelection(nodes: FieldNode[]): SelectionSetNode {
  const selections = nodes.flatMap((node) => node.selectionSet?.selections ?? []);
  if (selections.length === 0) throw new NotCompilable();
  return { kind: Kind.SELECTION_SET, selections };
}

/**
 * The fields a selection set asks of a concrete type, by response key, in order (graphql-js's CollectFields):
 * fragments apply when their type condition is the type or one of its interfaces. Conditional directives are left
 * to the resolvers, which evaluate them per request.
 */
function collectFields(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  into = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const selection of selectionSet.selections) {
    if ((selection.directives?.length ?? 0) > 0) throw new NotCompilable();
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const existing = into.get(key);
      if (existing) {
        // Same key twice (a field and a fragment): graphql-js merges them; same field and arguments here.
        if (existing[0].name.value !== selection.name.value || (existing[0].arguments?.length ?? 0) + (selection.arguments?.length ?? 0) > 0)
          throw new NotCompilable();
        existing.push(selection);
      } else into.set(key, [selection]);
    } else {
      const condition =
        selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition?.name.value : fragments[selection.name.value]?.typeCondition.name.value;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        if (!fragments[selection.name.value]) throw new NotCompilable();
        if (visited.has(selection.name.value)) continue;
        visited.add(selection.name.value);
      }
      if (condition && condition !== type.name && !type.getInterfaces().some((implemented) => implemented.name === condition)) {
        const conditionType = schema.getType(condition);
        if (!conditionType || isObjectType(conditionType)) continue;
        if (!schema.isSubType(conditionType as never, type)) continue;
      }
      const inner = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value].selectionSet;
      collectFields(schema, type, inner, fragments, into, visited);
    }
  }
  return into;
}
