import type { PolicyFactDefinition } from '../../policies/policy-facts';

/** What the chip chain's records tell policies. */
export const CHIP_POLICY_FACTS: PolicyFactDefinition[] = [
  {
    code: 'chip.rdIntensity',
    type: 'NUMBER',
    description: 'R&D spending over revenue in the latest year reported before the day, e.g. 0.07 for 7 %.',
    sql: `select distinct on (enterprise_id) enterprise_id, (amount / revenue)::float8 as value
            from chip_rd_spending where revenue > 0 and year < extract(year from (select on_day from params))
           order by enterprise_id, year desc`,
  },
  {
    code: 'chip.corePatents',
    type: 'NUMBER',
    description: 'Invention patents and integrated-circuit layout designs granted by the day.',
    sql: `select enterprise_id, count(*)::float8 as value from chip_patent
           where kind in ('INVENTION', 'LAYOUT_DESIGN') and granted_on <= (select on_day from params) group by enterprise_id`,
  },
  {
    code: 'chip.certifications',
    type: 'TEXT_LIST',
    description: 'Kinds of certification valid on the day, e.g. HIGH_TECH, SPECIALISED_INNOVATIVE.',
    sql: `select enterprise_id, array_agg(distinct kind order by kind) as value from chip_certification
           where valid_until >= (select on_day from params) group by enterprise_id`,
  },
];
