/**
 * Times a full recompute of the credit scores (the public score, then every chain's credit+ score) over a
 * realistic record mix, beside the public arithmetic written directly as one SQL aggregate (no explanation, no
 * history, no plugins): the price of explainability, history and the chain plugins.
 *
 *   npm run bench -- --enterprises 100000
 *
 * Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in .data/bench-postgres (a database of its own).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { bootServices, migrateAndLoadReferenceData } from '../modules/platform/server/start';
import { runSeeds } from '../modules/platform/database/seed';
import { CreditScoringService } from '../modules/credit/scoring/scoring.service';

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

/** A realistic mix, written set-based: most file on time and hold a tax level, a few are penalised or listed. */
const RECORDS_SQL = [
  `insert into credit_annual_report (id, created_at, updated_at, enterprise_id, year, status, filed_on)
   select gen_random_uuid(), now(), now(), id, 2025, case when r < 0.9 then 'ON_TIME' when r < 0.97 then 'LATE' else 'MISSING' end,
          case when r < 0.97 then date '2025-05-20' end
     from (select id, random() as r from enterprise) e on conflict do nothing`,
  `insert into credit_tax_rating (id, created_at, updated_at, enterprise_id, year, level)
   select gen_random_uuid(), now(), now(), id, 2025, (array['A','B','B','M','C','D'])[1 + floor(random() * 6)::int] from enterprise on conflict do nothing`,
  `insert into credit_penalty (id, created_at, updated_at, enterprise_id, decision_number, department_code, severity, sector, decided_on, amount, publicity_ends_on)
   select gen_random_uuid(), now(), now(), id, 'BENCH-' || id, 'market-regulation', case when random() < 0.8 then 'GENERAL' else 'SERIOUS' end,
          'GENERAL', date '2026-03-01', 5000, date '2028-03-01'
     from enterprise where random() < 0.06 on conflict do nothing`,
  `insert into credit_abnormal_entry (id, created_at, updated_at, enterprise_id, reason, listed_on)
   select gen_random_uuid(), now(), now(), id, 'UNREACHABLE_AT_ADDRESS', date '2026-02-01' from enterprise where random() < 0.03`,
  `insert into credit_honour (id, created_at, updated_at, enterprise_id, level, title, awarded_on)
   select gen_random_uuid(), now(), now(), id, 'NATIONAL', '守合同重信用企业', date '2025-12-01' from enterprise where random() < 0.04`,
];

/**
 * Chain members and chain records for the credit+ plugins: three in ten enterprises are in a chain, one in
 * twenty of those in a second (chip after huyou, so the chip plugin builds on the huyou result).
 */
const CHAIN_SQL = [
  `insert into chain_membership (id, created_at, updated_at, enterprise_id, chain, node, joined_at, joined_by)
   select gen_random_uuid(), now(), now(), id, (array['HUYOU','CAMELLIA_OIL','CHIP','STONE','PAPER'])[b], (array['PLANTING','PLANTING','RESEARCH','EXTRACTION','PULPING'])[b], now(), 'bench'
     from (select id, 1 + floor(random() * 5)::int as b from enterprise where random() < 0.3) e`,
  `insert into chain_membership (id, created_at, updated_at, enterprise_id, chain, node, joined_at, joined_by)
   select gen_random_uuid(), now(), now(), enterprise_id, 'CHIP', 'RESEARCH', now(), 'bench' from chain_membership where chain = 'HUYOU' and random() < 0.05`,
  `insert into huyou_orchard (id, created_at, updated_at, enterprise_id, name, area_mu, certifications)
   select gen_random_uuid(), now(), now(), enterprise_id, '胡柚基地', 100, case when random() < 0.5 then '["GAP"]'::jsonb else '[]'::jsonb end from chain_membership where chain = 'HUYOU'`,
  `insert into huyou_residue_test (id, created_at, updated_at, orchard_id, sampled_on, passed, remark)
   select gen_random_uuid(), now(), now(), o.id, date '2026-09-01' + n, random() < 0.95, '' from huyou_orchard o, generate_series(0, 3) n`,
  `insert into camellia_quality_sample (id, created_at, updated_at, enterprise_id, sampled_on, product, passed, traceability_code)
   select gen_random_uuid(), now(), now(), enterprise_id, date '2026-08-01' + n, '山茶油', random() < 0.93, case when random() < 0.8 then 'T-' || n end
     from chain_membership, generate_series(0, 2) n where chain = 'CAMELLIA_OIL'`,
  `insert into chip_rd_spending (id, created_at, updated_at, enterprise_id, year, amount, revenue)
   select gen_random_uuid(), now(), now(), enterprise_id, 2025, round((random() * 0.12 * 100000000)::numeric, 2), 100000000 from chain_membership where chain = 'CHIP'`,
  `insert into stone_safety_incident (id, created_at, updated_at, enterprise_id, occurred_on, severity, casualties)
   select gen_random_uuid(), now(), now(), enterprise_id, date '2025-06-01', case when random() < 0.8 then 'GENERAL' else 'SERIOUS' end, 0
     from chain_membership where chain = 'STONE' and random() < 0.1`,
  `insert into paper_discharge_permit (id, created_at, updated_at, enterprise_id, permit_number, valid_until)
   select gen_random_uuid(), now(), now(), enterprise_id, 'B' || substr(md5(cast(enterprise_id as text)), 1, 20), case when random() < 0.95 then date '2029-12-31' else date '2025-12-31' end
     from chain_membership where chain = 'PAPER'`,
  `insert into paper_emission_exceedance (id, created_at, updated_at, enterprise_id, occurred_on, pollutant, multiple_of_limit)
   select gen_random_uuid(), now(), now(), enterprise_id, date '2026-07-01', 'COD', 1.4 from chain_membership where chain = 'PAPER' and random() < 0.15`,
];

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  const result = await work();
  process.stdout.write(`${label.padEnd(52)} ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0).padStart(8)} ms\n`);
  return result;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { enterprises: { type: 'string', default: '100000' } } });
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
          for (const statement of [...RECORDS_SQL, ...CHAIN_SQL]) await transaction.execute(statement);
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
        em.transactional((transaction) => new CreditScoringService(services).recompute(transaction as EntityManager, null)),
      );
      await timed(`round ${round}: the same arithmetic written directly in SQL`, () => em.execute(`select sum(score), count(*) from (${DIRECT_SQL}) scores`));
    }
  } finally {
    await services.orm.close(true);
    await database.embedded?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
