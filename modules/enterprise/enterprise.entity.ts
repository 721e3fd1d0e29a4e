import { LocalDateScalar } from '../platform/scalars/local-date';
import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { DecimalScalar } from '../platform/scalars/decimal';
import { IndustryCategory } from './industry-category.entity';
import { LifecycleStage } from './lifecycle-stage';
import { Region } from './region.entity';

/**
 * A market entity (经营主体). The legal representative is personal data: its GraphQL field is resolved through
 * the masking rule in enterprise.access.ts, never read straight from here.
 */
@Entity({ tableName: 'enterprise' })
@Index({ properties: ['name', 'id'] })
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['registeredCapital', 'id'] })
@Index({ properties: ['establishedOn', 'id'] })
@Index({ properties: ['region'] })
@Index({ properties: ['industry'] })
@ObjectType({ implements: Node, description: 'An enterprise or other market entity (经营主体).' })
export class Enterprise extends BaseEntity<'version' | 'lifecycleStage'> {
  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码, GB 32100-2015).' })
  @Property({ type: 'string', length: 18, unique: true })
  uscc!: string;

  @Field(() => String, { description: 'Registered name (企业名称).' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Property({ type: 'string', length: 100 })
  legalRepresentative!: string;

  @Field(() => DecimalScalar, { description: 'Registered capital in yuan, exact (注册资本, 元).' })
  @Property({ type: 'decimal', precision: 20, scale: 2 })
  registeredCapital!: string;

  @Field(() => LocalDateScalar, { description: 'Date of establishment (成立日期).' })
  @Property({ type: 'date' })
  establishedOn!: string;

  @ManyToOne(() => IndustryCategory, { ref: true, fieldName: 'industry_code' })
  industry!: Ref<IndustryCategory>;

  @ManyToOne(() => Region, { ref: true, fieldName: 'region_code' })
  region!: Ref<Region>;

  @Field(() => LifecycleStage, { description: 'Current lifecycle stage (生命周期阶段).' })
  @Enum({ items: () => LifecycleStage })
  lifecycleStage: LifecycleStage = LifecycleStage.OPERATING;

  @Field(() => Int, { description: 'Revision number; send it back with enterpriseUpdate to detect concurrent edits.' })
  @Property({ version: true, type: 'integer' })
  version: number = 1;
}
