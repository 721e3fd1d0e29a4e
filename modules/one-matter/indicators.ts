import { defineIndicator, IndicatorDirection, IndicatorUnit, periodSource } from '../platform/indicators/indicator-definition';

/** The figures of the "one matter" core, per period; the definitions are what the docs and reports show. */
export const ONE_MATTER_INDICATORS = [
  defineIndicator({
    code: 'one-matter.on-time-completion-rate',
    source: periodSource('oneMatterIndicators', 'onTimeCompletionRate'),
    name: 'On-time completion rate (按时办结率)',
    definition: 'Cases completed in the period that were not overdue, divided by all cases completed in the period.',
    unit: IndicatorUnit.RATE,
    target: 1,
    cube: { cube: 'cases', measure: 'ON_TIME_RATE', time: 'FINISHED' },
  }),
  defineIndicator({
    code: 'one-matter.online-rate',
    source: periodSource('oneMatterIndicators', 'onlineRate'),
    name: 'Online rate (一网通办率)',
    definition: 'Cases submitted in the period through the ONLINE or MOBILE channel, divided by all cases submitted in the period.',
    unit: IndicatorUnit.RATE,
    target: 0.97,
    cube: { cube: 'cases', measure: 'ONLINE_RATE', time: 'SUBMITTED' },
  }),
  defineIndicator({
    code: 'one-matter.active-review-rate',
    source: periodSource('oneMatterIndicators', 'activeReviewRate'),
    name: 'Active review rate (主动评价率)',
    definition:
      'Cases finished (completed or rejected) in the period that the applicant reviewed unprompted, divided by all cases finished in the period.',
    unit: IndicatorUnit.RATE,
    cube: { cube: 'cases', measure: 'ACTIVE_REVIEW_RATE', time: 'FINISHED' },
  }),
  defineIndicator({
    code: 'one-matter.satisfaction-rate',
    source: periodSource('oneMatterIndicators', 'satisfactionRate'),
    name: 'Satisfaction rate (满意率)',
    definition: 'Reviews given in the period at basically satisfied or better (score 3 to 5), divided by all reviews given in the period.',
    unit: IndicatorUnit.RATE,
    cube: { cube: 'reviews', measure: 'SATISFACTION_RATE', time: 'REVIEWED' },
  }),
  defineIndicator({
    code: 'one-matter.average-handling-working-days',
    source: periodSource('oneMatterIndicators', 'averageHandlingWorkingDays'),
    name: 'Average handling time (平均办理时长)',
    definition: 'For cases completed in the period: working days after the submission day up to and including the completion day, averaged.',
    unit: IndicatorUnit.WORKING_DAYS,
    direction: IndicatorDirection.LOWER_IS_BETTER,
    cube: { cube: 'cases', measure: 'AVERAGE_HANDLING_WORKING_DAYS', time: 'FINISHED' },
  }),
  defineIndicator({
    code: 'one-matter.overdue-with-responsibility',
    source: periodSource('oneMatterIndicators', 'overdueWithResponsibility', { selection: '{ department { code } count }' }),
    name: 'Overdue with responsibility (有责超期件数)',
    definition: 'Tasks recorded in the period as overdue through their department’s doing (suspended time excluded), counted per department.',
    unit: IndicatorUnit.COUNT,
    target: 0,
    direction: IndicatorDirection.LOWER_IS_BETTER,
  }),
];
