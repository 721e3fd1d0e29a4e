import type { PolicyFactDefinition } from '../policies/policy-facts';

/** What one-matter tells policies: how the enterprise's cases went. */
export const ONE_MATTER_POLICY_FACTS: PolicyFactDefinition[] = [
  {
    code: 'oneMatter.casesCompletedLastYear',
    type: 'NUMBER',
    description: 'Its cases completed in the 365 days before the day.',
    sql: `select enterprise_id, count(*)::float8 as value from service_case
           where state = 'COMPLETED' and finished_on > (select on_day from params) - 365 and finished_on <= (select on_day from params)
           group by enterprise_id`,
  },
];
