/** Every member has an orchard, half of them GAP-certified, each sampled four times with one test in twenty failing. */
export const HUYOU_VOLUME_RECORDS = [
  `insert into huyou_orchard (id, created_at, updated_at, enterprise_id, name, area_mu, certifications)
   select gen_random_uuid(), now(), now(), enterprise_id, '胡柚基地', 100, case when random() < 0.5 then '["GAP"]'::jsonb else '[]'::jsonb end
     from chain_membership where chain = 'HUYOU'`,
  `insert into huyou_residue_test (id, created_at, updated_at, orchard_id, sampled_on, passed, remark)
   select gen_random_uuid(), now(), now(), o.id, date '2026-09-01' + n, random() < 0.95, '' from huyou_orchard o, generate_series(0, 3) n`,
];
