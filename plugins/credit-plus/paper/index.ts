import { defineCreditPlusPlugin } from '../../../modules/credit/plus/credit-plus-plugin';

/** 信用+造纸: discharge-permit compliance, emission exceedances, energy use per tonne. */
export const paperCreditPlus = defineCreditPlusPlugin({
  chain: 'PAPER',
  name: '信用+造纸',
  indicators: [
    {
      code: 'PERMIT_VALID',
      description: '1 when a discharge permit is valid on the scoring day, 0 when every permit has lapsed',
      sql: `select enterprise_id, max(case when valid_until >= (select today from params) then 1 else 0 end)::numeric as value,
                   jsonb_agg(jsonb_build_object('type', 'PaperDischargePermit', 'id', id) order by id) as evidence
              from paper_discharge_permit group by enterprise_id`,
    },
    {
      code: 'EXCEEDANCES_12M',
      description: 'Emissions over the permitted limit in the last twelve months',
      sql: `select enterprise_id, count(*)::numeric as value, jsonb_agg(jsonb_build_object('type', 'PaperEmissionExceedance', 'id', id) order by id) as evidence
              from paper_emission_exceedance where occurred_on > (select today from params) - interval '12 months' group by enterprise_id`,
    },
    {
      code: 'ENERGY_PER_TONNE',
      description: 'Kilograms of standard coal per tonne of paper in the latest reported year',
      sql: `select distinct on (enterprise_id) enterprise_id, kgcee_per_tonne::numeric as value,
                   jsonb_build_array(jsonb_build_object('type', 'PaperEnergyReport', 'id', id)) as evidence
              from paper_energy_report order by enterprise_id, year desc`,
    },
  ],
  defaultRules: [
    {
      code: 'PERMIT_LAPSED',
      description: 'Discharges without a valid permit',
      indicator: 'PERMIT_VALID',
      operator: 'EQUALS',
      threshold: 0,
      points: -150,
    },
    {
      code: 'EXCEEDANCE',
      description: 'Exceeded an emission limit in the last twelve months',
      indicator: 'EXCEEDANCES_12M',
      operator: 'AT_LEAST',
      threshold: 1,
      points: -60,
    },
    {
      code: 'REPEATED_EXCEEDANCE',
      description: 'Exceeded limits three times or more in twelve months',
      indicator: 'EXCEEDANCES_12M',
      operator: 'AT_LEAST',
      threshold: 3,
      points: -90,
    },
    {
      code: 'ENERGY_EFFICIENT',
      description: 'Uses under 400 kgce per tonne of paper',
      indicator: 'ENERGY_PER_TONNE',
      operator: 'BELOW',
      threshold: 400,
      points: 20,
    },
  ],
});
