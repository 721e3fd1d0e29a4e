import { defineCube } from '../platform/reports/cube-definition';
import { enterpriseDimensions } from '../platform/reports/common-dimensions';

/** Published in the period, and by the publication deadline (a local day in Asia/Shanghai against a local date). */
const PUBLISHED = 'i.published_at is not null';
const PUBLISHED_ON_TIME = `${PUBLISHED} and (i.published_at at time zone 'Asia/Shanghai')::date <= i.publication_due`;
const JOINT_VISIT = 'cardinality(v.departments) > 1';

/**
 * Inspections (双随机、一公开): one row per inspection, drawn at random or targeted, withdrawn ones gone with their
 * draw. The random share, the publicity timeliness and the inspection count of the indicators are its measures.
 */
export const INSPECTIONS_CUBE = defineCube({
  code: 'inspections',
  description: { en: 'Random and targeted inspections of enterprises', zh: '双随机抽查检查' },
  from: `inspection i join department d on d.id = i.department_id join enterprise e on e.id = i.enterprise_id
         left join inspection_visit v on v.id = i.visit_id`,
  dimensions: [
    { code: 'DEPARTMENT', description: { en: 'Code of the department inspecting', zh: '检查部门' }, sql: 'd.code' },
    { code: 'KIND', description: { en: 'RANDOM (drawn) or TARGETED', zh: '检查方式' }, sql: 'i.kind' },
    { code: 'STATE', description: { en: 'State: ASSIGNED, RESULTED or PUBLISHED', zh: '检查状态' }, sql: 'i.state' },
    {
      code: 'RISK_CLASS',
      description: { en: 'Risk class of the target when drawn (A–D), NONE for a targeted inspection', zh: '信用风险分类' },
      sql: `coalesce(i.risk_class, 'NONE')`,
    },
    {
      code: 'VISIT',
      description: { en: 'JOINT when its visit has several departments, else SINGLE', zh: '是否联合检查' },
      sql: `case when ${JOINT_VISIT} then 'JOINT' else 'SINGLE' end`,
    },
    ...enterpriseDimensions('e'),
  ],
  times: [
    { code: 'WINDOW_START', description: { en: 'First day of its window', zh: '检查时段起始日' }, sql: 'i.window_start', kind: 'DATE' },
    { code: 'INSPECTED', description: { en: 'Day it took place', zh: '实施检查日' }, sql: 'i.inspected_on', kind: 'DATE' },
    { code: 'PUBLISHED', description: { en: 'When its results were published', zh: '结果公示时间' }, sql: 'i.published_at', kind: 'INSTANT' },
  ],
  measures: [
    { code: 'COUNT', description: { en: 'Inspections', zh: '检查数' }, aggregate: 'COUNT' },
    {
      code: 'RANDOM',
      description: { en: 'Random inspections', zh: '双随机检查数' },
      aggregate: 'SUM',
      sql: `case when i.kind = 'RANDOM' then 1 else 0 end`,
    },
    {
      code: 'RANDOM_SHARE',
      description: { en: 'Random inspections ÷ inspections', zh: '双随机抽查占比' },
      aggregate: 'RATE',
      numerator: `case when i.kind = 'RANDOM' then 1 else 0 end`,
      denominator: '1',
    },
    {
      code: 'RESULTED',
      description: { en: 'Inspections with results recorded', zh: '已录入结果数' },
      aggregate: 'SUM',
      sql: `case when i.state <> 'ASSIGNED' then 1 else 0 end`,
    },
    {
      code: 'PUBLISHED',
      description: { en: 'Inspections published', zh: '已公示数' },
      aggregate: 'SUM',
      sql: `case when ${PUBLISHED} then 1 else 0 end`,
    },
    {
      code: 'PUBLISHED_ON_TIME_RATE',
      description: { en: 'Published by the publication deadline ÷ published', zh: '结果公示及时率' },
      aggregate: 'RATE',
      numerator: `case when ${PUBLISHED_ON_TIME} then 1 else 0 end`,
      denominator: `case when ${PUBLISHED} then 1 else 0 end`,
    },
    {
      code: 'JOINT_SHARE',
      description: { en: 'Inspections made in a visit of several departments ÷ inspections', zh: '联合检查任务占比' },
      aggregate: 'RATE',
      numerator: `case when ${JOINT_VISIT} then 1 else 0 end`,
      denominator: '1',
    },
    {
      code: 'ENTERPRISES',
      description: { en: 'Distinct enterprises inspected', zh: '检查企业数' },
      aggregate: 'COUNT_DISTINCT',
      sql: 'i.enterprise_id',
    },
  ],
  enterprise: 'i.enterprise_id',
  departmentScope: 'd.code = ?',
});

/**
 * Visits (综合查一次): one row per visit to an enterprise, by one department or several together. Under DEPARTMENT a
 * joint visit counts once for each of its departments.
 */
export const INSPECTION_VISITS_CUBE = defineCube({
  code: 'inspectionVisits',
  description: { en: 'Visits to enterprises by one or several departments', zh: '综合查一次检查' },
  from: 'inspection_visit v join enterprise e on e.id = v.enterprise_id',
  dimensions: [
    {
      code: 'DEPARTMENT',
      description: { en: 'Each department of the visit; a joint visit counts under each of them', zh: '检查部门' },
      sql: 'visit_department.code',
      joins: 'cross join lateral unnest(v.departments) as visit_department(code)',
    },
    {
      code: 'KIND',
      description: { en: 'JOINT when several departments visit together, else SINGLE', zh: '是否联合检查' },
      sql: `case when cardinality(v.departments) > 1 then 'JOINT' else 'SINGLE' end`,
    },
    { code: 'DEPARTMENTS', description: { en: 'How many departments visit together', zh: '联合部门数' }, sql: 'cardinality(v.departments)' },
    ...enterpriseDimensions('e'),
  ],
  times: [
    {
      code: 'WINDOW_START',
      description: { en: 'First day of the window the visit’s inspections share', zh: '检查时段起始日' },
      sql: 'v.window_start',
      kind: 'DATE',
    },
  ],
  measures: [
    { code: 'COUNT', description: { en: 'Visits', zh: '检查次数' }, aggregate: 'COUNT' },
    {
      code: 'JOINT',
      description: { en: 'Joint visits', zh: '跨部门联合检查次数' },
      aggregate: 'SUM',
      sql: 'case when cardinality(v.departments) > 1 then 1 else 0 end',
    },
    {
      code: 'JOINT_RATE',
      description: { en: 'Joint visits ÷ visits', zh: '跨部门联合检查率' },
      aggregate: 'RATE',
      numerator: 'case when cardinality(v.departments) > 1 then 1 else 0 end',
      denominator: '1',
    },
  ],
  enterprise: 'v.enterprise_id',
  departmentScope: '? = any (v.departments)',
});

/** Draws (摇号) in force: one row per plan's active draw; superseded draws are left out, their redraw counts instead. */
export const INSPECTION_DRAWS_CUBE = defineCube({
  code: 'inspectionDraws',
  description: { en: 'Draws of inspection plans in force', zh: '双随机抽取记录' },
  from: 'inspection_draw dr join inspection_plan p on p.id = dr.plan_id join department d on d.id = p.department_id',
  where: `dr.state = 'ACTIVE'`,
  dimensions: [
    { code: 'DEPARTMENT', description: { en: 'Code of the department of the plan', zh: '抽查部门' }, sql: 'd.code' },
    { code: 'RATIO_MODE', description: { en: 'What set the ratios: CREDIT or FLAT', zh: '抽查比例规则' }, sql: `dr.ratio_rule->>'mode'` },
  ],
  times: [
    {
      code: 'PLAN_WINDOW_START',
      description: { en: 'First day of the plan’s window', zh: '计划检查时段起始日' },
      sql: 'p.window_start',
      kind: 'DATE',
    },
    { code: 'DRAWN', description: { en: 'When the draw was made', zh: '抽取时间' }, sql: 'dr.created_at', kind: 'INSTANT' },
  ],
  measures: [
    { code: 'COUNT', description: { en: 'Draws', zh: '抽取次数' }, aggregate: 'COUNT' },
    {
      code: 'CREDIT_RULE_RATE',
      description: { en: 'Draws whose ratios came from the credit classes ÷ draws', zh: '信用规则应用率' },
      aggregate: 'RATE',
      numerator: `case when dr.ratio_rule->>'mode' = 'CREDIT' then 1 else 0 end`,
      denominator: '1',
    },
    { code: 'TARGETS', description: { en: 'Targets drawn', zh: '抽中对象数' }, aggregate: 'SUM', sql: `jsonb_array_length(dr.outcome->'targets')` },
    {
      code: 'POOL',
      description: { en: 'Enterprises in the target pools', zh: '检查对象库企业数' },
      aggregate: 'SUM',
      sql: `jsonb_array_length(dr.pool->'targets')`,
    },
  ],
  departmentScope: 'd.code = ?',
});

/** The days on which some inspection with results took place, and each item checked on each of them. */
const CHECKED_DAYS = `(select distinct i.inspected_on as day from inspection i
                        where i.inspected_on is not null and exists (select 1 from inspection_result r where r.inspection_id = i.id)) checked_day`;
const CHECKED_ITEMS = `(select distinct r.item_code, i.inspected_on as day from inspection_result r join inspection i on i.id = r.inspection_id
                         where i.inspected_on is not null) checked`;
const COVERED_ITEM = 'case when checked.item_code is not null then it.id end';

/**
 * The items of the lists in force (抽查事项清单) on each day some inspection with results took place: one row per item
 * and such day, so that every item of the lists is among the rows of any period with results, checked or not. Item
 * coverage counts distinct items, which no sum of rows can give.
 */
export const INSPECTION_ITEMS_CUBE = defineCube({
  code: 'inspectionItems',
  description: { en: 'Items of the inspection lists in force, by the days inspections took place', zh: '抽查事项清单覆盖' },
  from: `inspection_item it join department d on d.id = it.department_id
         cross join ${CHECKED_DAYS}
         left join ${CHECKED_ITEMS} on checked.item_code = it.code and checked.day = checked_day.day`,
  where: 'it.active',
  dimensions: [
    { code: 'DEPARTMENT', description: { en: 'Code of the department whose list holds the item', zh: '清单部门' }, sql: 'd.code' },
    { code: 'ITEM_KIND', description: { en: 'KEY or GENERAL item', zh: '事项类别' }, sql: 'it.kind' },
    { code: 'FIELD', description: { en: 'Inspection field of the item', zh: '执法领域' }, sql: 'it.field' },
  ],
  times: [
    {
      code: 'CHECKED',
      description: { en: 'A day on which inspections with results took place', zh: '实施检查日' },
      sql: 'checked_day.day',
      kind: 'DATE',
    },
  ],
  measures: [
    { code: 'ITEMS', description: { en: 'Items on the lists in force', zh: '清单事项数' }, aggregate: 'COUNT_DISTINCT', sql: 'it.id' },
    {
      code: 'ITEMS_COVERED',
      description: { en: 'Items with at least one result', zh: '已检查事项数' },
      aggregate: 'COUNT_DISTINCT',
      sql: COVERED_ITEM,
    },
    {
      code: 'COVERAGE',
      description: { en: 'Items with at least one result ÷ items on the lists in force', zh: '抽查事项覆盖率' },
      aggregate: 'DISTINCT_RATE',
      numerator: COVERED_ITEM,
      denominator: 'it.id',
    },
  ],
  departmentScope: 'd.code = ?',
});

/** Results (检查结果): one row per item checked in an inspection. */
export const INSPECTION_RESULTS_CUBE = defineCube({
  code: 'inspectionResults',
  description: { en: 'Results of inspections, item by item', zh: '抽查检查结果' },
  from: `inspection_result r join inspection i on i.id = r.inspection_id join department d on d.id = i.department_id
         join enterprise e on e.id = i.enterprise_id`,
  dimensions: [
    { code: 'DEPARTMENT', description: { en: 'Code of the department inspecting', zh: '检查部门' }, sql: 'd.code' },
    { code: 'ITEM', description: { en: 'Code of the item checked', zh: '检查事项' }, sql: 'r.item_code' },
    { code: 'OUTCOME', description: { en: 'What the check found', zh: '检查结果' }, sql: 'r.outcome' },
    { code: 'KIND', description: { en: 'RANDOM or TARGETED inspection', zh: '检查方式' }, sql: 'i.kind' },
    ...enterpriseDimensions('e'),
  ],
  times: [{ code: 'INSPECTED', description: { en: 'Day the inspection took place', zh: '实施检查日' }, sql: 'i.inspected_on', kind: 'DATE' }],
  measures: [
    { code: 'COUNT', description: { en: 'Results', zh: '检查结果数' }, aggregate: 'COUNT' },
    {
      code: 'WITH_PROBLEMS',
      description: { en: 'Results with problems found (any outcome but NO_PROBLEM)', zh: '发现问题数' },
      aggregate: 'SUM',
      sql: `case when r.outcome <> 'NO_PROBLEM' then 1 else 0 end`,
    },
    {
      code: 'PROBLEM_RATE',
      description: { en: 'Results with problems ÷ results', zh: '问题发现率' },
      aggregate: 'RATE',
      numerator: `case when r.outcome <> 'NO_PROBLEM' then 1 else 0 end`,
      denominator: '1',
    },
    { code: 'INSPECTIONS', description: { en: 'Distinct inspections', zh: '检查数' }, aggregate: 'COUNT_DISTINCT', sql: 'r.inspection_id' },
  ],
  enterprise: 'i.enterprise_id',
  departmentScope: 'd.code = ?',
});

export const INSPECTION_CUBES = [INSPECTIONS_CUBE, INSPECTION_VISITS_CUBE, INSPECTION_DRAWS_CUBE, INSPECTION_ITEMS_CUBE, INSPECTION_RESULTS_CUBE];
