import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';

/** A tag of the problem catalogue (问题分类) the dispatcher classifies appeals with. */
@Entity({ tableName: 'appeal_category' })
@ObjectType({ implements: Node, description: 'A category of enterprise problems (问题分类), e.g. permits or land.' })
export class AppealCategory extends BaseEntity {
  @Field(() => String, { description: 'Stable code, e.g. PERMITS.' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 审批许可.' })
  @Property({ type: 'string', length: 100 })
  name!: string;
}
