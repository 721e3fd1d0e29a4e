import type { PolicyFactDefinition } from '../../policies/policy-facts';

/** What the camellia-oil chain's records tell policies. */
export const CAMELLIA_OIL_POLICY_FACTS: PolicyFactDefinition[] = [
  {
    code: 'camelliaOil.forestArea',
    type: 'NUMBER',
    unit: 'mu',
    description: 'Area of its camellia forest plots, in mu.',
    sql: 'select enterprise_id, sum(area_mu)::float8 as value from camellia_forest_plot group by enterprise_id',
  },
  {
    code: 'camelliaOil.renovatedArea',
    type: 'NUMBER',
    unit: 'mu',
    description: 'Low-yield forest renovated (低改), in mu.',
    sql: 'select enterprise_id, sum(renovated_mu)::float8 as value from camellia_forest_plot group by enterprise_id',
  },
];
