import { defineIndicator, IndicatorDirection, IndicatorUnit, periodSource } from '../platform/indicators/indicator-definition';

const BREAKDOWN = { optionalArguments: ['by'] };

/**
 * The figures of random inspections (双随机、一公开), per period and by department, chain or region. Each names the
 * date that puts a row in the period; the board computes the same figures from the cubes' measures.
 */
export const INSPECTION_INDICATORS = [
  defineIndicator({
    code: 'inspections.item-coverage',
    source: periodSource('inspectionIndicators', 'itemCoverage', BREAKDOWN),
    name: 'Item coverage (抽查事项覆盖率)',
    definition:
      'Items of the lists in force with at least one result of an inspection that took place in the period (its inspectedOn day), divided by all items of the lists in force; unknown when no inspection with results took place in the period.',
    unit: IndicatorUnit.RATE,
    target: 1,
    cube: { cube: 'inspectionItems', measure: 'COVERAGE', time: 'CHECKED' },
  }),
  defineIndicator({
    code: 'inspections.cross-department-rate',
    source: periodSource('inspectionIndicators', 'crossDepartmentRate', BREAKDOWN),
    name: 'Cross-department rate (跨部门联合抽查率)',
    definition:
      'Visits whose shared window starts in the period made by several departments together (综合查一次), divided by all visits whose window starts in the period.',
    unit: IndicatorUnit.RATE,
    target: 0.5,
    cube: { cube: 'inspectionVisits', measure: 'JOINT_RATE', time: 'WINDOW_START' },
  }),
  defineIndicator({
    code: 'inspections.credit-rule-application',
    source: periodSource('inspectionIndicators', 'creditRuleApplication', BREAKDOWN),
    name: 'Credit-rule application (信用风险分类结果应用率)',
    definition:
      'Draws in force (superseded ones left out) of plans whose window starts in the period that set their ratios by the credit risk classes, divided by all such draws.',
    unit: IndicatorUnit.RATE,
    target: 1,
    cube: { cube: 'inspectionDraws', measure: 'CREDIT_RULE_RATE', time: 'PLAN_WINDOW_START' },
  }),
  defineIndicator({
    code: 'inspections.random-share',
    source: periodSource('inspectionIndicators', 'randomShare', BREAKDOWN),
    name: 'Random share (双随机抽查占比)',
    definition:
      'Inspections drawn at random whose window starts in the period, divided by all inspections (random or targeted) whose window starts in the period.',
    unit: IndicatorUnit.RATE,
    target: 0.6,
    cube: { cube: 'inspections', measure: 'RANDOM_SHARE', time: 'WINDOW_START' },
  }),
  defineIndicator({
    code: 'inspections.publicity-timeliness',
    source: periodSource('inspectionIndicators', 'publicityTimeliness', BREAKDOWN),
    name: 'Publicity timeliness (结果公示及时率)',
    definition:
      'Inspections whose results were published in the period (the day of publishedAt in Asia/Shanghai) on or before their publicationDue, divided by all inspections published in the period.',
    unit: IndicatorUnit.RATE,
    target: 1,
    cube: { cube: 'inspections', measure: 'PUBLISHED_ON_TIME_RATE', time: 'PUBLISHED' },
  }),
  defineIndicator({
    code: 'inspections.inspections',
    source: periodSource('inspectionIndicators', 'inspections', BREAKDOWN),
    name: 'Inspections (检查数)',
    definition: 'Inspections, random or targeted, whose window starts in the period (withdrawn ones not counted).',
    unit: IndicatorUnit.COUNT,
  }),
  defineIndicator({
    code: 'inspections.results-with-problems',
    source: periodSource('inspectionIndicators', 'resultsWithProblems', BREAKDOWN),
    name: 'Results with problems (发现问题数)',
    definition: 'Results, item by item, of inspections that took place in the period (inspectedOn) with any outcome but NO_PROBLEM.',
    unit: IndicatorUnit.COUNT,
    direction: IndicatorDirection.LOWER_IS_BETTER,
  }),
];
