import { Extensions, Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { range } from '../platform/validation/number-range';
import { MutationPayload } from '../platform/errors/mutation';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { DrawRatioMode, InspectionItemKind } from './inspection.enums';
import { InspectionItem } from './inspection-item.entity';
import { InspectionPlan } from './inspection-plan.entity';
import { InspectionDraw } from './inspection-draw.entity';

@InputType({ description: "An item of a department's inspection list, new or changed (by code)." })
export class InspectionItemDefineInput {
  @Field(() => String, { description: 'Stable code: 3–60 lower-case letters, digits and hyphens.' })
  code!: string;

  @Field(() => String, { description: 'The department whose list holds it.' })
  departmentCode!: string;

  @Field(() => String, { description: 'What is checked.' })
  name!: string;

  @Field(() => String, { description: 'The legal basis of the check.' })
  legalBasis!: string;

  @Field(() => InspectionItemKind, { description: 'KEY or GENERAL.' })
  kind!: InspectionItemKind;

  @Field(() => String, { description: 'The inspection field qualified inspectors cover, e.g. environment.' })
  field!: string;

  @Field(() => [String], { defaultValue: [], description: 'Industry codes of the targets (a prefix covers its subclasses).' })
  industries!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Chains (scope form) whose members are targets.' })
  chains!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Licences (by name, e.g. 食品经营许可证) whose holders are targets.' })
  licences!: string[];
}

@ObjectType({ description: 'Result of inspectionItemDefine or inspectionItemWithdraw.' })
export class InspectionItemPayload extends MutationPayload {
  @Field(() => InspectionItem, { nullable: true, description: 'The item.' })
  item: InspectionItem | null = null;
}

@InputType({ description: 'An item to take off the list in force.' })
export class InspectionItemWithdrawInput {
  @Field(() => String, { description: 'Code of the item.' })
  code!: string;
}

@InputType({ description: 'A relation an inspector declares with an enterprise, so that they are never drawn for it (回避).' })
export class InspectorConflictDeclareInput {
  @Field(() => ID, { description: 'Global id of the inspector (a User).' })
  inspectorId!: string;

  @Field(() => ID, { description: 'Global id of the enterprise.' })
  enterpriseId!: string;

  @Field(() => String, { description: 'The relation, e.g. "spouse is a shareholder".' })
  reason!: string;
}

@ObjectType({ description: 'Result of inspectorConflictDeclare.' })
export class InspectorConflictDeclarePayload extends MutationPayload {
  @Field(() => Boolean, { description: 'Whether the relation is now recorded.' })
  declared = false;
}

@InputType({ description: 'A plan of random inspections.' })
export class InspectionPlanCreateInput {
  @Field(() => String, { description: 'The department that inspects.' })
  departmentCode!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => [String], { description: "Codes of the items of the department's list to check." })
  itemCodes!: string[];

  @Field(() => LocalDateScalar, { description: 'First day inspections may take place.' })
  windowStart!: string;

  @Field(() => LocalDateScalar, { description: 'Last day.' })
  windowEnd!: string;

  @Field(() => DrawRatioMode, { defaultValue: DrawRatioMode.CREDIT, description: 'CREDIT (by risk class, the default) or FLAT.' })
  ratioMode!: DrawRatioMode;

  @Field(() => Float, { nullable: true, description: 'FLAT: the share of the pool to draw, above 0 and at most 1.' })
  @Extensions(range(0, 1))
  flatRatio?: number | null;
}

@ObjectType({ description: 'Result of inspectionPlanCreate.' })
export class InspectionPlanPayload extends MutationPayload {
  @Field(() => InspectionPlan, { nullable: true, description: 'The plan.' })
  plan: InspectionPlan | null = null;
}

@InputType({ description: 'The plan to draw.' })
export class InspectionPlanDrawInput {
  @Field(() => ID, { description: 'Global id of the plan.' })
  planId!: string;
}

@InputType({ description: 'A plan to draw again, and why: the earlier draw stays on record, superseded.' })
export class InspectionPlanRedrawInput {
  @Field(() => ID, { description: 'Global id of the plan.' })
  planId!: string;

  @Field(() => String, { description: 'Why the draw is redone (kept with the new draw, audited).' })
  reason!: string;
}

@ObjectType({ description: 'Result of inspectionPlanDraw or inspectionPlanRedraw.' })
export class InspectionDrawPayload extends MutationPayload {
  @Field(() => InspectionDraw, { nullable: true, description: 'The draw made.' })
  draw: InspectionDraw | null = null;
}
