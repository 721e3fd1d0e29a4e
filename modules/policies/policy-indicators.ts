import { defineIndicator, IndicatorUnit, periodSource } from '../platform/indicators/indicator-definition';

const BREAKDOWN = { optionalArguments: ['by'] };

/** The figures of policy redemption (惠企政策兑现), per period and by department, chain, policy or mode. */
export const POLICY_INDICATORS = [
  defineIndicator({
    code: 'policies.amount-disbursed',
    source: periodSource('policyIndicators', 'amountDisbursed', BREAKDOWN),
    name: 'Amount disbursed (兑现金额)',
    definition: 'Yuan of the redemptions paid in the period, by their payment day.',
    unit: IndicatorUnit.YUAN,
    cube: { cube: 'policyRedemptions', measure: 'AMOUNT_PAID', time: 'PAID' },
  }),
  defineIndicator({
    code: 'policies.beneficiaries',
    source: periodSource('policyIndicators', 'beneficiaries', BREAKDOWN),
    name: 'Beneficiaries (受益企业数)',
    definition: 'Distinct enterprises with a redemption paid in the period.',
    unit: IndicatorUnit.COUNT,
  }),
  defineIndicator({
    code: 'policies.without-review-share',
    source: periodSource('policyIndicators', 'withoutReviewShare', BREAKDOWN),
    name: 'Share without application or instant (免申即享、即申即享占比)',
    definition:
      'Redemptions granted in the period under NO_APPLICATION or INSTANT policies (by the version that judged them), divided by all redemptions granted in the period.',
    unit: IndicatorUnit.RATE,
    target: 0.8,
    cube: { cube: 'policyRedemptions', measure: 'WITHOUT_REVIEW_SHARE', time: 'GRANTED' },
  }),
  defineIndicator({
    code: 'policies.budget-progress',
    source: periodSource('policyIndicators', 'budgetProgress', BREAKDOWN),
    name: 'Budget progress (预算执行进度)',
    definition:
      'Yuan granted or paid for periods of the year of the period’s last day, divided by the yearly budgets of the policies in force that year (their latest versions).',
    unit: IndicatorUnit.RATE,
  }),
];
