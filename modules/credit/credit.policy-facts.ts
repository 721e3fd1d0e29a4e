import type { PolicyFactDefinition } from '../policies/policy-facts';

/** What public credit tells policies: the enterprise's current score and grade. */
export const CREDIT_POLICY_FACTS: PolicyFactDefinition[] = [
  {
    code: 'credit.score',
    type: 'NUMBER',
    description: 'Its current public credit score (0 to 1000).',
    sql: 'select enterprise_id, score::float8 as value from credit_score where current',
  },
  {
    code: 'credit.grade',
    type: 'TEXT',
    description: 'Its current public credit grade: EXCELLENT, GOOD, FAIR or POOR.',
    sql: 'select enterprise_id, grade as value from credit_score where current',
  },
];
