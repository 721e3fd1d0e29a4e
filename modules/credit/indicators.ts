import { defineIndicator, IndicatorDirection, IndicatorUnit, periodSource } from '../platform/indicators/indicator-definition';

/** What credit measures, per period and optionally per chain; the frontier values are the province's. */
export const CREDIT_INDICATORS = [
  defineIndicator({
    code: 'credit.good-or-better-rate',
    source: periodSource('creditIndicators', 'goodOrBetterRate', { optionalArguments: ['chain'] }),
    name: 'Good-or-better rate (优良率)',
    definition: 'Enterprises whose latest score computed by the end of the period is EXCELLENT or GOOD, divided by the enterprises scored by then.',
    unit: IndicatorUnit.RATE,
    target: 0.85,
    cube: { cube: 'creditScores', measure: 'GOOD_OR_BETTER_RATE', time: null },
  }),
  defineIndicator({
    code: 'credit.poor-rate',
    source: periodSource('creditIndicators', 'poorRate', { optionalArguments: ['chain'] }),
    name: 'Poor rate (不良率)',
    definition:
      'Enterprises whose latest score computed by the end of the period is POOR, divided by the enterprises scored by then; lower is better.',
    unit: IndicatorUnit.RATE,
    target: 0.04,
    direction: IndicatorDirection.LOWER_IS_BETTER,
    cube: { cube: 'creditScores', measure: 'POOR_RATE', time: null },
  }),
  defineIndicator({
    code: 'credit.repairs-handled',
    source: periodSource('creditIndicators', 'repairsHandled', { optionalArguments: ['chain'] }),
    name: 'Repairs handled (信用修复办理数)',
    definition: 'Repair applications decided (approved or rejected) in the period.',
    unit: IndicatorUnit.COUNT,
  }),
  defineIndicator({
    code: 'credit.repairs-on-time-rate',
    source: periodSource('creditIndicators', 'repairsOnTimeRate', { optionalArguments: ['chain'] }),
    name: 'Repairs decided on time (修复按时办结率)',
    definition:
      'Repairs decided in the period within CREDIT_REPAIR_DECISION_WORKING_DAYS working days of the application, divided by repairs decided in the period.',
    unit: IndicatorUnit.RATE,
    target: 1,
  }),
  defineIndicator({
    code: 'credit.loans-approved',
    source: periodSource('creditIndicators', 'loansApproved', { optionalArguments: ['chain'] }),
    name: 'Credit loans (信易贷放款笔数与金额)',
    definition: 'Credit loans recorded as APPROVED in the period: their number and their amount in yuan.',
    unit: IndicatorUnit.COUNT,
  }),
  defineIndicator({
    code: 'credit.double-publicity-reporting-rate',
    source: periodSource('doublePublicityIndicators', 'reportingRate'),
    name: 'Double-publicity reporting rate (双公示上报率)',
    definition:
      'Licensing decisions and general or serious penalties decided in the period that were published, divided by those decided in the period that must be published.',
    unit: IndicatorUnit.RATE,
    target: 1,
  }),
  defineIndicator({
    code: 'credit.double-publicity-timeliness-rate',
    source: periodSource('doublePublicityIndicators', 'timelinessRate'),
    name: 'Double-publicity timeliness rate (双公示及时率)',
    definition:
      'Decisions decided in the period and published within DOUBLE_PUBLICITY_WORKING_DAYS working days of the decision, divided by those decided in the period and published.',
    unit: IndicatorUnit.RATE,
    target: 1,
  }),
  defineIndicator({
    code: 'credit.double-publicity-compliance-rate',
    source: periodSource('doublePublicityIndicators', 'complianceRate'),
    name: 'Double-publicity compliance rate (双公示合规率)',
    definition:
      'Decisions decided in the period and treated as the rules say (published when they must be, minor penalties kept unpublished), divided by all decisions decided in the period.',
    unit: IndicatorUnit.RATE,
    target: 1,
  }),
];
