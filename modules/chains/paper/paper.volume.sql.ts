/** Every member holds a discharge permit (one in twenty expired); one in seven has exceeded a limit. */
export const PAPER_VOLUME_RECORDS = [
  `insert into paper_discharge_permit (id, created_at, updated_at, enterprise_id, permit_number, valid_until)
   select gen_random_uuid(), now(), now(), enterprise_id, 'B' || substr(md5(cast(enterprise_id as text)), 1, 20),
          case when random() < 0.95 then date '2029-12-31' else date '2025-12-31' end
     from chain_membership where chain = 'PAPER'
   on conflict do nothing`,
  `insert into paper_emission_exceedance (id, created_at, updated_at, enterprise_id, occurred_on, pollutant, multiple_of_limit)
   select gen_random_uuid(), now(), now(), enterprise_id, date '2026-07-01', 'COD', 1.4 from chain_membership where chain = 'PAPER' and random() < 0.15`,
];
