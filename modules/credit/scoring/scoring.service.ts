import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../platform/clock';
import type { PlatformServices } from '../../platform/context';
import { PUBLIC_RULE_SET } from './public-rules';
import { RETIRE_SQL, recomputeSql } from './public-score.sql';
import { activePlugins, rulesInForce } from '../plus/credit-plus-rules.service';
import { RETIRE_PLUS_SQL, creditPlusSql } from '../plus/credit-plus-score.sql';
import type { CreditPlusPlugin } from '../plus/credit-plus-plugin';

/**
 * Recomputes credit scores in PostgreSQL, for one enterprise after a record changes or for all: the public score
 * first, then every active credit+ plugin's chain score on top of it.
 */
export class CreditScoringService {
  constructor(private readonly platform: PlatformServices) {}

  async recompute(em: EntityManager, enterpriseIds: string[] | null): Promise<void> {
    const on = today(this.platform.clock);
    const ids = enterpriseIds ? `{${enterpriseIds.join(',')}}` : null;
    // One recompute at a time: two at once would each retire the old score and both insert a current one.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', ['credit-score-recompute']);
    await em.execute(RETIRE_SQL, [ids, ids]);
    const parameters = [ids, ids, on, Number(on.slice(0, 4)) - 1, PUBLIC_RULE_SET, this.platform.clock.now().toISOString()];
    await em.execute(recomputeSql(this.platform.config.CREDIT_GRADE_CUTS), parameters);
    await this.recomputePlugins(em, activePlugins(this.platform), ids);
  }

  /**
   * Runs the given plugins in their declared order: each starts from the score of the nearest earlier plugin
   * that scored the enterprise, so the caller holds the recompute lock and passes every plugin from one on.
   */
  private async recomputePlugins(em: EntityManager, plugins: CreditPlusPlugin[], ids: string | null): Promise<void> {
    const order = activePlugins(this.platform).map((plugin) => plugin.chain);
    for (const plugin of plugins) {
      const earlier = `{${order.slice(0, order.indexOf(plugin.chain)).join(',')}}`;
      const { version, rules } = await rulesInForce(em, plugin);
      await em.execute(RETIRE_PLUS_SQL, [plugin.chain, ids, ids]);
      const parameters = [today(this.platform.clock), plugin.chain, ids, ids, JSON.stringify(rules), earlier, earlier, plugin.chain, version, this.platform.clock.now().toISOString()];
      await em.execute(creditPlusSql(plugin, this.platform.config.CREDIT_GRADE_CUTS), parameters);
    }
  }

  /** Rescores a chain's members, and the later plugins built on its scores, e.g. after its desk publishes rules. */
  async recomputeChain(em: EntityManager, chain: string): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', ['credit-score-recompute']);
    const plugins = activePlugins(this.platform);
    await this.recomputePlugins(em, plugins.slice(plugins.findIndex((plugin) => plugin.chain === chain)), null);
  }
}
