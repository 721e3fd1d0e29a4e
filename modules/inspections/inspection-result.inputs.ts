import { Extensions, Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../platform/errors/mutation';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { DecimalScalar } from '../platform/scalars/decimal';
import { range } from '../platform/validation/number-range';
import { PenaltySector, PenaltySeverity } from '../credit/records/penalty-decision.events';
import { InspectionOutcome } from './inspection.enums';
import { Inspection } from './inspection.entity';

@InputType({ description: 'The result of one item of an inspection (检查结果).' })
export class InspectionItemResultInput {
  @Field(() => String, { description: 'Code of the item checked; one of the inspection’s items (检查事项).' })
  itemCode!: string;

  @Field(() => InspectionOutcome, { description: 'What the check found (检查结果).' })
  outcome!: InspectionOutcome;

  @Field(() => String, { defaultValue: '', description: 'What was found (问题描述); required unless NO_PROBLEM.' })
  finding!: string;

  @Field(() => [String], {
    defaultValue: [],
    description: 'References of the evidence (检查证据: record numbers, file references); kept by the department, never published.',
  })
  evidence!: string[];
}

@InputType({ description: 'An administrative penalty decided on what the inspection found (行政处罚决定), recorded as a credit record.' })
export class InspectionPenaltyInput {
  @Field(() => String, { description: 'Decision number (处罚决定书文号), unique.' })
  decisionNumber!: string;

  @Field(() => PenaltySeverity, { description: 'Severity (处罚程度).' })
  severity!: PenaltySeverity;

  @Field(() => PenaltySector, { defaultValue: PenaltySector.GENERAL, description: 'Regulated field (监管领域).' })
  sector!: PenaltySector;

  @Field(() => LocalDateScalar, { description: 'Date of the decision (处罚决定日期); not in the future.' })
  decidedOn!: string;

  @Field(() => DecimalScalar, { description: 'Fine in yuan (罚款金额, 元); not negative.' })
  // The sign is the credit module's rule (NEGATIVE), reported with the decision's other problems; the range bounds the size.
  @Extensions(range(-1_000_000_000_000, 1_000_000_000_000))
  amount!: string;
}

@InputType({ description: 'The results of an inspection, one per item (录入检查结果).' })
export class InspectionResultRecordInput {
  @Field(() => ID, { description: 'Global id of the inspection.' })
  inspectionId!: string;

  @Field(() => LocalDateScalar, { description: 'The day it took place (检查日期): within its window, not in the future.' })
  inspectedOn!: string;

  @Field(() => [InspectionItemResultInput], { description: 'Exactly one result for every item of the inspection.' })
  results!: InspectionItemResultInput[];

  @Field(() => InspectionPenaltyInput, {
    nullable: true,
    description: 'A penalty decided on the problems found (行政处罚), recorded as a credit record of the enterprise; only when a problem was found.',
  })
  penalty?: InspectionPenaltyInput | null;
}

@ObjectType({ description: 'Result of inspectionResultRecord.' })
export class InspectionResultRecordPayload extends MutationPayload {
  @Field(() => Inspection, { nullable: true, description: 'The inspection, now RESULTED (已录入结果).' })
  inspection: Inspection | null = null;
}

@InputType({ description: 'The inspection whose results are made public (结果公示).' })
export class InspectionPublishInput {
  @Field(() => ID, { description: 'Global id of the inspection.' })
  inspectionId!: string;
}

@ObjectType({ description: 'Result of inspectionPublish.' })
export class InspectionPublishPayload extends MutationPayload {
  @Field(() => Inspection, { nullable: true, description: 'The inspection, now PUBLISHED (已公示).' })
  inspection: Inspection | null = null;
}

@InputType({ description: 'An inspection ordered for a reason, not drawn (非双随机检查: a complaint, a referral).' })
export class InspectionTargetedRecordInput {
  @Field(() => String, { description: 'Code of the department that inspects (检查部门).' })
  departmentCode!: string;

  @Field(() => ID, { description: 'Global id of the enterprise to inspect (检查对象).' })
  enterpriseId!: string;

  @Field(() => [String], { description: "Codes of the items of the department's list to check (检查事项)." })
  itemCodes!: string[];

  @Field(() => LocalDateScalar, { description: 'First day the inspection may take place.' })
  windowStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day it may take place.' })
  windowEnd!: string;

  @Field(() => [ID], { description: 'Global ids of the inspectors (执法检查人员, Users): at least two qualified officers of the department.' })
  inspectorIds!: string[];

  @Field(() => String, { description: 'Why it is ordered (检查事由), e.g. a complaint or a referral.' })
  reason!: string;
}

@ObjectType({ description: 'Result of inspectionTargetedRecord.' })
export class InspectionTargetedRecordPayload extends MutationPayload {
  @Field(() => Inspection, { nullable: true, description: 'The targeted inspection, ASSIGNED (已派发).' })
  inspection: Inspection | null = null;
}
