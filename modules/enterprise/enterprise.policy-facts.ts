import type { PolicyFactDefinition } from '../policies/policy-facts';

/** What the registry tells policies about an enterprise. */
export const ENTERPRISE_POLICY_FACTS: PolicyFactDefinition[] = [
  {
    code: 'enterprise.region',
    type: 'TEXT',
    description: 'Code of the township or subdistrict it is registered in (GB/T 2260 with the county’s own), e.g. 330822101.',
    sql: 'select id as enterprise_id, region_code as value from enterprise',
  },
  {
    code: 'enterprise.industry',
    type: 'TEXT',
    description: 'Its industry class (GB/T 4754-2017), e.g. C3973; test a division with startsWith(enterprise.industry, "C39").',
    sql: 'select id as enterprise_id, industry_code as value from enterprise',
  },
  {
    code: 'enterprise.lifecycleStage',
    type: 'TEXT',
    description: 'Its lifecycle stage, e.g. OPERATING.',
    sql: 'select id as enterprise_id, lifecycle_stage as value from enterprise',
  },
  {
    code: 'enterprise.registeredCapital',
    type: 'NUMBER',
    unit: 'yuan',
    description: 'Registered capital in yuan.',
    sql: 'select id as enterprise_id, registered_capital::float8 as value from enterprise',
  },
  {
    code: 'enterprise.yearsSinceEstablished',
    type: 'NUMBER',
    unit: 'years',
    description: 'Full years from its establishment to the day computed.',
    sql: `select id as enterprise_id, extract(year from age((select on_day from params), established_on))::float8 as value
            from enterprise where established_on <= (select on_day from params)`,
  },
];
