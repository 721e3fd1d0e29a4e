import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { ChainCode } from './chain-code';
import type { BundleContent } from './bundle-content';

/** A chain's working draft; desks edit it, and publishing copies it into an immutable numbered version. */
@Entity({ tableName: 'chain_bundle' })
export class ChainBundle extends BaseEntity<'latestVersion' | 'revision'> {
  @Property({ type: 'string', length: 40, unique: true })
  chain!: string;

  @Property({ type: 'json' })
  draft!: BundleContent;

  @Property({ type: 'string', length: 200 })
  draftedBy!: string;

  /** Number of the newest published version; 0 before the first. */
  @Property({ type: 'integer' })
  latestVersion: number = 0;

  /** Revision of the draft, for optimistic locking of concurrent edits. */
  @Property({ version: true, type: 'integer' })
  revision: number = 1;
}

/** A published bundle: never changed after publication. */
@Entity({ tableName: 'bundle_version' })
@Unique({ properties: ['bundle', 'number'] })
@ObjectType('PublishedBundle', { implements: Node, description: 'A published, immutable version of a chain bundle (一类事).' })
export class BundleVersion extends BaseEntity {
  @ManyToOne(() => ChainBundle, { ref: true })
  bundle!: Ref<ChainBundle>;

  @Field(() => ChainCode, { description: 'The chain.' })
  @Property({ type: 'string', length: 40 })
  chain!: string;

  @Field(() => Int, { description: 'Version number, 1 for the first publication.' })
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'json' })
  content!: BundleContent;

  /** Per node, the code of the matter generated for the node's standalone items, if it has any. */
  @Property({ type: 'json' })
  nodeMatters: Record<string, string> = {};

  @Field(() => Date, { description: 'When it was published.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  publishedAt!: Date;

  @Field(() => String, { description: 'Who published it.' })
  @Property({ type: 'string', length: 200 })
  publishedBy!: string;
}
