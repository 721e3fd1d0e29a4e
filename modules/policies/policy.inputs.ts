import { GraphQLJSON } from 'graphql-scalars';
import { Extensions, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { MutationPayload } from '../platform/errors/mutation';
import { DecimalScalar } from '../platform/scalars/decimal';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { maxLength } from '../platform/validation/input-policy';
import { range } from '../platform/validation/number-range';
import { Policy, PolicyVersion } from './policy.entity';
import { BenefitPeriodValue, PolicyModeValue } from './policy.types';

const EXPRESSION_LENGTH = 2000;

@InputType({ description: 'Whom a policy is for; leave a list empty not to narrow by it.' })
export class PolicyTargetsInput {
  @Field(() => [String], { description: 'Chain codes.' })
  chains!: string[];

  @Field(() => [String], { description: 'Chain nodes as <chain code>.<node code>.' })
  nodes!: string[];

  @Field(() => [String], { description: 'Region codes.' })
  regions!: string[];

  @Field(() => [String], { description: 'Industry codes (GB/T 4754) or prefixes, e.g. C39.' })
  industries!: string[];
}

@InputType({ description: 'A condition of a policy.' })
export class PolicyConditionInput {
  @Field(() => String, { description: 'Its code, e.g. MIN_RD_INTENSITY.' })
  code!: string;

  @Field(() => String, { description: 'What it asks, in words.' })
  description!: string;

  @Extensions(maxLength(EXPRESSION_LENGTH))
  @Field(() => String, {
    description: 'An expression over facts (see policyFacts) and parameters (param.<name>), e.g. enterprise.yearsSinceEstablished >= 2.',
  })
  expression!: string;
}

@InputType({ description: 'How the amount is computed.' })
export class PolicyFormulaInput {
  @Field(() => String, { description: 'In words.' })
  description!: string;

  @Extensions(maxLength(EXPRESSION_LENGTH))
  @Field(() => String, { description: 'An expression giving yuan, e.g. min(enterprise.registeredCapital * param.rate, param.cap).' })
  expression!: string;
}

@InputType({ description: 'A value of a parameter from a day on.' })
export class PolicyParameterValueInput {
  @Field(() => LocalDateScalar, { description: 'The first day it holds.' })
  from!: string;

  @Extensions(range(-1e15, 1e15))
  @Field(() => Float, { description: 'The value.' })
  value!: number;
}

@InputType({ description: 'A parameter of a policy.' })
export class PolicyParameterInput {
  @Field(() => String, { description: 'Its name, e.g. rate.' })
  name!: string;

  @Field(() => String, { description: 'What it is.' })
  description!: string;

  @Field(() => [PolicyParameterValueInput], { description: 'Its values by day.' })
  values!: PolicyParameterValueInput[];
}

@InputType({ description: 'What a policy version holds.' })
export class PolicyContentInput {
  @Field(() => String, { description: 'Title, e.g. 企业研发投入补助.' })
  title!: string;

  @Field(() => String, { description: 'The document it rests on, e.g. 常政发〔2026〕12号.' })
  legalBasis!: string;

  @Field(() => String, { description: 'Code of the issuing department.' })
  departmentCode!: string;

  @Field(() => PolicyModeValue, { description: 'How enterprises get the benefit.' })
  mode!: PolicyModeValue;

  @Field(() => BenefitPeriodValue, {
    defaultValue: BenefitPeriodValue.YEAR,
    description: 'What one redemption covers: the benefit is granted once a year (YEAR) or once a month (MONTH).',
  })
  benefitPeriod!: BenefitPeriodValue;

  @Field(() => LocalDateScalar, { description: 'First day in force.' })
  validFrom!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day in force; open-ended when null.' })
  validUntil!: string | null;

  @Field(() => PolicyTargetsInput, { description: 'Whom it is for.' })
  targets!: PolicyTargetsInput;

  @Field(() => [PolicyConditionInput], { description: 'Conditions that must all hold.' })
  conditions!: PolicyConditionInput[];

  @Field(() => PolicyFormulaInput, { description: 'How the amount is computed.' })
  formula!: PolicyFormulaInput;

  @Field(() => [PolicyParameterInput], { description: 'Parameters with dated values.' })
  parameters!: PolicyParameterInput[];

  @Extensions(range('0', '999999999999.99'))
  @Field(() => DecimalScalar, { description: 'Budget a year, in yuan.' })
  yearlyBudget!: string;
}

@InputType({ description: 'Saves a policy’s draft, creating the policy on its first save.' })
export class PolicyDraftSaveInput {
  @Field(() => String, { description: 'The policy’s code, e.g. RD_SUBSIDY_2026.' })
  code!: string;

  @Field(() => PolicyContentInput, { description: 'The draft.' })
  content!: PolicyContentInput;

  @Extensions(range(0, 2_147_483_647))
  @Field(() => Int, { nullable: true, description: 'The revision the editor saw; refused as STALE_VERSION if the draft moved since.' })
  expectedRevision?: number | null;
}

@ObjectType({ description: 'Result of policyDraftSave.' })
export class PolicyDraftSavePayload extends MutationPayload {
  @Field(() => Policy, { nullable: true, description: 'The policy, with its draft saved.' })
  policy: Policy | null = null;
}

@InputType({ description: 'Publishes a policy’s draft as its next version.' })
export class PolicyPublishInput {
  @Field(() => String, { description: 'The policy’s code.' })
  code!: string;
}

@ObjectType({ description: 'Result of policyPublish.' })
export class PolicyPublishPayload extends MutationPayload {
  @Field(() => PolicyVersion, { nullable: true, description: 'The new version.' })
  version: PolicyVersion | null = null;
}

@InputType({ description: 'A hypothetical value of a fact, for the what-if calculator.' })
export class PolicyFactValueInput {
  @Field(() => String, { description: 'The fact’s code.' })
  fact!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value to assume: a number, text, true/false, a list of texts, or null.' })
  value!: unknown;
}
