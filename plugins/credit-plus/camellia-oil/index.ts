import { defineCreditPlusPlugin } from '../../../modules/credit/plus/credit-plus-plugin';

/** 信用+油茶: quality sampling, renovation of low-yield forest, traceability. */
export const camelliaOilCreditPlus = defineCreditPlusPlugin({
  chain: 'CAMELLIA_OIL',
  name: '信用+油茶',
  indicators: [
    {
      code: 'SAMPLING_PASS_RATE',
      description: 'Share of quality samplings that met the standard',
      sql: `select enterprise_id, avg(case when passed then 1 else 0 end)::numeric as value,
                   jsonb_agg(jsonb_build_object('type', 'CamelliaQualitySample', 'id', id) order by id) as evidence
              from camellia_quality_sample group by enterprise_id`,
    },
    {
      code: 'RENOVATION_RATE',
      description: 'Share of the low-yield forest already renovated',
      sql: `select enterprise_id, (sum(renovated_mu) / nullif(sum(low_yield_mu), 0))::numeric as value,
                   jsonb_agg(jsonb_build_object('type', 'CamelliaForestPlot', 'id', id) order by id) as evidence
              from camellia_forest_plot group by enterprise_id having sum(low_yield_mu) > 0`,
    },
    {
      code: 'TRACEABILITY_COVERAGE',
      description: 'Share of sampled batches carrying a traceability code',
      sql: `select enterprise_id, avg(case when traceability_code is not null then 1 else 0 end)::numeric as value,
                   jsonb_agg(jsonb_build_object('type', 'CamelliaQualitySample', 'id', id) order by id) as evidence
              from camellia_quality_sample group by enterprise_id`,
    },
  ],
  defaultRules: [
    {
      code: 'SAMPLING_ALL_PASSED',
      description: 'Every quality sampling passed',
      indicator: 'SAMPLING_PASS_RATE',
      operator: 'EQUALS',
      threshold: 1,
      points: 30,
    },
    {
      code: 'SAMPLING_FAILURES',
      description: 'Quality samplings failed',
      indicator: 'SAMPLING_PASS_RATE',
      operator: 'BELOW',
      threshold: 1,
      points: -60,
    },
    {
      code: 'RENOVATION_MET',
      description: 'At least half of the low-yield forest renovated',
      indicator: 'RENOVATION_RATE',
      operator: 'AT_LEAST',
      threshold: 0.5,
      points: 25,
    },
    {
      code: 'FULLY_TRACEABLE',
      description: 'Every sampled batch traceable',
      indicator: 'TRACEABILITY_COVERAGE',
      operator: 'EQUALS',
      threshold: 1,
      points: 15,
    },
  ],
});
