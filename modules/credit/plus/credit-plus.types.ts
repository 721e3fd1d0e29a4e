import type { EntityManager } from '@mikro-orm/postgresql';
import { Extensions, Field, ObjectType } from 'type-graphql';
import { keyedBy } from '../../platform/cli/client-policies';
import { ChainCode } from '../../one-category/chain-code';
import type { CreditPlusPlugin, PluginRule } from './credit-plus-plugin';
import { rulesInForce } from './credit-plus-rules.service';

@ObjectType({ description: 'An indicator a credit+ plugin computes from its chain’s data.' })
export class CreditPlusIndicator {
  @Field(() => String, { description: 'Code the rules refer to.' })
  code!: string;

  @Field(() => String, { description: 'What it measures.' })
  description!: string;
}

@Extensions(keyedBy('chain'))
@ObjectType({ description: 'A chain’s credit+ plugin with its rules: in force, in draft and published before.' })
export class CreditPlusRules {
  private inForce?: Promise<{ version: number; rules: PluginRule[] }>;

  constructor(readonly plugin: CreditPlusPlugin) {}

  /** The rules in force, read once however many of its fields the query selects. */
  rulesInForce(em: EntityManager): Promise<{ version: number; rules: PluginRule[] }> {
    this.inForce ??= rulesInForce(em, this.plugin);
    return this.inForce;
  }

  @Field(() => ChainCode, { description: 'The chain.' })
  chain(): string {
    return this.plugin.chain;
  }

  @Field(() => String, { description: 'Name of the plugin: 信用+ and the chain’s name.' })
  name(): string {
    return this.plugin.name;
  }

  @Field(() => [CreditPlusIndicator], { description: 'The indicators the rules may read.' })
  indicators(): CreditPlusIndicator[] {
    return this.plugin.indicators.map(({ code, description }) => ({ code, description }));
  }
}

@ObjectType({ description: 'What changed between two versions of a chain’s credit+ rules, by rule code.' })
export class CreditPlusRulesDiff {
  @Field(() => [String], { description: 'Rules only in the later version.' })
  added!: string[];

  @Field(() => [String], { description: 'Rules only in the earlier version.' })
  removed!: string[];

  @Field(() => [String], { description: 'Rules in both whose indicator, operator, threshold, points or description changed.' })
  changed!: string[];
}
