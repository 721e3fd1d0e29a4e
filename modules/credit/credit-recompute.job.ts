import { allowLongStatements } from '../platform/database/statement-timeout';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobDefinition } from '../platform/jobs/job-definition';
import { CreditScoringService } from './scoring/scoring.service';

/** Publicity windows end with time: every night every score is recomputed in one set-based pass. */
export const creditRecomputeJob: JobDefinition = {
  name: 'credit.recompute-scores',
  description: 'Recomputes every enterprise’s public credit score.',
  schedule: '0 3 * * *',
  async handler(platform) {
    const started = Date.now();
    await platform.orm.em.fork().transactional(async (em) => {
      await allowLongStatements(em as EntityManager, platform.config.DATABASE_LONG_STATEMENT_TIMEOUT_MS);
      await new CreditScoringService(platform).recompute(em as EntityManager, null);
    });
    return { milliseconds: Date.now() - started };
  },
};
