/** Three quality samples per member, one in fourteen failing, four in five traceable. */
export const CAMELLIA_OIL_VOLUME_RECORDS = [
  `insert into camellia_quality_sample (id, created_at, updated_at, enterprise_id, sampled_on, product, passed, traceability_code)
   select gen_random_uuid(), now(), now(), enterprise_id, date '2026-08-01' + n, '山茶油', random() < 0.93, case when random() < 0.8 then 'T-' || n end
     from chain_membership, generate_series(0, 2) n where chain = 'CAMELLIA_OIL'`,
];
