import type { ChainDefinition } from '../modules/one-category/chain-definition';

/** Credit and chain records in a realistic mix, written set-based, shared by the benchmarks. */

/** A realistic mix, written set-based: most file on time and hold a tax level, a few are penalised or listed. */
export const RECORDS_SQL = [
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
 * Chain members and chain records for the credit+ plugins, for the chains in the registry: three in ten enterprises
 * join a chain at its first node, and one in twenty of those the next chain as well (so a plugin that builds on
 * another chain's result has members to build on); then each chain's own records, from its definition.
 */
export function chainSql(chains: ChainDefinition[]): string[] {
  if (chains.length === 0) return [];
  // Chain and node codes are identifiers from the chain definitions ([A-Z_]), never input.
  const list = (values: string[]) => `array[${values.map((value) => `'${value}'`).join(',')}]`;
  const codes = list(chains.map((chain) => chain.code));
  const firstNodes = list(chains.map((chain) => chain.nodes[0].code));
  const nextCodes = list(chains.map((_, index) => chains[(index + 1) % chains.length].code));
  const nextFirstNodes = list(chains.map((_, index) => chains[(index + 1) % chains.length].nodes[0].code));
  const membership = `insert into chain_membership (id, created_at, updated_at, enterprise_id, chain, node, joined_at, joined_by)`;
  return [
    `${membership}
     select gen_random_uuid(), now(), now(), id, (${codes})[b], (${firstNodes})[b], now(), 'bench'
       from (select id, 1 + floor(random() * ${chains.length})::int as b from enterprise where random() < 0.3) e
     on conflict do nothing`,
    ...(chains.length > 1
      ? [
          `${membership}
           select gen_random_uuid(), now(), now(), enterprise_id, (${nextCodes})[b], (${nextFirstNodes})[b], now(), 'bench'
             from (select enterprise_id, array_position(${codes}, chain) as b from chain_membership where random() < 0.05) m
           on conflict do nothing`,
        ]
      : []),
    ...chains.flatMap((chain) => chain.volumeRecords ?? []),
  ];
}
