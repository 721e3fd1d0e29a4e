import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../platform/clock';
import type { PlatformServices } from '../../platform/context';
import { PUBLIC_RULE_SET } from './public-rules';
import { RETIRE_SQL, recomputeSql } from './public-score.sql';
import { activePlugins, rulesInForce } from '../plus/credit-plus-rules.service';
import { RETIRE_PLUS_SQL, creditPlusStatement } from '../plus/credit-plus-score.sql';

/**
 * Recomputes credit scores in PostgreSQL, for one enterprise after a record changes or for all: the public score
 * first, then every active credit+ plugin's chain score on top of it.
 */
export class CreditScoringService {
  constructor(private readonly platform: PlatformServices) {}

  async recompute(em: EntityManager, enterpriseIds: string[] | null): Promise<void> {
    const on = today(this.platform.clock);
    const ids = enterpriseIds ? `{${enterpriseIds.join(',')}}` : null;
    await this.lock(em);
    await em.execute(RETIRE_SQL, [ids, ids]);
    const parameters = [ids, ids, on, Number(on.slice(0, 4)) - 1, PUBLIC_RULE_SET, this.platform.clock.now().toISOString()];
    await em.execute(recomputeSql(this.platform.config.CREDIT_GRADE_CUTS), parameters);
    await this.recomputePlugins(em, 0, ids);
  }

  /** Rescores a chain's members, and the later plugins built on its scores, e.g. after its desk publishes rules. */
  async recomputeChain(em: EntityManager, chain: string): Promise<void> {
    await this.lock(em);
    await this.recomputePlugins(
      em,
      activePlugins(this.platform).findIndex((plugin) => plugin.chain === chain),
      null,
    );
  }

  /** One recompute at a time: two at once would each retire the old score and both insert a current one. */
  private async lock(em: EntityManager): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', ['credit-score-recompute']);
  }

  /**
   * Runs the active plugins from the given one on, in their declared order: each starts from the score of the
   * nearest earlier plugin that scored the enterprise, so every later plugin must follow. The caller holds the lock.
   */
  private async recomputePlugins(em: EntityManager, from: number, ids: string | null): Promise<void> {
    const plugins = activePlugins(this.platform);
    const order = plugins.map((plugin) => plugin.chain);
    for (const plugin of plugins.slice(from)) {
      const { version, rules } = await rulesInForce(em, plugin);
      await em.execute(RETIRE_PLUS_SQL, [plugin.chain, ids, ids]);
      const { sql, parameters } = creditPlusStatement(plugin, this.platform.config.CREDIT_GRADE_CUTS, {
        today: today(this.platform.clock),
        chain: plugin.chain,
        ids,
        rules,
        earlier: `{${order.slice(0, order.indexOf(plugin.chain)).join(',')}}`,
        version,
        computedAt: this.platform.clock.now().toISOString(),
      });
      await em.execute(sql, parameters);
    }
  }
}
