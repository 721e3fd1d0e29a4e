import { Entity, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { Department } from './department.entity';
import { ServiceSection } from './service-section.entity';

/** One department's procedure, with the time limits the clock runs against. */
@Entity({ tableName: 'service_item' })
@ObjectType({ implements: Node, description: 'A government service item: one department’s procedure (政务服务事项).' })
export class ServiceItem extends BaseEntity<'materials'> {
  @Field(() => String, { description: 'Stable code, e.g. SCJG-002.' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 食品经营许可.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @ManyToOne(() => ServiceSection, { ref: true, nullable: true })
  section!: Ref<ServiceSection> | null;

  @Field(() => Int, { description: 'Time limit set by law, in working days (法定时限).' })
  @Property({ type: 'integer' })
  statutoryLimitDays!: number;

  @Field(() => Int, { description: 'Time limit the county commits to, in working days (承诺时限); deadlines use it.' })
  @Property({ type: 'integer' })
  committedLimitDays!: number;

  @Field(() => Boolean, { description: 'Whether the item can be done fully online (全程网办).' })
  @Property({ type: 'boolean' })
  fullyOnline!: boolean;

  @Field(() => [String], { description: 'Materials the applicant provides (申请材料).' })
  @Property({ type: 'json' })
  materials: string[] = [];
}
