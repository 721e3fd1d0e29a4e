import type { PolicyFactDefinition } from '../../policies/policy-facts';

/** What the huyou chain's records tell policies. */
export const HUYOU_POLICY_FACTS: PolicyFactDefinition[] = [
  {
    code: 'huyou.orchardArea',
    type: 'NUMBER',
    unit: 'mu',
    description: 'Area of its huyou orchards, in mu.',
    sql: 'select enterprise_id, sum(area_mu)::float8 as value from huyou_orchard group by enterprise_id',
  },
  {
    code: 'huyou.processedKgLastYear',
    type: 'NUMBER',
    unit: 'kg',
    description: 'Huyou products made in the 365 days before the day, in kilograms.',
    sql: `select enterprise_id, sum(quantity_kg)::float8 as value from huyou_product_batch
           where produced_on > (select on_day from params) - 365 and produced_on <= (select on_day from params) group by enterprise_id`,
  },
];
