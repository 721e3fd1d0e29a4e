import type { PolicyFactDefinition } from '../../policies/policy-facts';
import type { CreditPlusPlugin } from './credit-plus-plugin';

/** `CAMELLIA_OIL` → `camelliaOil`: a chain's code as a segment of a fact's code. */
function segmentOf(chain: string): string {
  return chain.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Each credit+ plugin's score and grade in its chain, as facts: creditPlus.<chain>.score and .grade. */
export function creditPlusPolicyFacts(plugins: CreditPlusPlugin[]): PolicyFactDefinition[] {
  return plugins.flatMap((plugin) => {
    const chain = plugin.chain.replace(/'/g, '');
    return [
      {
        code: `creditPlus.${segmentOf(chain)}.score`,
        type: 'NUMBER' as const,
        description: `Its current ${plugin.name} score in the ${chain} chain.`,
        sql: `select enterprise_id, score::float8 as value from credit_plus_score where chain = '${chain}' and current`,
      },
      {
        code: `creditPlus.${segmentOf(chain)}.grade`,
        type: 'TEXT' as const,
        description: `Its current ${plugin.name} grade in the ${chain} chain: EXCELLENT, GOOD, FAIR or POOR.`,
        sql: `select enterprise_id, grade as value from credit_plus_score where chain = '${chain}' and current`,
      },
    ];
  });
}
