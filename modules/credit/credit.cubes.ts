import { defineCube } from '../platform/reports/cube-definition';
import { enterpriseDimensions } from '../platform/reports/common-dimensions';

/** Public credit scores (公共信用评价): one row per enterprise's current score. */
export const CREDIT_SCORES_CUBE = defineCube({
  code: 'creditScores',
  description: { en: 'Current public credit scores', zh: '公共信用综合评价' },
  from: 'credit_score s join enterprise e on e.id = s.enterprise_id',
  where: 's.current',
  dimensions: [{ code: 'GRADE', description: { en: 'Credit grade', zh: '信用等级' }, sql: 's.grade' }, ...enterpriseDimensions('e')],
  times: [{ code: 'COMPUTED', description: { en: 'When it was computed', zh: '评价时间' }, sql: 's.computed_at', kind: 'INSTANT' }],
  measures: [
    { code: 'COUNT', description: { en: 'Enterprises scored', zh: '评价企业数' }, aggregate: 'COUNT' },
    { code: 'AVERAGE_SCORE', description: { en: 'Average score', zh: '平均分' }, aggregate: 'AVG', sql: 's.score', decimals: 1 },
    {
      code: 'GOOD_OR_BETTER_RATE',
      description: { en: 'EXCELLENT or GOOD ÷ scored', zh: '良好及以上占比' },
      aggregate: 'RATE',
      numerator: `case when s.grade in ('EXCELLENT', 'GOOD') then 1 else 0 end`,
      denominator: '1',
    },
    {
      code: 'POOR_RATE',
      description: { en: 'POOR ÷ scored', zh: '较差占比' },
      aggregate: 'RATE',
      numerator: `case when s.grade = 'POOR' then 1 else 0 end`,
      denominator: '1',
    },
  ],
  enterprise: 's.enterprise_id',
});
