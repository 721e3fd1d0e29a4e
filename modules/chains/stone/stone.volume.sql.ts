/** One member in ten has had a safety incident, one in five of those serious. */
export const STONE_VOLUME_RECORDS = [
  `insert into stone_safety_incident (id, created_at, updated_at, enterprise_id, occurred_on, severity, casualties)
   select gen_random_uuid(), now(), now(), enterprise_id, date '2025-06-01', case when random() < 0.8 then 'GENERAL' else 'SERIOUS' end, 0
     from chain_membership where chain = 'STONE' and random() < 0.1`,
];
