/**
 * Times reports over a million cases through the graph (casesReport over HTTP, as a data team's client asks) beside
 * the same aggregates written by hand as SQL and sent straight to PostgreSQL, in the same run. Target: within 1.2×.
 *
 *   npm run bench -- reports [--cases 1000000] [--enterprises 20000] [--rounds 5]
 *
 * Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in .data/bench-reports-postgres (its own database).
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../modules/platform/auth/principal';
import { runSeeds } from '../modules/platform/database/seed';
import { allowLongStatements } from '../modules/platform/database/statement-timeout';
import { startPlatform } from '../modules/platform/server/start';
import { timed } from './timed';

/** Cases spread over the enterprises and over a year, channels and states in realistic shares; written set-based. */
const CASES_SQL = `
  insert into service_case (id, created_at, updated_at, number, matter_id, enterprise_id, channel, state, submitted_at, submitted_on, due_on,
                            finished_at, finished_on, overdue, submitted_by, submitted_by_role, idempotency_key, version, due_on_provisional)
  with matters as (select array_agg(id order by code) as ids from matter)
  select gen_random_uuid(), now(), now(), 'REPORT-' || lpad(e.rank::text, 7, '0') || '-' || n,
         matters.ids[1 + abs(hashtext(e.id::text || '#' || n)) % array_length(matters.ids, 1)], e.id,
         case when r < 0.6 then 'ONLINE' when r < 0.8 then 'MOBILE' when r < 0.95 then 'WINDOW' else 'SELF_SERVICE' end,
         case when r < 0.85 then 'COMPLETED' when r < 0.92 then 'IN_PROGRESS' else 'REJECTED' end,
         submitted_at, (submitted_at at time zone 'Asia/Shanghai')::date, (submitted_at at time zone 'Asia/Shanghai')::date + 10,
         case when r < 0.85 then submitted_at + (1 + (n % 9)) * interval '1 day' end,
         case when r < 0.85 then ((submitted_at + (1 + (n % 9)) * interval '1 day') at time zone 'Asia/Shanghai')::date end,
         r < 0.03, 'bench-report', 'ENTERPRISE', 'report-' || e.rank || '-' || n, 1, false
    from (select id, row_number() over (order by id) as rank from enterprise) e
    cross join lateral generate_series(1, ?::int) n
    -- Drawn from hashes of the enterprise and the case's number: random() in a lateral subquery that names neither
    -- would be drawn once for every row.
    cross join lateral (select (abs(hashtext(e.id::text || '/' || n)) % 10000) / 10000.0 as r,
                               timestamptz '2025-12-01 00:00:00+00' + (abs(hashtext(n || '/' || e.id::text)) % 31536000) * interval '1 second' as submitted_at) draw
    cross join matters
   where e.rank <= ?`;

interface Scenario {
  name: string;
  variables: Record<string, unknown>;
  /** The same aggregate by hand: what the report must cost at most 1.2 times. */
  sql: string;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'by matter and month, 3 measures',
    variables: { dimensions: ['MATTER', 'SUBMITTED_MONTH'], measures: ['COUNT', 'ONLINE_RATE', 'ON_TIME_RATE'], totals: false },
    sql: `select mt.code, to_char((c.submitted_at at time zone 'Asia/Shanghai')::date, 'YYYY-MM') as month, count(*)::float8,
                 round(sum(case when c.channel in ('ONLINE', 'MOBILE') then 1 else 0 end)::numeric / nullif(count(*), 0), 4)::float8,
                 round(sum(case when c.state = 'COMPLETED' and not c.overdue then 1 else 0 end)::numeric
                       / nullif(sum(case when c.state = 'COMPLETED' then 1 else 0 end), 0), 4)::float8
            from service_case c join matter mt on mt.id = c.matter_id
           group by 1, 2 order by 1, 2 limit 1001`,
  },
  {
    name: 'by region and quarter with the total',
    variables: { dimensions: ['REGION', 'SUBMITTED_QUARTER'], measures: ['COUNT', 'ENTERPRISES'], totals: true },
    sql: `select e.region_code, to_char((c.submitted_at at time zone 'Asia/Shanghai')::date, 'YYYY-"Q"Q') as quarter, count(*)::float8,
                 count(distinct c.enterprise_id)::float8
            from service_case c join enterprise e on e.id = c.enterprise_id
           group by grouping sets ((e.region_code, to_char((c.submitted_at at time zone 'Asia/Shanghai')::date, 'YYYY-"Q"Q')), ())
           order by grouping(e.region_code, to_char((c.submitted_at at time zone 'Asia/Shanghai')::date, 'YYYY-"Q"Q')) desc, 1, 2 limit 1002`,
  },
  {
    name: 'one month, by channel',
    variables: { dimensions: ['CHANNEL'], measures: ['COUNT'], totals: false, filter: { from: '2026-03-01', to: '2026-03-31' } },
    sql: `select c.channel, count(*)::float8 from service_case c
           where (c.submitted_at at time zone 'Asia/Shanghai')::date between '2026-03-01' and '2026-03-31'
           group by 1 order by 1 limit 1001`,
  },
];

const QUERY = `query Bench($dimensions: [CasesDimension!]!, $measures: [CasesMeasure!]!, $filter: CasesReportFilter, $totals: Boolean) {
  casesReport(dimensions: $dimensions, measures: $measures, filter: $filter, totals: $totals) {
    truncated rows { matter region channel submittedMonth submittedQuarter count onlineRate onTimeRate enterprises } totals { count enterprises }
  }
}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function millis<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e6, result];
}

export async function runReportsBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      cases: { type: 'string', default: '1000000' },
      enterprises: { type: 'string', default: '20000' },
      rounds: { type: 'string', default: '5' },
    },
  });
  const wanted = Number(values.cases);
  const enterprises = Number(values.enterprises);
  const rounds = Number(values.rounds);
  const env = {
    ...process.env,
    EMBEDDED_PG_DIR: process.env.EMBEDDED_PG_DIR ?? '.data/bench-reports-postgres',
    NODE_ENV: 'production',
    JWT_SECRET: process.env.JWT_SECRET ?? 'bench-only-secret-bench-only-secret-bench-only',
    LOG_LEVEL: 'warn',
    JOBS_ENABLED: 'false',
    DEMO_SEED: 'false',
    PORT: '0',
    RATE_LIMIT_PER_MINUTE: '0',
    DATABASE_STATEMENT_TIMEOUT_MS: '0',
  };
  const platform = await startPlatform({ env });
  try {
    const { services } = platform;
    const em = services.orm.em.fork() as EntityManager;
    await allowLongStatements(em, 0);
    const have = Number((await em.execute<Array<{ n: string }>>(`select count(*) as n from service_case`))[0].n);
    if (have < wanted) {
      if (Number((await em.execute<Array<{ n: string }>>('select count(*) as n from enterprise'))[0].n) < enterprises) {
        await timed(`seeding ${enterprises} enterprises`, () => runSeeds(services, { enterprises, seed: 1 }, ['enterprise']));
      }
      const perEnterprise = Math.ceil((wanted - have) / enterprises);
      await timed(`writing ${wanted - have} cases`, () => em.execute(CASES_SQL, [perEnterprise, Math.ceil((wanted - have) / perEnterprise)]));
      await timed('analyze', () => em.execute('analyze'));
    }
    const cases = Number((await em.execute<Array<{ n: string }>>(`select count(*) as n from service_case`))[0].n);
    const token = await services.jwt.sign({ role: Role.ANALYST, subject: 'bench-reports', ttlSeconds: 3600 });
    const report = async (variables: Record<string, unknown>) => {
      const response = await fetch(`${platform.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables }),
      });
      const body = (await response.json()) as { data?: { casesReport: { rows: unknown[] } }; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!.casesReport.rows.length;
    };
    const direct = services.orm.em.fork() as EntityManager;
    await allowLongStatements(direct, 0);
    process.stdout.write(`\nreports over ${cases} cases (${rounds} rounds, interleaved; medians)\n`);
    process.stdout.write(`${'report'.padEnd(40)} ${'graph ms'.padStart(10)} ${'SQL ms'.padStart(10)} ${'ratio'.padStart(7)} ${'rows'.padStart(6)}\n`);
    for (const scenario of SCENARIOS) {
      const graphTimes: number[] = [];
      const sqlTimes: number[] = [];
      let rows = 0;
      let sqlRows = 0;
      // One warm-up each, so that both read from a warm cache.
      await report(scenario.variables);
      await direct.execute(scenario.sql);
      for (let round = 0; round < rounds; round++) {
        const [graphMs, count] = await millis(() => report(scenario.variables));
        const [sqlMs, result] = await millis(() => direct.execute<unknown[]>(scenario.sql));
        graphTimes.push(graphMs);
        sqlTimes.push(sqlMs);
        rows = count;
        sqlRows = result.length;
      }
      const ratio = median(graphTimes) / median(sqlTimes);
      process.stdout.write(
        `${scenario.name.padEnd(40)} ${median(graphTimes).toFixed(0).padStart(10)} ${median(sqlTimes).toFixed(0).padStart(10)} ${`${ratio.toFixed(2)}×`.padStart(7)} ${String(rows).padStart(6)}${
          rows + (scenario.variables.totals ? 1 : 0) === sqlRows ? '' : `  (SQL rows: ${sqlRows})`
        }\n`,
      );
    }
  } finally {
    await platform.stop();
  }
}
