/** One year's R&D spending per member, between 0 and 12 % of revenue. */
export const CHIP_VOLUME_RECORDS = [
  `insert into chip_rd_spending (id, created_at, updated_at, enterprise_id, year, amount, revenue)
   select gen_random_uuid(), now(), now(), enterprise_id, 2025, round((random() * 0.12 * 100000000)::numeric, 2), 100000000
     from chain_membership where chain = 'CHIP'
   on conflict do nothing`,
];
