import { Entity, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { BaseEntity } from '../platform/database/base.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { User } from '../users/user.entity';

/** A relation an inspector declared with an enterprise (kin, former employer…): they are never drawn to inspect it (回避). */
@Entity({ tableName: 'inspector_conflict' })
@Unique({ properties: ['inspector', 'enterprise'] })
export class InspectorConflict extends BaseEntity {
  @ManyToOne(() => User, { ref: true })
  inspector!: Ref<User>;

  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Property({ type: 'string', length: 200 })
  reason!: string;
}
