import { defineCube } from '../platform/reports/cube-definition';
import { enterpriseDimensions } from '../platform/reports/common-dimensions';

/** Redemptions (政策兑现): one row per benefit of a policy to an enterprise for a period. */
export const REDEMPTIONS_CUBE = defineCube({
  code: 'policyRedemptions',
  description: { en: 'Redemptions of policies', zh: '惠企政策兑现' },
  from: `policy_redemption r join policy p on p.id = r.policy_id
         join policy_version pv on pv.policy_id = r.policy_id and pv.number = r.version_number
         join enterprise e on e.id = r.enterprise_id`,
  dimensions: [
    { code: 'POLICY', description: { en: 'Policy code', zh: '政策' }, sql: 'p.code' },
    { code: 'DEPARTMENT', description: { en: 'Issuing department code', zh: '兑现部门' }, sql: `pv.content->>'departmentCode'` },
    { code: 'MODE', description: { en: 'Mode: NO_APPLICATION, INSTANT or REVIEWED', zh: '兑现方式' }, sql: `pv.content->>'mode'` },
    { code: 'STATE', description: { en: 'State of the redemption', zh: '兑现状态' }, sql: 'r.state' },
    { code: 'PERIOD', description: { en: 'Period it is for (2026, 2026-11)', zh: '兑现期间' }, sql: 'r.period' },
    ...enterpriseDimensions('e'),
  ],
  times: [
    { code: 'GRANTED', description: { en: 'When it was granted (or applied for)', zh: '兑现（申请）时间' }, sql: 'r.granted_at', kind: 'INSTANT' },
    { code: 'PAID', description: { en: 'When it was paid', zh: '拨付日' }, sql: 'r.paid_on', kind: 'DATE' },
  ],
  measures: [
    { code: 'COUNT', description: { en: 'Redemptions', zh: '兑现笔数' }, aggregate: 'COUNT' },
    { code: 'AMOUNT', description: { en: 'Yuan', zh: '金额（元）' }, aggregate: 'SUM', sql: 'r.amount', decimals: 2 },
    {
      code: 'AMOUNT_PAID',
      description: { en: 'Yuan paid', zh: '已拨付金额（元）' },
      aggregate: 'SUM',
      sql: `case when r.state = 'PAID' then r.amount else 0 end`,
      decimals: 2,
    },
    { code: 'BENEFICIARIES', description: { en: 'Distinct enterprises', zh: '受益企业数' }, aggregate: 'COUNT_DISTINCT', sql: 'r.enterprise_id' },
    {
      code: 'WITHOUT_REVIEW_SHARE',
      description: { en: 'Granted under NO_APPLICATION or INSTANT ÷ granted', zh: '免申即享、即申即享占比' },
      aggregate: 'RATE',
      numerator: `case when r.state in ('GRANTED', 'PAID') and pv.content->>'mode' in ('NO_APPLICATION', 'INSTANT') then 1 else 0 end`,
      denominator: `case when r.state in ('GRANTED', 'PAID') then 1 else 0 end`,
    },
  ],
  enterprise: 'r.enterprise_id',
  departmentScope: `pv.content->>'departmentCode' = ?`,
});
