import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import { getMetadataStorage } from 'type-graphql';
import type { AccessRule } from '../auth/auth-checker';
import { Role } from '../auth/principal';

/** Who may read a field, as its `@Authorized` rules say; scoped rules are left to the resolvers. */
export interface FieldAccess {
  /** Roles granted without a scope test; null when the field has no `@Authorized` at all. */
  roles: Role[] | null;
}

/**
 * What the schema's declarations say about a field, for the compiled read path: which entity backs a type, which
 * fields are plain properties of it (no resolver, no middleware, no access rule), and each field's access rules.
 * Read from type-graphql's and MikroORM's metadata once per type, so it follows whatever the modules declare.
 */
export class FieldFacts {
  private readonly storage = getMetadataStorage();
  private readonly entities = new Map<string, EntityMetadata | null>();

  constructor(private readonly orm: MetadataStorage) {}

  /** The entity whose rows a GraphQL object type shows, or null for a type held in JavaScript. */
  entityOf(typeName: string): EntityMetadata | null {
    if (!this.entities.has(typeName)) {
      const target = this.classOf(typeName);
      this.entities.set(typeName, target && this.orm.has(target.name) ? this.orm.get(target.name) : null);
    }
    return this.entities.get(typeName)!;
  }

  entityMetadata(entity: Function): EntityMetadata {
    return this.orm.get(entity.name);
  }

  /** The entity property a field reads as it is, or null when anything stands between the row and the answer. */
  plainProperty(typeName: string, fieldName: string): string | null {
    const meta = this.entityOf(typeName);
    const target = this.classOf(typeName);
    if (!meta || !target || fieldName === 'id') return null;
    const property = meta.properties[fieldName as never] as EntityMetadata['properties'][string] | undefined;
    if (!property || property.kind !== 'scalar' || property.persist === false || property.formula) return null;
    const field = this.fieldOf(target, fieldName);
    if (!field || field.roles !== undefined || (field.middlewares?.length ?? 0) > 0) return null;
    return this.hasResolver(target, fieldName) ? null : property.name;
  }

  /** The access rules of a field of an object type, or of a root field when `typeName` is the query type. */
  access(typeName: string, fieldName: string, isRoot: boolean): FieldAccess | 'scoped-only' | 'middleware' {
    let roles: AccessRule[] | undefined;
    let middlewares: number;
    if (isRoot) {
      const query = this.storage.queries.find((candidate) => candidate.schemaName === fieldName);
      roles = query?.roles;
      middlewares = query?.middlewares?.length ?? 0;
    } else {
      const target = this.classOf(typeName);
      const resolver = target ? this.resolverOf(target, fieldName) : undefined;
      const field = target ? this.fieldOf(target, fieldName) : undefined;
      roles = resolver?.roles ?? field?.roles;
      middlewares = (resolver?.middlewares?.length ?? 0) + (field?.middlewares?.length ?? 0);
    }
    if (middlewares > 0) return 'middleware';
    if (roles === undefined) return { roles: null };
    const plain = roles.filter((rule): rule is Role => typeof rule === 'string');
    if (roles.length > 0 && plain.length === 0) return 'scoped-only';
    return { roles: plain };
  }

  private classOf(typeName: string): Function | undefined {
    return this.storage.objectTypes.find((type) => type.name === typeName)?.target;
  }

  private fieldOf(target: Function, fieldName: string) {
    for (let type: Function | null = target; type && type !== Object; type = Object.getPrototypeOf(type)) {
      const field = this.storage.objectTypes
        .find((candidate) => candidate.target === type)
        ?.fields?.find((candidate) => candidate.schemaName === fieldName);
      if (field) return field;
    }
    return undefined;
  }

  /** The field resolver of a field on the type, its ancestors or its interfaces. */
  private resolverOf(target: Function, fieldName: string) {
    const owners = new Set<Function>();
    for (let type: Function | null = target; type && type !== Object; type = Object.getPrototypeOf(type)) {
      owners.add(type);
      for (const implemented of this.storage.objectTypes.find((candidate) => candidate.target === type)?.interfaceClasses ?? [])
        owners.add(implemented);
    }
    return this.storage.fieldResolvers.find((resolver) => resolver.schemaName === fieldName && owners.has(resolver.getObjectType!() as Function));
  }

  private hasResolver(target: Function, fieldName: string): boolean {
    return this.resolverOf(target, fieldName) !== undefined;
  }
}

/** Whether a caller passes a field's `@Authorized` rules without a scope test (the auth checker's own reading). */
export function grantsRole(access: FieldAccess, role: Role): boolean {
  if (access.roles === null) return true;
  if (access.roles.length === 0) return role !== Role.ANONYMOUS;
  return access.roles.includes(role);
}
