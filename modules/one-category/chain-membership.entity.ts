import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../platform/relay/node.interface';
import { BaseEntity } from '../platform/database/base.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { ChainCode } from './chain-code';

/** An enterprise's place at one node of a chain; an enterprise can be in several chains and nodes. */
@Entity({ tableName: 'chain_membership' })
@Unique({ properties: ['enterprise', 'chain', 'node'] })
@Index({ properties: ['chain', 'node'] })
@ObjectType({ implements: Node, description: 'An enterprise’s place at a node of an industry chain (产业链节点).' })
export class ChainMembership extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => ChainCode, { description: 'The chain.' })
  @Property({ type: 'string', length: 40 })
  chain!: string;

  @Field(() => String, { description: 'Code of the chain node, e.g. PROCESSING.' })
  @Property({ type: 'string', length: 40 })
  node!: string;

  @Field(() => Date, { description: 'When the enterprise joined the node.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  joinedAt!: Date;

  @Property({ type: 'string', length: 200 })
  joinedBy!: string;
}
