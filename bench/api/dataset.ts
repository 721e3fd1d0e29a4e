import { allowLongStatements } from '../../modules/platform/database/statement-timeout';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SingleBar, Presets } from 'cli-progress';
import type { PlatformServices } from '../../modules/platform/context';
import { runSeeds } from '../../modules/platform/database/seed';
import { CreditScoringService } from '../../modules/credit/scoring/scoring.service';
import { chainSql, RECORDS_SQL } from '../data-mix';
import { chainsOf } from '../../modules/one-category/chain-definition';
import { timed } from '../timed';

/**
 * Cases of the realistic density partners read: 1 to 9 per enterprise, submitted between June and October 2026,
 * most completed, with their tasks (one per item of the matter) and reviews of two in five completed cases.
 * Written set-based: the demo seed runs every case through the services, which is right for demo data and far
 * too slow for a hundred thousand cases.
 */
const CASES_SQL = [
  `insert into service_case (id, created_at, updated_at, number, matter_id, enterprise_id, channel, state, submitted_at, submitted_on, due_on,
                             finished_at, finished_on, overdue, submitted_by, submitted_by_role, idempotency_key, version, due_on_provisional)
   with matters as (select array_agg(id order by code) as ids from matter)
   select gen_random_uuid(), now(), now(), 'BENCH-' || lpad((row_number() over ())::text, 8, '0'),
          matters.ids[1 + abs(hashtext(e.id::text || '#' || n)) % array_length(matters.ids, 1)], e.id,
          case when r < 0.7 then 'ONLINE' else 'MOBILE' end,
          case when r < 0.8 then 'COMPLETED' when r < 0.9 then 'IN_PROGRESS' else 'SUBMITTED' end,
          submitted_at, (submitted_at at time zone 'Asia/Shanghai')::date, (submitted_at at time zone 'Asia/Shanghai')::date + 10,
          case when r < 0.8 then submitted_at + interval '5 days' end, case when r < 0.8 then (submitted_at at time zone 'Asia/Shanghai')::date + 5 end,
          r < 0.02, 'bench-enterprise-' || e.uscc, 'ENTERPRISE', 'bench-' || n, 1, false
     from enterprise e
     cross join lateral generate_series(1, 1 + abs(hashtext(e.id::text)) % 9) n
     -- Drawn from hashes of the enterprise and the case's number: random() in a lateral subquery that names neither
     -- is drawn once for every row, and so was every case's channel, state, day and matter before.
     cross join lateral (select (abs(hashtext(e.id::text || '/' || n)) % 10000) / 10000.0 as r,
                                timestamptz '2026-06-01 02:00:00+00' + (abs(hashtext(n || '/' || e.id::text)) % 12960000) * interval '1 second' as submitted_at) draw
     cross join matters
    where e.lifecycle_stage <> 'DEREGISTERED'`,
  `insert into task (id, created_at, updated_at, case_id, item_id, department_id, position, waits_for, state, limit_days, activated_on, due_on,
                     suspended_working_days, finished_at, finished_on, overdue, overdue_with_responsibility, version, due_on_provisional)
   select gen_random_uuid(), now(), now(), c.id, mi.item_id, si.department_id, mi.position, mi.waits_for,
          case when c.state = 'COMPLETED' then 'COMPLETED' when jsonb_array_length(mi.waits_for) > 0 then 'WAITING' else 'SUBMITTED' end,
          si.committed_limit_days,
          case when c.state = 'COMPLETED' or jsonb_array_length(mi.waits_for) = 0 then c.submitted_on end,
          case when c.state = 'COMPLETED' or jsonb_array_length(mi.waits_for) = 0 then c.submitted_on + si.committed_limit_days end,
          0, c.finished_at, c.finished_on, false, false, 1, false
     from service_case c join matter_item mi on mi.matter_id = c.matter_id join service_item si on si.id = mi.item_id
    where c.number like 'BENCH-%'`,
  `insert into review (id, created_at, updated_at, case_id, department_id, level, score, online, ratings, comment, unprompted, reviewed_at)
   select gen_random_uuid(), now(), now(), c.id, t.department_id, 'VERY_SATISFIED', 5, true, '[]'::jsonb, null, random() < 0.25, c.finished_at
     from service_case c join task t on t.case_id = c.id and t.position = 1
    where c.number like 'BENCH-%' and c.state = 'COMPLETED' and random() < 0.4`,
];

export interface DatasetFigures {
  enterprises: number;
  cases: number;
  tasks: number;
  creditRecords: number;
  chainMemberships: number;
}

async function count(em: EntityManager, sql: string): Promise<number> {
  return Number((await em.execute<Array<{ n: string }>>(sql))[0].n);
}

/**
 * A data set is built for one size and reused while the size stays; another size starts from an empty database,
 * so that every enterprise has cases and records in the same proportions.
 */
export async function resetUnlessSized(services: PlatformServices, enterprises: number): Promise<void> {
  const em = services.orm.em.fork() as EntityManager;
  await em.execute('create table if not exists bench_dataset (enterprises integer not null)');
  const [marker] = await em.execute<Array<{ enterprises: number }>>('select enterprises from bench_dataset');
  if (marker?.enterprises === enterprises) return;
  if (marker || (await count(em, `select count(*) as n from information_schema.tables where table_name = 'enterprise'`)) > 0) {
    process.stdout.write(`the bench database holds another data set: starting from an empty database for ${enterprises} enterprises\n`);
    await em.execute('drop schema public cascade; create schema public; drop schema if exists pgboss cascade');
    await em.execute('create table bench_dataset (enterprises integer not null)');
  }
}

/**
 * Brings the bench database to `enterprises` enterprises with cases, tasks, reviews, credit records and scores,
 * and chain members with their records, in proportion. A database already at that size is reused as it is.
 */
export async function ensureDataset(services: PlatformServices, enterprises: number): Promise<DatasetFigures> {
  const em = services.orm.em.fork() as EntityManager;
  const existing = await count(em, 'select count(*) as n from enterprise');
  if (existing < enterprises) {
    const bar = new SingleBar({ format: 'seeding enterprises |{bar}| {value}/{total} | {eta_formatted} left' }, Presets.shades_classic);
    bar.start(enterprises, existing);
    await runSeeds(services, { enterprises, seed: 1, onProgress: (done) => bar.update(done) }, ['enterprise']);
    bar.stop();
  }
  if ((await count(em, `select count(*) as n from service_case where number like 'BENCH-%'`)) === 0) {
    // All or nothing, so a failed run leaves no half-written mix behind for the next one to reuse.
    await timed('writing cases, tasks, reviews, credit and chain records', () =>
      em.transactional(async (transaction) => {
        for (const statement of [...CASES_SQL, ...RECORDS_SQL, ...chainSql(chainsOf(services.modules))]) await transaction.execute(statement);
      }),
    );
    await timed('computing credit scores', () =>
      em.transactional(async (transaction) => {
        await allowLongStatements(transaction as EntityManager, 0);
        await new CreditScoringService(services).recompute(transaction as EntityManager, null);
      }),
    );
    await em.execute('delete from bench_dataset');
    await em.execute('insert into bench_dataset (enterprises) values (?)', [enterprises]);
    await em.execute('analyze');
  }
  return {
    enterprises: await count(em, 'select count(*) as n from enterprise'),
    cases: await count(em, 'select count(*) as n from service_case'),
    tasks: await count(em, 'select count(*) as n from task'),
    creditRecords: await count(
      em,
      `select (select count(*) from credit_annual_report) + (select count(*) from credit_tax_rating) + (select count(*) from credit_penalty)
            + (select count(*) from credit_abnormal_entry) + (select count(*) from credit_honour) as n`,
    ),
    chainMemberships: await count(em, 'select count(*) as n from chain_membership'),
  };
}
