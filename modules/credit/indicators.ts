import { defineIndicator, IndicatorUnit } from '../platform/indicators/indicator-definition';

/** What credit measures, per period and optionally per chain; the frontier values are the province's. */
export const CREDIT_INDICATORS = [
  defineIndicator({
    code: 'credit.good-or-better-rate',
    name: 'Good-or-better rate (优良率)',
    definition: 'Enterprises whose latest score computed by the end of the period is EXCELLENT or GOOD, divided by the enterprises scored by then.',
    unit: IndicatorUnit.RATE,
    target: 0.85,
  }),
  defineIndicator({
    code: 'credit.poor-rate',
    name: 'Poor rate (不良率)',
    definition: 'Enterprises whose latest score computed by the end of the period is POOR, divided by the enterprises scored by then; lower is better.',
    unit: IndicatorUnit.RATE,
    target: 0.04,
  }),
  defineIndicator({
    code: 'credit.repairs-handled',
    name: 'Repairs handled (信用修复办理数)',
    definition: 'Repair applications decided (approved or rejected) in the period.',
    unit: IndicatorUnit.COUNT,
  }),
  defineIndicator({
    code: 'credit.repairs-on-time-rate',
    name: 'Repairs decided on time (修复按时办结率)',
    definition: 'Repairs decided in the period within CREDIT_REPAIR_DECISION_WORKING_DAYS working days of the application, divided by repairs decided in the period.',
    unit: IndicatorUnit.RATE,
    target: 1,
  }),
  defineIndicator({
    code: 'credit.loans-approved',
    name: 'Credit loans (信易贷放款笔数与金额)',
    definition: 'Credit loans recorded as APPROVED in the period: their number and their amount in yuan.',
    unit: IndicatorUnit.COUNT,
  }),
];
