import { Extensions, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { range } from '../../platform/validation/number-range';
import { MutationPayload } from '../../platform/errors/mutation';
import { ChainCode } from '../../one-category/chain-code';
import type { RuleOperator } from './credit-plus-plugin';
import { CreditPlusOperator, CreditPlusRuleSet } from './credit-plus-rule-set.entity';
import { CreditPlusRules } from './credit-plus.types';

@InputType({ description: 'A credit+ rule as the desk writes it.' })
export class CreditPlusRuleInput {
  @Field(() => String, { description: 'Upper-case code, unique in the set.' })
  code!: string;

  @Field(() => String, { description: 'What it rewards or penalises.' })
  description!: string;

  @Field(() => String, { description: 'Code of one of the plugin’s indicators.' })
  indicator!: string;

  @Field(() => CreditPlusOperator, { description: 'How the indicator is compared with the threshold.' })
  operator!: RuleOperator;

  @Field(() => Float, { description: 'The threshold.' })
  @Extensions(range(-1_000_000_000, 1_000_000_000))
  threshold!: number;

  @Field(() => Int, { description: 'Points when the rule holds, from -500 to 500.' })
  // The service's rule is -500 to 500, reported with the rule set's other problems; the range is the score's whole scale.
  @Extensions(range(-1000, 1000))
  points!: number;
}

@InputType({ description: 'The edited draft of a chain’s credit+ rules.' })
export class CreditPlusRulesDraftSaveInput {
  @Field(() => ChainCode, { description: 'The chain; a DESK may edit its own chains only.' })
  chain!: string;

  @Field(() => [CreditPlusRuleInput], { description: 'The whole rule set.' })
  rules!: CreditPlusRuleInput[];
}

@ObjectType({ description: 'Result of creditPlusRulesDraftSave.' })
export class CreditPlusRulesDraftSavePayload extends MutationPayload {
  @Field(() => CreditPlusRules, { nullable: true, description: 'The plugin with the saved draft.' })
  creditPlus: CreditPlusRules | null = null;
}

@InputType({ description: 'Which chain’s credit+ draft to publish.' })
export class CreditPlusRulesPublishInput {
  @Field(() => ChainCode, { description: 'The chain.' })
  chain!: string;
}

@ObjectType({ description: 'Result of creditPlusRulesPublish.' })
export class CreditPlusRulesPublishPayload extends MutationPayload {
  @Field(() => CreditPlusRuleSet, { nullable: true, description: 'The new version, now in force.' })
  ruleSet: CreditPlusRuleSet | null = null;

  @Field(() => Int, { description: 'Chain members rescored under it.' })
  rescored: number = 0;
}
