import { defineCreditPlusPlugin } from '../../../modules/credit/plus/credit-plus-plugin';

/** 信用+胡柚: residue tests and certifications of the orchards, traceable batches. */
export const huyouCreditPlus = defineCreditPlusPlugin({
  chain: 'HUYOU',
  name: '信用+胡柚',
  indicators: [
    {
      code: 'RESIDUE_PASS_RATE',
      description: 'Share of the orchards’ pesticide-residue tests that passed',
      sql: `select o.enterprise_id, avg(case when t.passed then 1 else 0 end)::numeric as value,
                   jsonb_agg(jsonb_build_object('type', 'HuyouResidueTest', 'id', t.id) order by t.id) as evidence
              from huyou_residue_test t join huyou_orchard o on o.id = t.orchard_id group by o.enterprise_id`,
    },
    {
      code: 'CERTIFIED_ORCHARDS',
      description: 'Orchards holding at least one certification',
      sql: `select enterprise_id, count(*)::numeric as value, jsonb_agg(jsonb_build_object('type', 'HuyouOrchard', 'id', id) order by id) as evidence
              from huyou_orchard where jsonb_array_length(certifications) > 0 group by enterprise_id`,
    },
  ],
  defaultRules: [
    {
      code: 'RESIDUE_ALL_PASSED',
      description: 'Every residue test passed',
      indicator: 'RESIDUE_PASS_RATE',
      operator: 'EQUALS',
      threshold: 1,
      points: 30,
    },
    {
      code: 'RESIDUE_FAILURES',
      description: 'More than one residue test in ten failed',
      indicator: 'RESIDUE_PASS_RATE',
      operator: 'BELOW',
      threshold: 0.9,
      points: -80,
    },
    { code: 'CERTIFIED', description: 'Runs certified orchards', indicator: 'CERTIFIED_ORCHARDS', operator: 'AT_LEAST', threshold: 1, points: 20 },
  ],
});
