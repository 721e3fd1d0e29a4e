/**
 * The contract of a credit+ plugin (信用+<chain>): indicators computed in SQL from its chain module's data, and
 * the default rules that turn indicator values into points on top of the public score. A chain's desk replaces
 * the rules with published rule sets; the indicators stay the plugin's.
 */
export interface PluginIndicator {
  code: string;
  description: string;
  /**
   * One row per enterprise that has a value: `enterprise_id`, `value` (numeric) and `evidence` (a jsonb array of
   * {type, id} naming the records it comes from, by their GraphQL type).
   */
  sql: string;
}

export type RuleOperator = 'AT_LEAST' | 'BELOW' | 'EQUALS';

export interface PluginRule {
  code: string;
  description: string;
  indicator: string;
  operator: RuleOperator;
  threshold: number;
  points: number;
}

export interface CreditPlusPlugin {
  /** The chain code, e.g. HUYOU; the plugin is active only while its chain module is on. */
  chain: string;
  name: string;
  indicators: PluginIndicator[];
  defaultRules: PluginRule[];
}

export function defineCreditPlusPlugin(plugin: CreditPlusPlugin): CreditPlusPlugin {
  return plugin;
}

declare module '../../platform/module' {
  interface ModuleExtensions {
    /**
     * Credit+ plugins a module brings, in the order they run (plugins/index.ts registers the product's own). Each
     * starts from the enterprise's score of the nearest earlier plugin that scored it, else the public score.
     */
    creditPlusPlugins: CreditPlusPlugin[];
  }
}
