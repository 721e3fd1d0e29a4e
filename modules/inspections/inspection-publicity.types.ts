import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { InspectionKind, InspectionOutcome } from './inspection.enums';
import type { Inspection } from './inspection.entity';

/**
 * An inspection as the public sees it (双随机抽查结果公示): what was checked and found, and by which department; never
 * the inspectors, the evidence, or any personal data of the enterprise. Its own type, so that nothing added to
 * Inspection is published by accident.
 */
@ObjectType({ description: 'A published inspection (抽查结果公示): enterprise, department, items and results, without any personal data.' })
export class PublicInspection {
  /** The inspection behind it, for the field resolvers; not a field. */
  inspection!: Inspection;

  @Field(() => InspectionKind, { description: 'RANDOM (drawn, 双随机) or TARGETED (ordered for a reason).' })
  kind!: InspectionKind;

  @Field(() => LocalDateScalar, { description: 'The day it took place (检查日期).' })
  inspectedOn!: string;

  @Field(() => Date, { description: 'When its results were published (公示时间).' })
  publishedAt!: Date;

  static of(inspection: Inspection): PublicInspection {
    return Object.assign(new PublicInspection(), {
      inspection,
      kind: inspection.kind,
      inspectedOn: inspection.inspectedOn!,
      publishedAt: inspection.publishedAt!,
    });
  }
}

@ObjectType({ description: 'The published result of one item (检查事项结果).' })
export class PublicInspectionResult {
  @Field(() => String, { description: 'Code of the item checked.' })
  itemCode!: string;

  @Field(() => String, { description: 'What was checked (检查事项名称).' })
  itemName!: string;

  @Field(() => InspectionOutcome, { description: 'What the check found (检查结果).' })
  outcome!: InspectionOutcome;

  @Field(() => String, { description: 'What was found (问题描述); empty when nothing was.' })
  finding!: string;
}
