import type { PolicyFactDefinition } from '../../policies/policy-facts';

/** What the paper chain's records tell policies. */
export const PAPER_POLICY_FACTS: PolicyFactDefinition[] = [
  {
    code: 'paper.energyPerTonne',
    type: 'NUMBER',
    unit: 'kgce/t',
    description: 'Energy per tonne of paper in the latest year reported before the day, in kilograms of standard coal.',
    sql: `select distinct on (enterprise_id) enterprise_id, kgcee_per_tonne::float8 as value from paper_energy_report
           where year < extract(year from (select on_day from params)) order by enterprise_id, year desc`,
  },
  {
    code: 'paper.emissionExceedancesLastYear',
    type: 'NUMBER',
    description: 'Emissions above their limit in the 365 days before the day.',
    sql: `select enterprise_id, count(*)::float8 as value from paper_emission_exceedance
           where occurred_on > (select on_day from params) - 365 and occurred_on <= (select on_day from params) group by enterprise_id`,
  },
];
