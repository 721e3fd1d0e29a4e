import { GraphQLJSON, GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { Policy, PolicyVersion } from './policy.entity';

export enum PolicyModeValue {
  NO_APPLICATION = 'NO_APPLICATION',
  INSTANT = 'INSTANT',
  REVIEWED = 'REVIEWED',
}

registerEnumType(PolicyModeValue, {
  name: 'PolicyMode',
  description: 'How an enterprise gets a policy’s benefit.',
  valuesConfig: {
    NO_APPLICATION: { description: 'Without applying (免申即享): matched and granted by the platform.' },
    INSTANT: { description: 'On application, granted at once when eligible (即申即享).' },
    REVIEWED: { description: 'On application, reviewed by the issuing department.' },
  },
});

export enum BenefitPeriodValue {
  YEAR = 'YEAR',
  MONTH = 'MONTH',
}

registerEnumType(BenefitPeriodValue, {
  name: 'PolicyBenefitPeriod',
  description: 'What one redemption of a policy covers.',
  valuesConfig: {
    YEAR: { description: 'A year: an enterprise gets the benefit once a year (period 2026).' },
    MONTH: { description: 'A month: an enterprise gets the benefit once a month (period 2026-11).' },
  },
});

@ObjectType({ description: 'Whom a policy is for; an empty list does not narrow.' })
export class PolicyTargetsType {
  @Field(() => [String], { description: 'Chain codes.' })
  chains!: string[];

  @Field(() => [String], { description: 'Chain nodes as <chain code>.<node code>.' })
  nodes!: string[];

  @Field(() => [String], { description: 'Region codes.' })
  regions!: string[];

  @Field(() => [String], { description: 'Industry codes (GB/T 4754) or their prefixes.' })
  industries!: string[];
}

@ObjectType({ description: 'A condition of a policy: an expression over enterprise facts that must hold.' })
export class PolicyConditionType {
  @Field(() => String, { description: 'Its code, e.g. MIN_RD_INTENSITY.' })
  code!: string;

  @Field(() => String, { description: 'What it asks, in words.' })
  description!: string;

  @Field(() => String, { description: 'The expression, e.g. enterprise.yearsSinceEstablished >= 2; see policyFacts.' })
  expression!: string;
}

@ObjectType({ description: 'How a policy’s amount is computed.' })
export class PolicyFormulaType {
  @Field(() => String, { description: 'In words.' })
  description!: string;

  @Field(() => String, { description: 'The expression, e.g. min(enterprise.registeredCapital * param.rate, param.cap).' })
  expression!: string;
}

@ObjectType({ description: 'A value of a parameter from a day on.' })
export class PolicyParameterValueType {
  @Field(() => LocalDateScalar, { description: 'The first day it holds.' })
  from!: string;

  @Field(() => Float, { description: 'The value.' })
  value!: number;
}

@ObjectType({ description: 'A parameter of a policy (a rate, a cap) whose value changes on dates; expressions read it as param.<name>.' })
export class PolicyParameterType {
  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { description: 'What it is.' })
  description!: string;

  @Field(() => [PolicyParameterValueType], { description: 'Its values by day.' })
  values!: PolicyParameterValueType[];
}

@ObjectType({ description: 'A fact about enterprises that policies may read, offered by a module.' })
export class PolicyFact {
  @Field(() => String, { description: 'Its code in expressions, e.g. enterprise.registeredCapital.' })
  code!: string;

  @Field(() => String, { description: 'What it holds: NUMBER, TEXT, BOOLEAN or TEXT_LIST.' })
  type!: string;

  @Field(() => String, { description: 'What it is.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'The unit of a number, e.g. yuan.' })
  unit!: string | null;

  @Field(() => String, { description: 'The module that offers it.' })
  module!: string;
}

@ObjectType({ description: 'A fact as the calculator read it.' })
export class PolicyFactRead {
  @Field(() => String, { description: 'The fact’s code.' })
  fact!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value for the enterprise: a number, text, true/false or a list; null when missing.' })
  value!: unknown;
}

@ObjectType({ description: 'A comparison that failed: what the enterprise would need (why not, and what would change it).' })
export class PolicyShortfall {
  @Field(() => String, { description: 'The fact’s code.' })
  fact!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Its value now; null when missing.' })
  value!: unknown;

  @Field(() => String, { description: 'What the fact must be, fact on the left: >= means at least the threshold.' })
  operator!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value to reach.' })
  threshold!: unknown;
}

@ObjectType({ description: 'A condition as the calculator judged it.' })
export class PolicyConditionResult {
  @Field(() => String, { description: 'The condition’s code; targets are TARGET_CHAINS, TARGET_NODES, TARGET_REGIONS, TARGET_INDUSTRIES.' })
  code!: string;

  @Field(() => String, { description: 'What it asks.' })
  description!: string;

  @Field(() => String, { description: 'The expression judged.' })
  expression!: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether it holds; null when a fact it needs is missing.' })
  result!: boolean | null;

  @Field(() => [PolicyFactRead], { description: 'The facts it read.' })
  reads!: PolicyFactRead[];

  @Field(() => [PolicyShortfall], { description: 'For a condition not met: the comparisons that failed and the values to reach.' })
  shortfalls!: PolicyShortfall[];
}

@ObjectType({ description: 'A parameter’s value on the day computed.' })
export class PolicyParameterOnDay {
  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => Float, { nullable: true, description: 'Its value that day; null before its first.' })
  value!: number | null;
}

@ObjectType({ description: 'One policy judged for one enterprise on a day, with the trace (政策计算器).' })
export class PolicyMatch {
  @Field(() => Policy, { description: 'The policy.' })
  policy!: Policy;

  @Field(() => PolicyVersion, { description: 'The version applied: the latest published one.' })
  version!: PolicyVersion;

  @Field(() => Boolean, { description: 'Whether the version is in force on the day.' })
  inForce!: boolean;

  @Field(() => Boolean, { description: 'Whether the enterprise qualifies: in force, every target and condition met.' })
  eligible!: boolean;

  @Field(() => Float, { nullable: true, description: 'The amount in yuan, when eligible.' })
  amount!: number | null;

  @Field(() => [PolicyConditionResult], {
    description: 'Targets and conditions, each with the facts read and, when not met, what would change that.',
  })
  conditions!: PolicyConditionResult[];

  @Field(() => String, { description: 'The formula applied.' })
  formula!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The formula’s value, also when not eligible (what it would pay).' })
  formulaValue!: unknown;

  @Field(() => [PolicyFactRead], { description: 'The facts the formula read.' })
  formulaReads!: PolicyFactRead[];

  @Field(() => [PolicyParameterOnDay], { description: 'The parameters on the day.' })
  parameters!: PolicyParameterOnDay[];
}

@ObjectType({ description: 'What changed from one content of a policy to another (a published version, or the draft).' })
export class PolicyDiffType {
  @Field(() => Int, { description: 'The older version.' })
  from!: number;

  @Field(() => Int, { nullable: true, description: 'The newer version; null when it is the draft.' })
  to!: number | null;

  @Field(() => [String], {
    description:
      'Fields compared as wholes that changed: title, legalBasis, departmentCode, mode, benefitPeriod, validFrom, validUntil, targets, formula, yearlyBudget.',
  })
  changedFields!: string[];

  @Field(() => [String], { description: 'Codes of conditions added.' })
  addedConditions!: string[];

  @Field(() => [String], { description: 'Codes of conditions removed.' })
  removedConditions!: string[];

  @Field(() => [String], { description: 'Codes of conditions kept whose expression or description changed.' })
  changedConditions!: string[];

  @Field(() => [String], { description: 'Names of parameters added.' })
  addedParameters!: string[];

  @Field(() => [String], { description: 'Names of parameters removed.' })
  removedParameters!: string[];

  @Field(() => [String], { description: 'Names of parameters kept whose dated values or description changed.' })
  changedParameters!: string[];
}

@ObjectType({ description: 'A policy’s working draft as its editors see it.' })
export class PolicyDraftType {
  @Field(() => String, { description: 'The policy’s code.' })
  code!: string;

  @Field(() => Int, { description: 'How often the draft was saved; pass it as expectedRevision to save over it.' })
  revision!: number;

  @Field(() => Int, { description: 'Number of the latest published version; 0 before the first.' })
  latestVersion!: number;

  @Field(() => GraphQLJSONObject, { description: 'The draft’s content, in the shape policyDraftSave takes, to edit and save back.' })
  content!: Record<string, unknown>;

  @Field(() => PolicyDiffType, {
    nullable: true,
    description: 'What publishing the draft would change against the latest version; null before the first.',
  })
  changesSincePublished!: PolicyDiffType | null;
}
