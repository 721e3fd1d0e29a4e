import { Collection, Entity, Enum, OneToMany, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { LifecycleStage } from '../enterprise/lifecycle-stage';
import { MatterItem } from './matter-item.entity';

/** A one-matter bundle (一件事): items across departments handled as one application. */
@Entity({ tableName: 'matter' })
@ObjectType({ implements: Node, description: 'A bundle of service items handled as one application (一件事).' })
export class Matter extends BaseEntity<'completionStage' | 'items'> {
  @Field(() => String, { description: 'Stable code, e.g. OPEN_RESTAURANT.' })
  @Property({ type: 'string', length: 60, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 开办餐饮店“一件事”.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'What the matter achieves for the enterprise.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => LifecycleStage, { description: 'The lifecycle stage the matter belongs to.' })
  @Enum({ items: () => LifecycleStage })
  stage!: LifecycleStage;

  @Field(() => LifecycleStage, { nullable: true, description: 'The stage the enterprise moves to when a case completes; null when it stays.' })
  @Enum({ items: () => LifecycleStage, nullable: true })
  completionStage: LifecycleStage | null = null;

  @OneToMany(() => MatterItem, (matterItem) => matterItem.matter, { orderBy: { position: 'ASC' } })
  items = new Collection<MatterItem>(this);
}
