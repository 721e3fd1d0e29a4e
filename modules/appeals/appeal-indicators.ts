import { defineIndicator, IndicatorDirection, IndicatorUnit, periodSource } from '../platform/indicators/indicator-definition';

const BREAKDOWN = { optionalArguments: ['by'] };

/** The figures of the closed loop (企呼我应), per period and by channel, department, category or layer. */
export const APPEAL_INDICATORS = [
  defineIndicator({
    code: 'appeals.on-time-closure-rate',
    source: periodSource('appealIndicators', 'onTimeClosureRate', BREAKDOWN),
    name: 'On-time closure rate (按时办结率)',
    definition: 'Appeals closed in the period none of whose replies came after its deadline, divided by all appeals closed in the period.',
    unit: IndicatorUnit.RATE,
    target: 1,
    cube: { cube: 'appeals', measure: 'ON_TIME_CLOSURE_RATE', time: 'CLOSED' },
  }),
  defineIndicator({
    code: 'appeals.satisfaction-rate',
    source: periodSource('appealIndicators', 'satisfactionRate', BREAKDOWN),
    name: 'Satisfaction rate (满意率)',
    definition: 'Follow-ups in the period at which the enterprise was satisfied or basically satisfied, divided by all follow-ups in the period.',
    unit: IndicatorUnit.RATE,
    target: 0.95,
    cube: { cube: 'appealFollowUps', measure: 'SATISFACTION_RATE', time: 'FOLLOWED_UP' },
  }),
  defineIndicator({
    code: 'appeals.resolution-rate',
    source: periodSource('appealIndicators', 'resolutionRate', BREAKDOWN),
    name: 'Resolution rate (解决率)',
    definition: 'Follow-ups in the period at which the enterprise said its problem is solved, divided by all follow-ups in the period.',
    unit: IndicatorUnit.RATE,
    cube: { cube: 'appealFollowUps', measure: 'RESOLUTION_RATE', time: 'FOLLOWED_UP' },
  }),
  defineIndicator({
    code: 'appeals.average-reply-working-days',
    source: periodSource('appealIndicators', 'averageReplyWorkingDays', BREAKDOWN),
    name: 'Average time to reply (平均答复时长)',
    definition: 'For appeals replied in the period: working days after the day of the (re)assignment up to and including the reply day, averaged.',
    unit: IndicatorUnit.WORKING_DAYS,
    direction: IndicatorDirection.LOWER_IS_BETTER,
  }),
  defineIndicator({
    code: 'appeals.reopen-rate',
    source: periodSource('appealIndicators', 'reopenRate', BREAKDOWN),
    name: 'Reopen rate (重办率)',
    definition: 'Reopenings after dissatisfied or unsolved follow-ups in the period, divided by all follow-ups in the period.',
    unit: IndicatorUnit.RATE,
    target: 0,
    direction: IndicatorDirection.LOWER_IS_BETTER,
  }),
  defineIndicator({
    code: 'appeals.escalations',
    source: periodSource('appealIndicators', 'escalations', BREAKDOWN),
    name: 'Escalations (提级件数)',
    definition: 'Escalations in the period, whether overdue, reopened twice or by the dispatcher.',
    unit: IndicatorUnit.COUNT,
    target: 0,
    direction: IndicatorDirection.LOWER_IS_BETTER,
  }),
];
