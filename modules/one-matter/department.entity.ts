import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';

/** A government department or public utility that owns service items and handles their tasks. */
@Entity({ tableName: 'department' })
@ObjectType({ implements: Node, description: 'A department or public utility that handles service items (部门).' })
export class Department extends BaseEntity {
  @Field(() => String, { description: 'Stable code, e.g. market-regulation; OFFICER tokens name it as their scope.' })
  @Property({ type: 'string', length: 60, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 县市场监督管理局.' })
  @Property({ type: 'string', length: 100 })
  name!: string;
}
