import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../platform/clock';
import type { PlatformServices } from '../../platform/context';
import { PUBLIC_RULE_SET } from './public-rules';
import { RETIRE_SQL, recomputeSql } from './public-score.sql';
import { activePlugins, rulesInForce } from '../plus/credit-plus-rules.service';
import { RETIRE_PLUS_SQL, creditPlusSql } from '../plus/credit-plus-score.sql';

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
    for (const plugin of activePlugins(this.platform)) await this.recomputePlus(em, plugin.chain, ids);
  }

  /** One chain's credit+ scores under its rules in force; the caller holds the recompute lock. */
  private async recomputePlus(em: EntityManager, chain: string, ids: string | null): Promise<void> {
    const plugin = activePlugins(this.platform).find((candidate) => candidate.chain === chain)!;
    const { version, rules } = await rulesInForce(em, plugin);
    await em.execute(RETIRE_PLUS_SQL, [chain, ids, ids]);
    const parameters = [chain, ids, ids, JSON.stringify(rules), chain, version, this.platform.clock.now().toISOString()];
    await em.execute(creditPlusSql(plugin, this.platform.config.CREDIT_GRADE_CUTS), parameters);
  }

  /** Recomputes one chain's credit+ scores for every member, e.g. after its desk publishes new rules. */
  async recomputeChain(em: EntityManager, chain: string): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', ['credit-score-recompute']);
    await this.recomputePlus(em, chain, null);
  }
}
