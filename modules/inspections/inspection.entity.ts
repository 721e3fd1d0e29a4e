import { Entity, Enum, Index, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { Node } from '../platform/relay/node.interface';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { Department } from '../one-matter/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { InspectionKind, InspectionState, RiskClass } from './inspection.enums';
import { InspectionDraw } from './inspection-draw.entity';
import { InspectionPlan } from './inspection-plan.entity';

/**
 * One visit of several departments to one enterprise (综合查一次, "enter once, check many"): the inspections of
 * different departments on the same enterprise whose windows overlap go together.
 */
@Entity({ tableName: 'inspection_visit' })
@Index({ properties: ['enterprise'] })
@ObjectType({ implements: Node, description: 'A visit to an enterprise by one or several departments at once (综合查一次).' })
export class InspectionVisit extends BaseEntity {
  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => LocalDateScalar, { description: 'First day of the window every inspection of the visit shares.' })
  @Property({ type: 'date' })
  windowStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the shared window.' })
  @Property({ type: 'date' })
  windowEnd!: string;

  @Field(() => [String], { description: 'Codes of the departments inspecting together.' })
  @Property({ type: 'array', columnType: 'text[]' })
  departments!: string[];
}

/** An inspection of one enterprise: drawn at random by a plan's draw, or ordered for a reason. */
@Entity({ tableName: 'inspection' })
@Index({ properties: ['draw'] })
@Index({ properties: ['enterprise', 'windowStart'] })
@Index({ properties: ['department', 'state'] })
@ObjectType({ implements: Node, description: 'An inspection of an enterprise (抽查检查任务).' })
export class Inspection extends BaseEntity<'state' | 'visit' | 'inspectedOn' | 'publicationDue' | 'publishedAt' | 'resultedAt' | 'reason'> {
  @ManyToOne(() => InspectionDraw, { ref: true, nullable: true })
  draw!: Ref<InspectionDraw> | null;

  @ManyToOne(() => InspectionPlan, { ref: true, nullable: true })
  plan!: Ref<InspectionPlan> | null;

  @ManyToOne(() => Department, { ref: true })
  department!: Ref<Department>;

  @ManyToOne(() => Enterprise, { ref: true })
  enterprise!: Ref<Enterprise>;

  @Field(() => InspectionKind, { description: 'RANDOM (drawn) or TARGETED.' })
  @Enum({ items: () => InspectionKind })
  kind!: InspectionKind;

  @Field(() => RiskClass, { nullable: true, description: "The target's risk class when drawn; null for a targeted inspection." })
  @Enum({ items: () => RiskClass, nullable: true })
  riskClass!: RiskClass | null;

  @Field(() => String, { nullable: true, description: 'Why a targeted inspection was ordered (检查事由: a complaint, a referral); null when drawn.' })
  @Property({ type: 'string', length: 300, nullable: true })
  reason: string | null = null;

  /** Codes of the items checked. */
  @Property({ type: 'array', columnType: 'text[]' })
  itemCodes!: string[];

  /** The inspectors' user ids; never public. */
  @Property({ type: 'array', columnType: 'uuid[]' })
  inspectorIds!: string[];

  @Field(() => LocalDateScalar, { description: 'First day the inspection may take place.' })
  @Property({ type: 'date' })
  windowStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day it may take place.' })
  @Property({ type: 'date' })
  windowEnd!: string;

  @ManyToOne(() => InspectionVisit, { ref: true, nullable: true })
  visit: Ref<InspectionVisit> | null = null;

  @Field(() => InspectionState, { description: 'Where it stands.' })
  @Enum({ items: () => InspectionState })
  state: InspectionState = InspectionState.ASSIGNED;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it took place, once results are recorded.' })
  @Property({ type: 'date', nullable: true })
  inspectedOn: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the results were recorded.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  resultedAt: Date | null = null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day the results may be published (INSPECTION_PUBLICITY_WORKING_DAYS after they were recorded).',
  })
  @Property({ type: 'date', nullable: true })
  publicationDue: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the results were published (一公开).' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;
}
