import type { EntityClass } from '@mikro-orm/core';
import { Role } from '../auth/principal';
import { ForbiddenError, UnauthenticatedError } from '../errors/top-level-errors';
import type { GraphQLContext } from '../context';

/**
 * A type that can be refetched by global id. `visibleTo` applies the same rule the type's own root fields
 * apply, so `node(id:)` is never a way around them; it throws the same errors.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- lists of these mix entity types
export interface NodeTypeDefinition<T extends { id: string } = any> {
  typeName: string;
  entity: EntityClass<T>;
  /** Throws UnauthenticatedError/ForbiddenError when the caller may not read the object. */
  assertReadable(context: GraphQLContext, object: T): void | Promise<void>;
  /**
   * Roles that may read every object of the type, whatever it holds: `node(id:)` answers them straight from SQL
   * (compiled reads) without loading the object first. Others go through `assertReadable`.
   */
  readers?: Role[];
}

/** `assertReadable` of a type only some roles read, whatever the object: refuses the others as the auth checker does. */
export function readableBy(...roles: Role[]): (context: GraphQLContext) => void {
  return ({ principal }) => {
    if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
    if (!roles.includes(principal.role)) throw new ForbiddenError(`Only ${roles.join(' or ')} may read this object.`);
  };
}

export function defineNodeType<T extends { id: string }>(definition: NodeTypeDefinition<T>): NodeTypeDefinition<T> {
  return definition;
}

/** The node types of the enabled modules, by GraphQL type name and by entity class. */
export class NodeTypeRegistry {
  private readonly byName = new Map<string, NodeTypeDefinition>();
  private readonly byEntity = new Map<Function, NodeTypeDefinition>();

  constructor(definitions: NodeTypeDefinition[]) {
    for (const definition of definitions) {
      if (this.byName.has(definition.typeName)) throw new Error(`Node type ${definition.typeName} is registered twice`);
      this.byName.set(definition.typeName, definition);
      this.byEntity.set(definition.entity as Function, definition);
    }
  }

  forName(typeName: string): NodeTypeDefinition | undefined {
    return this.byName.get(typeName);
  }

  forObject(object: object): NodeTypeDefinition | undefined {
    let prototype = Object.getPrototypeOf(object);
    while (prototype && prototype !== Object.prototype) {
      const definition = this.byEntity.get(prototype.constructor);
      if (definition) return definition;
      prototype = Object.getPrototypeOf(prototype);
    }
    return undefined;
  }
}
