import { allowLongStatements } from '../modules/platform/database/statement-timeout';
/**
 * Times a full recompute of the credit scores (the public score, then every chain's credit+ score) over a
 * realistic record mix, beside the public arithmetic written directly as one SQL aggregate (no explanation, no
 * history, no plugins): the price of explainability, history and the chain plugins.
 *
 *   npm run bench -- credit --enterprises 100000
 *
 * Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in .data/bench-postgres (a database of its own).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bootServices, migrateAndLoadReferenceData } from '../modules/platform/server/start';
import { runSeeds } from '../modules/platform/database/seed';
import { CreditScoringService } from '../modules/credit/scoring/scoring.service';
import { chainSql, RECORDS_SQL } from './data-mix';
import { chainsOf } from '../modules/one-category/chain-definition';
import { timed } from './timed';

const DIRECT_SQL = `
  select e.id, greatest(0, least(1000, 700
    - 40 * (select count(*) from credit_penalty p where p.enterprise_id = e.id and p.severity = 'GENERAL' and p.repaired_on is null and p.publicity_ends_on >= current_date)
    - 120 * (select count(*) from credit_penalty p where p.enterprise_id = e.id and p.severity = 'SERIOUS' and p.repaired_on is null and p.publicity_ends_on >= current_date)
    - 100 * (select count(*) from credit_abnormal_entry a where a.enterprise_id = e.id and a.removed_on is null)
    + coalesce((select case r.status when 'ON_TIME' then 10 when 'LATE' then -15 else -50 end from credit_annual_report r where r.enterprise_id = e.id and r.year = 2025), 0)
    + coalesce((select case t.level when 'A' then 60 when 'B' then 30 when 'C' then -40 when 'D' then -120 else 0 end
                  from credit_tax_rating t where t.enterprise_id = e.id order by t.year desc limit 1), 0)
    + least(100, 50 * (select count(*) from credit_honour h where h.enterprise_id = e.id and h.level = 'NATIONAL'))
  )) as score
  from enterprise e`;

export async function runCreditBench(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { enterprises: { type: 'string', default: '100000' } } });
  const enterprises = Number(values.enterprises);
  const env = { ...process.env, EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? '.data/bench-postgres', LOG_LEVEL: 'warn', JOBS_ENABLED: 'false' };
  const { services, database } = await bootServices({ env });
  try {
    await migrateAndLoadReferenceData(services);
    const em = services.orm.em.fork() as EntityManager;
    const existing = Number((await em.execute<Array<{ n: string }>>('select count(*) as n from enterprise'))[0].n);
    if (existing < enterprises) await timed(`seeding ${enterprises} enterprises`, () => runSeeds(services, { enterprises, seed: 1 }, ['enterprise']));
    const written = Number((await em.execute<Array<{ n: string }>>('select count(*) as n from credit_annual_report'))[0].n);
    if (written === 0) {
      // All or nothing, so a failed run leaves no half-written mix behind for the next one to reuse.
      await timed('writing the credit and chain records', () =>
        em.transactional(async (transaction) => {
          await allowLongStatements(transaction as EntityManager, 0);
          for (const statement of [...RECORDS_SQL, ...chainSql(chainsOf(services.modules))]) await transaction.execute(statement);
        }),
      );
    }
    const records = await em.execute<Array<{ n: string }>>(
      `select (select count(*) from credit_annual_report) + (select count(*) from credit_tax_rating) + (select count(*) from credit_penalty)
            + (select count(*) from credit_abnormal_entry) + (select count(*) from credit_honour) as n`,
    );
    const members = await em.execute<Array<{ n: string }>>('select count(*) as n from chain_membership');
    process.stdout.write(`enterprises: ${Math.max(existing, enterprises)}, credit records: ${records[0].n}, chain memberships: ${members[0].n}\n`);
    await em.execute('analyze');
    for (let round = 1; round <= 3; round++) {
      await timed(`round ${round}: platform recompute (public + 5 credit+ plugins)`, () =>
        em.transactional(async (transaction) => {
          await allowLongStatements(transaction as EntityManager, 0);
          await new CreditScoringService(services).recompute(transaction as EntityManager, null);
        }),
      );
      await timed(`round ${round}: the same arithmetic written directly in SQL`, () =>
        em.execute(`select sum(score), count(*) from (${DIRECT_SQL}) scores`),
      );
    }
  } finally {
    await services.orm.close(true);
    await database.embedded?.stop();
  }
}
