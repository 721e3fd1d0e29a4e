import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';

/** A section (板块) of the enterprise service centre, grouping items and windows. */
@Entity({ tableName: 'service_section' })
@ObjectType({ implements: Node, description: 'A section of the enterprise service centre, e.g. finance or tax (服务板块).' })
export class ServiceSection extends BaseEntity {
  @Field(() => String, { description: 'Stable code, e.g. FINANCE.' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 金融服务板块.' })
  @Property({ type: 'string', length: 100 })
  name!: string;
}
