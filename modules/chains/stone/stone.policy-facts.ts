import type { PolicyFactDefinition } from '../../policies/policy-facts';

/** What the stone chain's records tell policies. */
export const STONE_POLICY_FACTS: PolicyFactDefinition[] = [
  {
    code: 'stone.restoredArea',
    type: 'NUMBER',
    unit: 'mu',
    description: 'Mine restoration accepted by the day, in mu.',
    sql: `select enterprise_id, sum(area_mu)::float8 as value from stone_restoration
           where accepted_on <= (select on_day from params) group by enterprise_id`,
  },
  {
    code: 'stone.safetyIncidentsLastThreeYears',
    type: 'NUMBER',
    description: 'Production-safety incidents in the three years before the day.',
    sql: `select enterprise_id, count(*)::float8 as value from stone_safety_incident
           where occurred_on > (select on_day from params) - interval '3 years' and occurred_on <= (select on_day from params) group by enterprise_id`,
  },
];
