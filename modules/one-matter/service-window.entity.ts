import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { ServiceSection } from './service-section.entity';

/** A counter of the enterprise service centre, belonging to one of its sections. */
@Entity({ tableName: 'service_window' })
@ObjectType({ implements: Node, description: 'A service window of the enterprise service centre (服务窗口).' })
export class ServiceWindow extends BaseEntity {
  @Field(() => String, { description: 'Stable code, e.g. W01.' })
  @Property({ type: 'string', length: 20, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name shown above the counter.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @ManyToOne(() => ServiceSection, { ref: true })
  section!: Ref<ServiceSection>;
}
