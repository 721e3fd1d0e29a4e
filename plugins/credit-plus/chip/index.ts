import { defineCreditPlusPlugin } from '../../../modules/credit/plus/credit-plus-plugin';

/** 信用+芯片: R&D intensity, invention patents and layout designs, valid certifications, environmental compliance. */
export const chipCreditPlus = defineCreditPlusPlugin({
  chain: 'CHIP',
  name: '信用+芯片',
  indicators: [
    {
      code: 'RD_INTENSITY',
      description: 'R&D spending over revenue in the latest reported year',
      sql: `select distinct on (enterprise_id) enterprise_id, (amount / revenue)::numeric as value,
                   jsonb_build_array(jsonb_build_object('type', 'ChipRdSpending', 'id', id)) as evidence
              from chip_rd_spending where revenue > 0 order by enterprise_id, year desc`,
    },
    {
      code: 'CORE_PATENTS',
      description: 'Invention patents and integrated-circuit layout designs held',
      sql: `select enterprise_id, count(*)::numeric as value, jsonb_agg(jsonb_build_object('type', 'ChipPatent', 'id', id) order by id) as evidence
              from chip_patent where kind in ('INVENTION', 'LAYOUT_DESIGN') group by enterprise_id`,
    },
    {
      code: 'VALID_CERTIFICATIONS',
      description: 'High-tech and specialised-innovative certifications valid on the scoring day',
      sql: `select enterprise_id, count(*)::numeric as value, jsonb_agg(jsonb_build_object('type', 'ChipCertification', 'id', id) order by id) as evidence
              from chip_certification where valid_until >= (select today from params) group by enterprise_id`,
    },
    {
      code: 'ENVIRONMENTAL_COMPLIANCE',
      description: 'Share of the environmental inspections of the last three years found compliant',
      sql: `select enterprise_id, avg(case when compliant then 1 else 0 end)::numeric as value,
                   jsonb_agg(jsonb_build_object('type', 'ChipEnvironmentalInspection', 'id', id) order by id) as evidence
              from chip_environmental_inspection where inspected_on > (select today from params) - interval '3 years' group by enterprise_id`,
    },
  ],
  defaultRules: [
    {
      code: 'RD_INTENSIVE',
      description: 'Spends at least 6% of revenue on R&D',
      indicator: 'RD_INTENSITY',
      operator: 'AT_LEAST',
      threshold: 0.06,
      points: 40,
    },
    { code: 'RD_WEAK', description: 'Spends under 3% of revenue on R&D', indicator: 'RD_INTENSITY', operator: 'BELOW', threshold: 0.03, points: -30 },
    {
      code: 'PATENT_PORTFOLIO',
      description: 'Holds at least five core patents or layout designs',
      indicator: 'CORE_PATENTS',
      operator: 'AT_LEAST',
      threshold: 5,
      points: 30,
    },
    {
      code: 'CERTIFIED',
      description: 'Holds a valid high-tech or specialised-innovative certification',
      indicator: 'VALID_CERTIFICATIONS',
      operator: 'AT_LEAST',
      threshold: 1,
      points: 30,
    },
    {
      code: 'ENVIRONMENT_COMPLIANT',
      description: 'Every environmental inspection in three years found compliant',
      indicator: 'ENVIRONMENTAL_COMPLIANCE',
      operator: 'EQUALS',
      threshold: 1,
      points: 20,
    },
    {
      code: 'ENVIRONMENT_BREACH',
      description: 'An environmental inspection in three years found a breach',
      indicator: 'ENVIRONMENTAL_COMPLIANCE',
      operator: 'BELOW',
      threshold: 1,
      points: -60,
    },
  ],
});
