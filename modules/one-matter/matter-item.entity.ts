import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../platform/relay/node.interface';
import { BaseEntity } from '../platform/database/base.entity';
import type { Matter } from './matter.entity';
import { ServiceItem } from './service-item.entity';

/** An item inside a matter: its place, and the items of the same matter it waits for (none: runs in parallel). */
@Entity({ tableName: 'matter_item' })
@Unique({ properties: ['matter', 'item'] })
@ObjectType({ implements: Node, description: 'A service item as a step of a one-matter bundle.' })
export class MatterItem extends BaseEntity<'waitsFor'> {
  @ManyToOne('Matter', { ref: true })
  matter!: Ref<Matter>;

  @ManyToOne(() => ServiceItem, { ref: true })
  item!: Ref<ServiceItem>;

  @Field(() => Int, { description: 'Order of the step in the guide.' })
  @Property({ type: 'integer' })
  position!: number;

  /** Codes of items of the same matter that must complete before this one starts. */
  @Property({ type: 'json' })
  waitsFor: string[] = [];
}
