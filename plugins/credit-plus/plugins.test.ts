import { modules } from '../../modules';
import { collect } from '../../modules/platform/module';
import { chainsOf } from '../../modules/one-category/chain-definition';

describe('the registered credit+ plugins', () => {
  const chains = chainsOf(modules).map((chain) => chain.code);
  const creditPlusPlugins = collect(modules, (module) => module.extensions?.creditPlusPlugins);

  it('score registered chains, at most one plugin each', () => {
    const scored = creditPlusPlugins.map((plugin) => plugin.chain);
    expect(new Set(scored).size).toBe(scored.length);
    for (const chain of scored) expect(chains).toContain(chain);
  });

  it.each(creditPlusPlugins.map((plugin) => [plugin.chain, plugin] as const))(
    '%s: default rules read its own indicators, with unique codes',
    (_chain, plugin) => {
      const indicators = plugin.indicators.map((indicator) => indicator.code);
      expect(new Set(indicators).size).toBe(indicators.length);
      const rules = plugin.defaultRules.map((rule) => rule.code);
      expect(new Set(rules).size).toBe(rules.length);
      for (const rule of plugin.defaultRules) {
        expect(indicators).toContain(rule.indicator);
        expect(Math.abs(rule.points)).toBeLessThanOrEqual(500);
      }
      // Indicator SQL is trusted text, but it must not take parameters of its own: the scoring statement owns them.
      for (const indicator of plugin.indicators) expect(indicator.sql).not.toMatch(/\?/);
    },
  );
});
