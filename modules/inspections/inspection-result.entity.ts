import { Entity, Enum, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../platform/database/base.entity';
import { InspectionOutcome } from './inspection.enums';
import { Inspection } from './inspection.entity';

/** The result of one item of an inspection, with its evidence (检查结果). */
@Entity({ tableName: 'inspection_result' })
@Unique({ properties: ['inspection', 'itemCode'] })
@ObjectType({ description: 'The result of one item of an inspection (检查结果).' })
export class InspectionResult extends BaseEntity {
  @ManyToOne(() => Inspection, { ref: true })
  inspection!: Ref<Inspection>;

  @Field(() => String, { description: 'Code of the item checked.' })
  @Property({ type: 'string', length: 60 })
  itemCode!: string;

  @Field(() => InspectionOutcome, { description: 'What the check found.' })
  @Enum({ items: () => InspectionOutcome })
  outcome!: InspectionOutcome;

  @Field(() => String, { description: 'What was found; empty when nothing was.' })
  @Property({ type: 'text' })
  finding!: string;

  /** References of the evidence (record numbers, file references); kept for the department, not published. */
  @Property({ type: 'array', columnType: 'text[]' })
  evidence!: string[];
}
