import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { Department } from '../one-matter/department.entity';
import { DrawRatioMode } from './inspection.enums';

/** A department's plan of random inspections (抽查计划): items, a window of dates, and how the share of targets is set. */
@Entity({ tableName: 'inspection_plan' })
@Index({ properties: ['department', 'windowStart'] })
@ObjectType({ implements: Node, description: 'A plan of random inspections of a department (双随机抽查计划).' })
export class InspectionPlan extends BaseEntity<'flatRatio'> {
  @Field(() => String, { description: 'Number, e.g. CS-market-regulation-2026-07.' })
  @Property({ type: 'string', length: 80, unique: true })
  number!: string;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  /** Codes of the inspection items the plan checks. */
  @Property({ type: 'array', columnType: 'text[]' })
  itemCodes!: string[];

  @Field(() => LocalDateScalar, { description: 'First day inspections may take place.' })
  @Property({ type: 'date' })
  windowStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day inspections may take place.' })
  @Property({ type: 'date' })
  windowEnd!: string;

  @Field(() => DrawRatioMode, { description: 'CREDIT: the ratio of each risk class; FLAT: flatRatio for every target.' })
  @Enum({ items: () => DrawRatioMode })
  ratioMode!: DrawRatioMode;

  @Field(() => Float, { nullable: true, description: 'FLAT: the share of the pool drawn.' })
  @Property({ type: 'double', nullable: true })
  flatRatio: number | null = null;

  @Property({ type: 'string', length: 200 })
  createdBy!: string;
}
