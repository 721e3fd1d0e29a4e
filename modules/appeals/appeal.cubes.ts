import { defineCube } from '../platform/reports/cube-definition';
import { APPEAL_CATEGORY_JOIN } from './appeal-indicators.service';
import { enterpriseDimensions, workingDaysBetween } from '../platform/reports/common-dimensions';

const CLOSED = 'a.closed_on is not null';

/** Appeals (企呼我应): one row per appeal, merged duplicates left out. */
export const APPEALS_CUBE = defineCube({
  code: 'appeals',
  description: { en: 'Enterprise appeals', zh: '企呼我应诉求' },
  from: `appeal a join appeal_channel ch on ch.id = a.channel_id left join department d on d.id = a.lead_department_id
         join enterprise e on e.id = a.enterprise_id`,
  where: 'a.merged_into_id is null',
  dimensions: [
    { code: 'CHANNEL', description: { en: 'Channel code', zh: '诉求渠道' }, sql: 'ch.code' },
    {
      code: 'DEPARTMENT',
      description: { en: 'Lead department code (UNASSIGNED before assignment)', zh: '牵头部门' },
      sql: `coalesce(d.code, 'UNASSIGNED')`,
    },
    { code: 'STATE', description: { en: 'State of the appeal', zh: '诉求状态' }, sql: 'a.state' },
    {
      code: 'LAYER',
      description: { en: 'Layer handling it (UNASSIGNED before assignment)', zh: '办理层级' },
      sql: `coalesce(a.layer, 'UNASSIGNED')`,
    },
    { code: 'GRADE', description: { en: 'Grade (UNASSIGNED before assignment)', zh: '难易程度' }, sql: `coalesce(a.grade, 'UNASSIGNED')` },
    {
      code: 'CATEGORY',
      description: { en: 'Each category code (UNCLASSIFIED before classification); an appeal of two counts in both', zh: '诉求类别' },
      sql: 'category.code',
      joins: APPEAL_CATEGORY_JOIN,
    },
    ...enterpriseDimensions('e'),
  ],
  times: [
    { code: 'RECEIVED', description: { en: 'When it was received', zh: '受理时间' }, sql: 'a.received_at', kind: 'INSTANT' },
    { code: 'CLOSED', description: { en: 'When it was closed', zh: '办结日' }, sql: 'a.closed_on', kind: 'DATE' },
  ],
  measures: [
    { code: 'COUNT', description: { en: 'Appeals', zh: '诉求数' }, aggregate: 'COUNT' },
    { code: 'CLOSED', description: { en: 'Appeals closed', zh: '办结数' }, aggregate: 'SUM', sql: `case when ${CLOSED} then 1 else 0 end` },
    {
      code: 'ON_TIME_CLOSURE_RATE',
      description: { en: 'Closed with no reply after the deadline ÷ closed', zh: '按时办结率' },
      aggregate: 'RATE',
      numerator: `case when ${CLOSED} and not a.replied_late then 1 else 0 end`,
      denominator: `case when ${CLOSED} then 1 else 0 end`,
    },
    {
      code: 'SATISFACTION_RATE',
      description: { en: 'Last follow-up satisfied or basically satisfied ÷ followed up', zh: '满意率' },
      aggregate: 'RATE',
      numerator: `case when a.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end`,
      denominator: 'case when a.satisfaction is not null then 1 else 0 end',
    },
    {
      code: 'AVERAGE_REPLY_WORKING_DAYS',
      description: { en: 'Average working days from (re)assignment to reply', zh: '平均答复工作日' },
      aggregate: 'AVG',
      sql: `case when a.replied_on is not null then ${workingDaysBetween('a.assigned_on', 'a.replied_on')} end`,
      decimals: 2,
    },
    { code: 'REOPENINGS', description: { en: 'Reopenings', zh: '重办次数' }, aggregate: 'SUM', sql: 'a.reopen_count' },
  ],
  enterprise: 'a.enterprise_id',
  departmentScope: 'd.code = ?',
});

const SATISFIED = `h.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')`;

/**
 * Follow-ups of appeals (回访): one row per follow-up, on the day it was made, merged duplicates left out, as the
 * appeal indicators count them (a second follow-up after a reopening counts again). Its dimensions are its appeal's.
 */
export const APPEAL_FOLLOW_UPS_CUBE = defineCube({
  code: 'appealFollowUps',
  description: { en: 'Follow-ups of enterprise appeals', zh: '企呼我应回访' },
  from: `appeal_history_entry h join appeal a on a.id = h.appeal_id join appeal_channel ch on ch.id = a.channel_id
         left join department d on d.id = a.lead_department_id join enterprise e on e.id = a.enterprise_id`,
  where: `h.step = 'FOLLOWED_UP' and a.merged_into_id is null`,
  dimensions: [
    { code: 'CHANNEL', description: { en: 'Channel code of the appeal', zh: '诉求渠道' }, sql: 'ch.code' },
    {
      code: 'DEPARTMENT',
      description: { en: 'Lead department code of the appeal (UNASSIGNED before assignment)', zh: '牵头部门' },
      sql: `coalesce(d.code, 'UNASSIGNED')`,
    },
    {
      code: 'LAYER',
      description: { en: 'Layer handling the appeal (UNASSIGNED before assignment)', zh: '办理层级' },
      sql: `coalesce(a.layer, 'UNASSIGNED')`,
    },
    {
      code: 'CATEGORY',
      description: { en: 'Each category code of the appeal (UNCLASSIFIED before classification); an appeal of two counts in both', zh: '诉求类别' },
      sql: 'category.code',
      joins: APPEAL_CATEGORY_JOIN,
    },
    { code: 'SATISFACTION', description: { en: 'What the enterprise said at the follow-up', zh: '满意度' }, sql: 'h.satisfaction' },
    ...enterpriseDimensions('e'),
  ],
  times: [{ code: 'FOLLOWED_UP', description: { en: 'When the follow-up was made', zh: '回访时间' }, sql: 'h.at', kind: 'INSTANT' }],
  measures: [
    { code: 'COUNT', description: { en: 'Follow-ups', zh: '回访数' }, aggregate: 'COUNT' },
    {
      code: 'SATISFIED',
      description: { en: 'Follow-ups satisfied or basically satisfied', zh: '满意数' },
      aggregate: 'SUM',
      sql: `case when ${SATISFIED} then 1 else 0 end`,
    },
    {
      code: 'SATISFACTION_RATE',
      description: { en: 'Follow-ups satisfied or basically satisfied ÷ follow-ups', zh: '满意率' },
      aggregate: 'RATE',
      numerator: `case when ${SATISFIED} then 1 else 0 end`,
      denominator: '1',
    },
    {
      code: 'RESOLUTION_RATE',
      description: { en: 'Follow-ups at which the problem was solved ÷ follow-ups', zh: '解决率' },
      aggregate: 'RATE',
      numerator: 'case when h.solved then 1 else 0 end',
      denominator: '1',
    },
    { code: 'APPEALS', description: { en: 'Distinct appeals followed up', zh: '回访诉求数' }, aggregate: 'COUNT_DISTINCT', sql: 'a.id' },
  ],
  enterprise: 'a.enterprise_id',
  departmentScope: 'd.code = ?',
});
