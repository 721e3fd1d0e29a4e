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
 * Chain members and chain records for the credit+ plugins: three in ten enterprises are in a chain, one in
 * twenty of those in a second (chip after huyou, so the chip plugin builds on the huyou result).
 */
export const CHAIN_SQL = [
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
