import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../../platform/context';
import { Role } from '../../platform/auth/principal';
import { runMutation } from '../../platform/errors/mutation';
import { requestLoader } from '../../platform/relay/request-loader';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { ENTERPRISE_READERS } from '../../enterprise/enterprise.access';
import { ChainCode } from '../../one-category/chain-code';
import { isDeskOf } from '../../one-category/chain.access';
import { EXPLANATION_READERS, assertHistoryReadable, readableExplanation } from '../scoring/credit-score.access';
import { ScoreExplanationLine } from '../scoring/credit-score.types';
import { CreditScoringService } from '../scoring/scoring.service';
import type { PluginRule } from './credit-plus-plugin';
import { CreditPlusRuleDraft, CreditPlusRuleSet, CreditPlusRuleType } from './credit-plus-rule-set.entity';
import { CreditPlusScore } from './credit-plus-score.entity';
import { CreditPlusRulesService, activePlugins, pluginOf } from './credit-plus-rules.service';
import {
  CreditPlusRulesDraftSaveInput,
  CreditPlusRulesDraftSavePayload,
  CreditPlusRulesPublishInput,
  CreditPlusRulesPublishPayload,
} from './credit-plus.inputs';
import { CreditPlusRules, CreditPlusRulesDiff } from './credit-plus.types';

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
