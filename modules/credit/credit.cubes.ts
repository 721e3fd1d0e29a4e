import { defineCube } from '../platform/reports/cube-definition';
import { enterpriseDimensions, workingDaysBetween } from '../platform/reports/common-dimensions';

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

/** Administrative penalties (行政处罚信息): one row per decision recorded. */
export const CREDIT_PENALTIES_CUBE = defineCube({
  code: 'creditPenalties',
  description: { en: 'Administrative penalty decisions', zh: '行政处罚信息' },
  from: 'credit_penalty p join enterprise e on e.id = p.enterprise_id',
  dimensions: [
    { code: 'DEPARTMENT', description: { en: 'Deciding department code', zh: '处罚部门' }, sql: 'p.department_code' },
    { code: 'SEVERITY', description: { en: 'Severity', zh: '严重程度' }, sql: 'p.severity' },
    { code: 'SECTOR', description: { en: 'Sector', zh: '领域' }, sql: 'p.sector' },
    ...enterpriseDimensions('e'),
  ],
  times: [{ code: 'DECIDED', description: { en: 'When it was decided', zh: '决定日期' }, sql: 'p.decided_on', kind: 'DATE' }],
  measures: [
    { code: 'COUNT', description: { en: 'Decisions', zh: '处罚件数' }, aggregate: 'COUNT' },
    { code: 'AMOUNT', description: { en: 'Fines, yuan', zh: '罚没金额（元）' }, aggregate: 'SUM', sql: 'p.amount', decimals: 2 },
    {
      code: 'REPAIRED_RATE',
      description: { en: 'Repaired ÷ decisions', zh: '已修复占比' },
      aggregate: 'RATE',
      numerator: 'case when p.repaired_on is not null then 1 else 0 end',
      denominator: '1',
    },
  ],
  enterprise: 'p.enterprise_id',
  departmentScope: 'p.department_code = ?',
});

/** Credit repairs (信用修复): one row per application. */
export const CREDIT_REPAIRS_CUBE = defineCube({
  code: 'creditRepairs',
  description: { en: 'Credit repair applications', zh: '信用修复申请' },
  from: 'credit_repair r join enterprise e on e.id = r.enterprise_id',
  dimensions: [
    { code: 'STATE', description: { en: 'State of the application', zh: '办理状态' }, sql: 'r.state' },
    {
      code: 'KIND',
      description: { en: 'PENALTY or ABNORMAL_OPERATION', zh: '修复类别' },
      sql: `case when r.penalty_id is not null then 'PENALTY' else 'ABNORMAL_OPERATION' end`,
    },
    ...enterpriseDimensions('e'),
  ],
  times: [
    { code: 'APPLIED', description: { en: 'When it was applied for', zh: '申请日' }, sql: 'r.applied_on', kind: 'DATE' },
    { code: 'DECIDED', description: { en: 'When it was decided', zh: '决定日' }, sql: 'r.decided_on', kind: 'DATE' },
  ],
  measures: [
    { code: 'COUNT', description: { en: 'Applications', zh: '申请数' }, aggregate: 'COUNT' },
    {
      code: 'APPROVAL_RATE',
      description: { en: 'Approved ÷ decided', zh: '通过率' },
      aggregate: 'RATE',
      numerator: `case when r.state = 'APPROVED' then 1 else 0 end`,
      denominator: 'case when r.decided_on is not null then 1 else 0 end',
    },
    {
      code: 'AVERAGE_DECISION_WORKING_DAYS',
      description: { en: 'Average working days from application to decision', zh: '平均办理工作日' },
      aggregate: 'AVG',
      sql: `case when r.decided_on is not null then ${workingDaysBetween('r.applied_on', 'r.decided_on')} end`,
      decimals: 2,
    },
  ],
  enterprise: 'r.enterprise_id',
});
