import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../platform/relay/node.interface';
import { BaseEntity } from '../../platform/database/base.entity';
import { ChainCode } from '../../one-category/chain-code';
import type { PluginRule, RuleOperator } from './credit-plus-plugin';

/** A chain's credit+ rules as its desk edits them; publishing copies them into a numbered version. */
@Entity({ tableName: 'credit_plus_rule_draft' })
export class CreditPlusRuleDraft extends BaseEntity<'latestVersion'> {
  @Property({ type: 'string', length: 40, unique: true })
  chain!: string;

  @Property({ type: 'json' })
  rules!: PluginRule[];

  @Property({ type: 'integer' })
  latestVersion: number = 0;
}

export enum CreditPlusOperator {
  AT_LEAST = 'AT_LEAST',
  BELOW = 'BELOW',
  EQUALS = 'EQUALS',
}

registerEnumType(CreditPlusOperator, {
  name: 'CreditPlusOperator',
  description: 'How a credit+ rule compares its indicator with the threshold.',
  valuesConfig: {
    AT_LEAST: { description: 'The indicator is at least the threshold.' },
    BELOW: { description: 'The indicator is below the threshold.' },
    EQUALS: { description: 'The indicator equals the threshold.' },
  },
});

@ObjectType('CreditPlusRule', { description: 'A credit+ rule: when an indicator meets a threshold, points move the chain score.' })
export class CreditPlusRuleType {
  @Field(() => String, { description: 'Code of the rule.' })
  code!: string;

  @Field(() => String, { description: 'What it rewards or penalises.' })
  description!: string;

  @Field(() => String, { description: 'Code of the plugin indicator it reads.' })
  indicator!: string;

  @Field(() => CreditPlusOperator, { description: 'How the indicator is compared with the threshold.' })
  operator!: RuleOperator;

  @Field(() => Float, { description: 'The threshold the indicator is compared with.' })
  threshold!: number;

  @Field(() => Int, { description: 'Points when the rule holds.' })
  points!: number;
}

/** A published, immutable credit+ rule set; every chain score names the version that produced it. */
@Entity({ tableName: 'credit_plus_rule_set' })
@Unique({ properties: ['chain', 'number'] })
@ObjectType({ implements: Node, description: 'A published credit+ rule set of a chain (信用+规则集).' })
export class CreditPlusRuleSet extends BaseEntity {
  @Field(() => ChainCode, { description: 'The chain.' })
  @Property({ type: 'string', length: 40 })
  chain!: string;

  @Field(() => Int, { description: 'Version number; 0 stands for the plugin’s defaults.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => [CreditPlusRuleType], { description: 'The rules.' })
  @Property({ type: 'json' })
  rules!: PluginRule[];

  @Field(() => Date, { description: 'When it was published.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  publishedAt!: Date;

  @Field(() => String, { description: 'Who published it.' })
  @Property({ type: 'string', length: 200 })
  publishedBy!: string;
}
