import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../platform/clock';
import type { PlatformServices } from '../../platform/context';
import { PUBLIC_RULE_SET } from './public-rules';
import { RETIRE_SQL, recomputeSql } from './public-score.sql';

/** Recomputes public credit scores in PostgreSQL: for one enterprise after a record changes, or for all. */
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
  }
}
