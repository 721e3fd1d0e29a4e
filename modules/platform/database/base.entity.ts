import { randomUUID } from 'node:crypto';
import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/**
 * Identity and timestamps shared by the platform's records. The uuid is not a GraphQL field: clients see the
 * opaque global id of the Node interface instead.
 */
@ObjectType({ description: 'Never emitted: object types inherit its fields.' })
/** `Optional` names the further properties that have defaults, so `em.create` need not be given them. */
export abstract class BaseEntity<Optional extends string = never> {
  [OptionalProps]?: 'id' | 'createdAt' | 'updatedAt' | Optional;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date, { description: 'When the record was created (UTC).' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  @Field(() => Date, { description: 'When the record was last changed (UTC).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
