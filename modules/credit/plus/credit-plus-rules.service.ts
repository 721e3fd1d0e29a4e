import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext, PlatformServices } from '../../platform/context';
import { BadUserInputError } from '../../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../../platform/errors/user-error';
import { assertDeskOf } from '../../one-category/chain.access';
import { chainsOf } from '../../one-category/chain-definition';
import { collect } from '../../platform/module';
import type { CreditPlusPlugin, PluginRule } from './credit-plus-plugin';
import { CreditPlusOperator, CreditPlusRuleDraft, CreditPlusRuleSet } from './credit-plus-rule-set.entity';

const OPERATORS: string[] = Object.values(CreditPlusOperator);

/** The plugins the registered modules bring whose chain modules are on, in their declared order. */
export function activePlugins(platform: PlatformServices): CreditPlusPlugin[] {
  const chains = new Set(chainsOf(platform.modules).map((chain) => chain.code));
  return collect(platform.modules, (module) => module.extensions?.creditPlusPlugins).filter((plugin) => chains.has(plugin.chain));
}

export function pluginOf(platform: PlatformServices, chain: string): CreditPlusPlugin {
  const plugin = activePlugins(platform).find((candidate) => candidate.chain === chain);
  if (!plugin) throw new UserErrorsException([userError(['input', 'chain'], UserErrorCode.NOT_FOUND, `No credit+ plugin is active for ${chain}.`)]);
  return plugin;
}

/** The rules in force for a chain: its newest published rule set, or the plugin's defaults as version 0. */
export async function rulesInForce(em: EntityManager, plugin: CreditPlusPlugin): Promise<{ version: number; rules: PluginRule[] }> {
  const latest = await em.findOne(CreditPlusRuleSet, { chain: plugin.chain }, { orderBy: { number: 'DESC' } });
  return latest ? { version: latest.number, rules: latest.rules } : { version: 0, rules: plugin.defaultRules };
}

export interface RuleSetDiff {
  added: string[];
  removed: string[];
  changed: string[];
}

export class CreditPlusRulesService {
  constructor(private readonly context: GraphQLContext) {}

  /** Every problem of a rule set at once: unknown indicators and operators, repeated codes, points out of range. */
  private check(plugin: CreditPlusPlugin, rules: PluginRule[]): void {
    const errors = new UserErrorCollector();
    const indicators = new Set(plugin.indicators.map((indicator) => indicator.code));
    const seen = new Set<string>();
    rules.forEach((rule, index) => {
      const field = (name: string) => ['input', 'rules', String(index), name];
      if (!/^[A-Z][A-Z0-9_]{1,59}$/.test(rule.code))
        errors.add(field('code'), UserErrorCode.INVALID_FORMAT, 'A rule code is upper case, e.g. RESIDUE_ALL_PASSED.');
      else if (seen.has(rule.code)) errors.add(field('code'), UserErrorCode.DUPLICATE, `The rule ${rule.code} appears twice.`);
      seen.add(rule.code);
      if (!rule.description.trim()) errors.add(field('description'), UserErrorCode.BLANK, 'Say what the rule rewards or penalises.');
      if (!indicators.has(rule.indicator))
        errors.add(
          field('indicator'),
          UserErrorCode.NOT_FOUND,
          `The plugin has no indicator ${rule.indicator}; it has ${[...indicators].join(', ')}.`,
        );
      if (!OPERATORS.includes(rule.operator))
        errors.add(field('operator'), UserErrorCode.INVALID_FORMAT, `The operator is one of ${OPERATORS.join(', ')}.`);
      if (!Number.isFinite(rule.threshold)) errors.add(field('threshold'), UserErrorCode.INVALID_FORMAT, 'The threshold is a number.');
      if (!Number.isInteger(rule.points) || Math.abs(rule.points) > 500)
        errors.add(field('points'), UserErrorCode.OUT_OF_RANGE, 'Points lie between -500 and 500.');
    });
    errors.throwIfAny();
  }

  async saveDraft(em: EntityManager, chain: string, rules: PluginRule[]): Promise<CreditPlusRuleDraft> {
    assertDeskOf(this.context.principal, chain);
    const plugin = pluginOf(this.context.platform, chain);
    this.check(plugin, rules);
    const clean = rules.map(({ code, description, indicator, operator, threshold, points }) => ({
      code,
      description: description.trim(),
      indicator,
      operator,
      threshold,
      points,
    }));
    const draft =
      (await em.findOne(CreditPlusRuleDraft, { chain }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ??
      em.create(CreditPlusRuleDraft, { chain, rules: clean });
    draft.rules = clean;
    await em.flush();
    return draft;
  }

  /** Publishes the draft as the next version; the caller recomputes the chain's scores under it. */
  async publish(em: EntityManager, chain: string): Promise<CreditPlusRuleSet> {
    assertDeskOf(this.context.principal, chain);
    const plugin = pluginOf(this.context.platform, chain);
    const draft = await em.findOne(CreditPlusRuleDraft, { chain }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!draft) throw new UserErrorsException([userError(['input', 'chain'], UserErrorCode.EMPTY, 'There is no draft rule set to publish.')]);
    this.check(plugin, draft.rules);
    draft.latestVersion += 1;
    const version = em.create(CreditPlusRuleSet, {
      chain,
      number: draft.latestVersion,
      rules: draft.rules,
      publishedAt: this.context.platform.clock.now(),
      publishedBy: this.context.principal.subject,
    });
    await em.flush();
    return version;
  }

  async diff(em: EntityManager, chain: string, from: number, to: number): Promise<RuleSetDiff> {
    const plugin = pluginOf(this.context.platform, chain);
    const load = async (number: number) => {
      if (number === 0) return plugin.defaultRules;
      const version = await em.findOne(CreditPlusRuleSet, { chain, number });
      if (!version) throw new BadUserInputError(`The ${chain} rules have no version ${number}.`, [number === from ? 'from' : 'to']);
      return version.rules;
    };
    const [before, after] = [await load(from), await load(to)];
    // Stored rules come back from jsonb with their keys reordered, so compare the fields, not the text.
    const byCode = (rules: PluginRule[]) =>
      new Map(
        rules.map((rule) => [rule.code, JSON.stringify([rule.description, rule.indicator, rule.operator, Number(rule.threshold), rule.points])]),
      );
    const [a, b] = [byCode(before), byCode(after)];
    return {
      added: [...b.keys()].filter((code) => !a.has(code)),
      removed: [...a.keys()].filter((code) => !b.has(code)),
      changed: [...b.keys()].filter((code) => a.has(code) && a.get(code) !== b.get(code)),
    };
  }
}
