import { defineCube } from '../platform/reports/cube-definition';
import { enterpriseDimensions, workingDaysBetween } from '../platform/reports/common-dimensions';

const COMPLETED = `c.state = 'COMPLETED'`;
const FINISHED = `c.state in ('COMPLETED', 'REJECTED')`;

/** Cases (办件): one row per case, with its matter, channel and enterprise. */
export const CASES_CUBE = defineCube({
  code: 'cases',
  description: { en: 'Cases of the one-matter service', zh: '“一件事”办件' },
  from: 'service_case c join matter mt on mt.id = c.matter_id join enterprise e on e.id = c.enterprise_id',
  dimensions: [
    { code: 'MATTER', description: { en: 'Matter code', zh: '事项' }, sql: 'mt.code' },
    { code: 'LIFECYCLE_STAGE', description: { en: 'Lifecycle stage of the matter', zh: '生命周期阶段' }, sql: 'mt.stage' },
    { code: 'CHANNEL', description: { en: 'Channel it was submitted through', zh: '申报渠道' }, sql: 'c.channel' },
    { code: 'STATE', description: { en: 'State of the case', zh: '办件状态' }, sql: 'c.state' },
    ...enterpriseDimensions('e'),
  ],
  times: [
    { code: 'SUBMITTED', description: { en: 'When it was submitted', zh: '申报时间' }, sql: 'c.submitted_at', kind: 'INSTANT' },
    { code: 'FINISHED', description: { en: 'When it was finished', zh: '办结时间' }, sql: 'c.finished_at', kind: 'INSTANT' },
    { code: 'DUE', description: { en: 'Its due day', zh: '承诺办结日' }, sql: 'c.due_on', kind: 'DATE' },
  ],
  measures: [
    { code: 'COUNT', description: { en: 'Cases', zh: '办件量' }, aggregate: 'COUNT' },
    { code: 'COMPLETED', description: { en: 'Cases completed', zh: '办结量' }, aggregate: 'SUM', sql: `case when ${COMPLETED} then 1 else 0 end` },
    {
      code: 'ON_TIME_RATE',
      description: { en: 'On-time completion rate: completed without overdue ÷ completed', zh: '按时办结率' },
      aggregate: 'RATE',
      numerator: `case when ${COMPLETED} and not c.overdue then 1 else 0 end`,
      denominator: `case when ${COMPLETED} then 1 else 0 end`,
    },
    {
      code: 'ONLINE_RATE',
      description: { en: 'Online rate: submitted online or on mobile ÷ all', zh: '网办率' },
      aggregate: 'RATE',
      numerator: `case when c.channel in ('ONLINE', 'MOBILE') then 1 else 0 end`,
      denominator: '1',
    },
    {
      code: 'AVERAGE_HANDLING_WORKING_DAYS',
      description: { en: 'Average working days from submission to completion', zh: '平均办理工作日' },
      aggregate: 'AVG',
      sql: `case when ${COMPLETED} then ${workingDaysBetween('c.submitted_on', 'c.finished_on')} end`,
      decimals: 2,
    },
    { code: 'ENTERPRISES', description: { en: 'Distinct enterprises', zh: '企业数' }, aggregate: 'COUNT_DISTINCT', sql: 'c.enterprise_id' },
    {
      code: 'ACTIVE_REVIEW_RATE',
      description: { en: 'Finished cases reviewed unprompted ÷ finished cases', zh: '主动评价率' },
      aggregate: 'RATE',
      numerator: `case when ${FINISHED} and exists (select 1 from review ar where ar.case_id = c.id and ar.unprompted) then 1 else 0 end`,
      denominator: `case when ${FINISHED} then 1 else 0 end`,
    },
  ],
  enterprise: 'c.enterprise_id',
  departmentScope: 'exists (select 1 from task st join department sd on sd.id = st.department_id where st.case_id = c.id and sd.code = ?)',
});

/** Tasks (环节): one row per department's task of a case. */
export const TASKS_CUBE = defineCube({
  code: 'tasks',
  description: { en: 'Tasks of cases, per department', zh: '部门办理环节' },
  from: 'task t join department d on d.id = t.department_id join service_case c on c.id = t.case_id join enterprise e on e.id = c.enterprise_id',
  dimensions: [
    { code: 'DEPARTMENT', description: { en: 'Department code', zh: '部门' }, sql: 'd.code' },
    { code: 'STATE', description: { en: 'State of the task', zh: '环节状态' }, sql: 't.state' },
    ...enterpriseDimensions('e'),
  ],
  times: [
    { code: 'ACTIVATED', description: { en: 'When it became workable', zh: '启动日' }, sql: 't.activated_on', kind: 'DATE' },
    { code: 'FINISHED', description: { en: 'When it was finished', zh: '完成时间' }, sql: 't.finished_at', kind: 'INSTANT' },
  ],
  measures: [
    { code: 'COUNT', description: { en: 'Tasks', zh: '环节数' }, aggregate: 'COUNT' },
    {
      code: 'OVERDUE_RATE',
      description: { en: 'Overdue tasks ÷ tasks', zh: '超期率' },
      aggregate: 'RATE',
      numerator: 'case when t.overdue then 1 else 0 end',
      denominator: '1',
    },
    {
      code: 'OVERDUE_WITH_RESPONSIBILITY',
      description: { en: 'Tasks overdue with the department responsible', zh: '有责超期数' },
      aggregate: 'SUM',
      sql: 'case when t.overdue_with_responsibility then 1 else 0 end',
    },
  ],
  enterprise: 'c.enterprise_id',
  departmentScope: 'd.code = ?',
});

/** Reviews (好差评): one row per review of a department's service. */
export const REVIEWS_CUBE = defineCube({
  code: 'reviews',
  description: { en: 'Reviews of services', zh: '政务服务好差评' },
  from: 'review r join department d on d.id = r.department_id join service_case c on c.id = r.case_id join enterprise e on e.id = c.enterprise_id',
  dimensions: [
    { code: 'DEPARTMENT', description: { en: 'Department code', zh: '部门' }, sql: 'd.code' },
    { code: 'LEVEL', description: { en: 'Level given', zh: '评价等级' }, sql: 'r.level' },
    { code: 'ONLINE', description: { en: 'Given online (true) or at a window (false)', zh: '线上评价' }, sql: 'r.online' },
    ...enterpriseDimensions('e'),
  ],
  times: [{ code: 'REVIEWED', description: { en: 'When it was given', zh: '评价时间' }, sql: 'r.reviewed_at', kind: 'INSTANT' }],
  measures: [
    { code: 'COUNT', description: { en: 'Reviews', zh: '评价数' }, aggregate: 'COUNT' },
    { code: 'AVERAGE_SCORE', description: { en: 'Average score (1–5)', zh: '平均分' }, aggregate: 'AVG', sql: 'r.score', decimals: 2 },
    {
      code: 'SATISFACTION_RATE',
      description: { en: 'Reviews of 3 or more ÷ reviews', zh: '满意率' },
      aggregate: 'RATE',
      numerator: 'case when r.score >= 3 then 1 else 0 end',
      denominator: '1',
    },
    {
      code: 'UNPROMPTED_RATE',
      description: { en: 'Reviews given unprompted ÷ reviews', zh: '主动评价率' },
      aggregate: 'RATE',
      numerator: 'case when r.unprompted then 1 else 0 end',
      denominator: '1',
    },
  ],
  enterprise: 'c.enterprise_id',
  departmentScope: 'd.code = ?',
});

/** Rectifications (差评整改): one row per rectification a bad review opened. */
export const RECTIFICATIONS_CUBE = defineCube({
  code: 'rectifications',
  description: { en: 'Rectifications after bad reviews', zh: '差评整改' },
  from: 'rectification x join department d on d.id = x.department_id join review r on r.id = x.review_id join service_case c on c.id = r.case_id',
  dimensions: [
    { code: 'DEPARTMENT', description: { en: 'Department code', zh: '整改部门' }, sql: 'd.code' },
    { code: 'STATE', description: { en: 'State of the rectification', zh: '整改状态' }, sql: 'x.state' },
  ],
  times: [
    { code: 'OPENED', description: { en: 'When it was opened', zh: '立项日' }, sql: 'x.opened_on', kind: 'DATE' },
    { code: 'CLOSED', description: { en: 'When it was closed', zh: '办结日' }, sql: 'x.closed_on', kind: 'DATE' },
  ],
  measures: [
    { code: 'COUNT', description: { en: 'Rectifications', zh: '整改件数' }, aggregate: 'COUNT' },
    {
      code: 'ON_TIME_RATE',
      description: { en: 'Rectified by the due day ÷ rectified', zh: '按期整改率' },
      aggregate: 'RATE',
      numerator: 'case when x.rectified_on is not null and x.rectified_on <= x.due_on then 1 else 0 end',
      denominator: 'case when x.rectified_on is not null then 1 else 0 end',
    },
  ],
  enterprise: 'c.enterprise_id',
  departmentScope: 'd.code = ?',
});

/** Window ratings (窗口星级评定): one row per window and month rated. */
export const WINDOW_RATINGS_CUBE = defineCube({
  code: 'windowRatings',
  description: { en: 'Monthly star ratings of service windows', zh: '窗口星级评定' },
  from: 'window_rating w join service_window sw on sw.id = w.window_id',
  dimensions: [
    { code: 'WINDOW', description: { en: 'Window code', zh: '窗口' }, sql: 'sw.code' },
    { code: 'MONTH', description: { en: 'Month rated (YYYY-MM)', zh: '评定月份' }, sql: 'w.month' },
    { code: 'STARS', description: { en: 'Stars given', zh: '星级' }, sql: 'w.stars' },
  ],
  times: [{ code: 'PUBLISHED', description: { en: 'When it was published', zh: '发布时间' }, sql: 'w.published_at', kind: 'INSTANT' }],
  measures: [
    { code: 'COUNT', description: { en: 'Ratings', zh: '评定数' }, aggregate: 'COUNT' },
    { code: 'AVERAGE_STARS', description: { en: 'Average stars', zh: '平均星级' }, aggregate: 'AVG', sql: 'w.stars', decimals: 2 },
    { code: 'AVERAGE_SCORE', description: { en: 'Average score', zh: '平均得分' }, aggregate: 'AVG', sql: 'w.score', decimals: 2 },
    {
      code: 'ON_TIME_RATE',
      description: { en: 'Cases completed on time ÷ completed, over the windows', zh: '按时办结率' },
      aggregate: 'RATE',
      numerator: 'w.cases_on_time',
      denominator: 'w.cases_completed',
    },
  ],
});
