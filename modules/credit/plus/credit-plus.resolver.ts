import {
  Arg,
  Authorized,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  Float,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { keyedBy } from '../../platform/cli/client-policies';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../../platform/context';
import { Role } from '../../platform/auth/principal';
import { MutationPayload, runMutation } from '../../platform/errors/mutation';
import { requestLoader } from '../../platform/relay/request-loader';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { ENTERPRISE_READERS } from '../../enterprise/enterprise.access';
import { ChainCode } from '../../one-category/chain-code';
import { isDeskOf } from '../../one-category/chain.access';
import { EXPLANATION_READERS, ScoreExplanationLine, assertHistoryReadable, readableExplanation } from '../scoring/credit-score.resolver';
import { CreditScoringService } from '../scoring/scoring.service';
import type { CreditPlusPlugin, PluginRule, RuleOperator } from './credit-plus-plugin';
import { CreditPlusOperator, CreditPlusRuleDraft, CreditPlusRuleSet, CreditPlusRuleType } from './credit-plus-rule-set.entity';
import { CreditPlusScore } from './credit-plus-score.entity';
import { CreditPlusRulesService, activePlugins, pluginOf, rulesInForce } from './credit-plus-rules.service';

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
  threshold!: number;

  @Field(() => Int, { description: 'Points when the rule holds, from -500 to 500.' })
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

@ObjectType({ description: 'What changed between two versions of a chain’s credit+ rules, by rule code.' })
export class CreditPlusRulesDiff {
  @Field(() => [String], { description: 'Rules only in the later version.' })
  added!: string[];

  @Field(() => [String], { description: 'Rules only in the earlier version.' })
  removed!: string[];

  @Field(() => [String], { description: 'Rules in both whose indicator, operator, threshold, points or description changed.' })
  changed!: string[];
}

@Resolver(() => CreditPlusRules)
export class CreditPlusRulesResolver {
  @Query(() => CreditPlusRules, { description: 'A chain’s credit+ plugin and its rules; the rules are public so every score can be checked.' })
  creditPlusRules(@Arg('chain', () => ChainCode, { description: 'The chain.' }) chain: string, @Ctx() context: GraphQLContext): CreditPlusRules {
    return new CreditPlusRules(pluginOf(context.platform, chain));
  }

  @Query(() => CreditPlusRulesDiff, {
    description: 'What changed between two versions of a chain’s credit+ rules; version 0 is the plugin’s defaults.',
  })
  creditPlusRulesDiff(
    @Arg('chain', () => ChainCode, { description: 'The chain.' }) chain: string,
    @Arg('from', () => Int, { description: 'The earlier version.' }) from: number,
    @Arg('to', () => Int, { description: 'The later version.' }) to: number,
    @Ctx() context: GraphQLContext,
  ): Promise<CreditPlusRulesDiff> {
    return new CreditPlusRulesService(context).diff(context.em as EntityManager, chain, from, to);
  }

  @FieldResolver(() => Int, { description: 'Version of the rules in force; 0 while the plugin’s defaults apply.' })
  async versionInForce(@Root() rules: CreditPlusRules, @Ctx() context: GraphQLContext): Promise<number> {
    return (await rules.rulesInForce(context.em as EntityManager)).version;
  }

  @FieldResolver(() => [CreditPlusRuleType], { description: 'The rules in force.' })
  async rulesInForce(@Root() rules: CreditPlusRules, @Ctx() context: GraphQLContext): Promise<PluginRule[]> {
    return (await rules.rulesInForce(context.em as EntityManager)).rules;
  }

  @FieldResolver(() => [CreditPlusRuleType], {
    nullable: true,
    description: 'The desk’s unpublished draft; null when there is none or the reader is not the chain’s desk.',
  })
  async draft(@Root() rules: CreditPlusRules, @Ctx() context: GraphQLContext): Promise<PluginRule[] | null> {
    if (!isDeskOf(context.principal, rules.plugin.chain)) return null;
    return (await context.em.findOne(CreditPlusRuleDraft, { chain: rules.plugin.chain }))?.rules ?? null;
  }

  @FieldResolver(() => [CreditPlusRuleSet], { description: 'Every published version, newest first.' })
  versions(@Root() rules: CreditPlusRules, @Ctx() context: GraphQLContext): Promise<CreditPlusRuleSet[]> {
    return context.em.find(CreditPlusRuleSet, { chain: rules.plugin.chain }, { orderBy: { number: 'DESC' } });
  }

  @Authorized(Role.DESK, Role.ADMIN)
  @Mutation(() => CreditPlusRulesDraftSavePayload, { description: 'Saves the whole draft of a chain’s credit+ rules (the chain’s DESK, or ADMIN).' })
  creditPlusRulesDraftSave(
    @Arg('input', () => CreditPlusRulesDraftSaveInput, { description: 'The draft.' }) input: CreditPlusRulesDraftSaveInput,
    @Ctx() context: GraphQLContext,
  ) {
    return runMutation(context, CreditPlusRulesDraftSavePayload, async (em) => {
      await new CreditPlusRulesService(context).saveDraft(em, input.chain, input.rules);
      return { creditPlus: new CreditPlusRules(pluginOf(context.platform, input.chain)) };
    });
  }

  @Authorized(Role.DESK, Role.ADMIN)
  @Mutation(() => CreditPlusRulesPublishPayload, {
    description: 'Publishes the draft as the next version and rescores the chain’s members under it, in one transaction.',
  })
  creditPlusRulesPublish(
    @Arg('input', () => CreditPlusRulesPublishInput, { description: 'The chain.' }) input: CreditPlusRulesPublishInput,
    @Ctx() context: GraphQLContext,
  ) {
    return runMutation(context, CreditPlusRulesPublishPayload, async (em) => {
      const ruleSet = await new CreditPlusRulesService(context).publish(em, input.chain);
      await new CreditScoringService(context.platform).recomputeChain(em, input.chain);
      return { ruleSet, rescored: await em.count(CreditPlusScore, { chain: input.chain, current: true }) };
    });
  }
}

@Resolver(() => Enterprise)
export class EnterpriseCreditPlusResolver {
  @Authorized(...ENTERPRISE_READERS)
  @FieldResolver(() => [CreditPlusScore], {
    description: 'The current credit+ score in each chain the enterprise belongs to whose plugin is on, in the plugins’ order.',
  })
  async creditPlusScores(@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext): Promise<CreditPlusScore[]> {
    const order = activePlugins(context.platform).map((plugin) => plugin.chain);
    const loader = requestLoader<CreditPlusScore[]>(context, 'currentCreditPlusScores', async (ids) => {
      const rows = await context.em.find(CreditPlusScore, { enterprise: { $in: [...ids] }, current: true, chain: { $in: order } });
      rows.sort((a, b) => order.indexOf(a.chain) - order.indexOf(b.chain));
      return ids.map((id) => rows.filter((row) => row.enterprise.id === id));
    });
    return (await loader.load(enterprise.id)) ?? [];
  }

  @Authorized(...EXPLANATION_READERS, Role.ENTERPRISE, Role.PARTNER)
  @FieldResolver(() => [CreditPlusScore], {
    description: 'Every computed credit+ score in one chain, newest first; a partner reads it under the enterprise’s authorization, logged.',
  })
  async creditPlusScoreHistory(
    @Root() enterprise: Enterprise,
    @Arg('chain', () => ChainCode, { description: 'The chain.' }) chain: string,
    @Ctx() context: GraphQLContext,
  ): Promise<CreditPlusScore[]> {
    await assertHistoryReadable(context, enterprise, 'creditPlusScoreHistory');
    const loader = requestLoader<CreditPlusScore[]>(context, `creditPlusScoreHistory:${chain}`, async (ids) => {
      const rows = await context.em.find(
        CreditPlusScore,
        { enterprise: { $in: [...ids] }, chain },
        { orderBy: { computedAt: 'DESC', createdAt: 'DESC', id: 'ASC' } },
      );
      return ids.map((id) => rows.filter((row) => row.enterprise.id === id));
    });
    return (await loader.load(enterprise.id)) ?? [];
  }
}

@Resolver(() => CreditPlusScore)
export class CreditPlusScoreResolver {
  @FieldResolver(() => [ScoreExplanationLine], {
    nullable: true,
    description:
      'Every chain rule that moved the score, with its records. A partner reads it under the enterprise’s authorization, and the read is logged. Null, with an error on this field only, when the caller may not read it.',
  })
  explanation(@Root() score: CreditPlusScore, @Ctx() context: GraphQLContext): Promise<ScoreExplanationLine[]> {
    return readableExplanation(context, score, 'creditPlusScore.explanation');
  }
}
