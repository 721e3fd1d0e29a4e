import type { EntityManager } from '@mikro-orm/postgresql';
import { rate } from '../platform/indicators/rate';
import { PolicyBreakdown } from './policy-indicators.types';

/**
 * The expression that puts a policy version `pv` (with its policy `p`) in a group, and the joins it needs; from this
 * table only, never from a request.
 */
const GROUPS: Record<PolicyBreakdown | 'TOTAL', { key: string; joins: string }> = {
  TOTAL: { key: `'TOTAL'`, joins: '' },
  [PolicyBreakdown.DEPARTMENT]: { key: `pv.content->>'departmentCode'`, joins: '' },
  [PolicyBreakdown.POLICY]: { key: 'p.code', joins: '' },
  [PolicyBreakdown.MODE]: { key: `pv.content->>'mode'`, joins: '' },
  [PolicyBreakdown.CHAIN]: {
    key: 'chain.code',
    joins: `cross join lateral jsonb_array_elements_text(case when jsonb_array_length(pv.content->'targets'->'chains') = 0
              then '["ALL"]'::jsonb else pv.content->'targets'->'chains' end) as chain(code)`,
  },
};

export interface PolicyFigureRow {
  key: string;
  granted: number;
  grantedWithoutReview: number;
  amountGranted: string;
  amountDisbursed: string;
  beneficiaries: number;
  waitingForBudget: number;
  spentInYear: string;
  yearlyBudget: string;
}

/** Measures of a row, as the GraphQL figures show them. */
export function figuresOf(row: PolicyFigureRow) {
  return {
    granted: row.granted,
    amountGranted: row.amountGranted,
    amountDisbursed: row.amountDisbursed,
    beneficiaries: row.beneficiaries,
    withoutReviewShare: rate(row.grantedWithoutReview, row.granted),
    waitingForBudget: row.waitingForBudget,
    yearlyBudget: row.yearlyBudget,
    budgetProgress: Number(row.yearlyBudget) === 0 ? null : rate(Number(row.spentInYear), Number(row.yearlyBudget)),
  };
}

/**
 * Every figure of a period per group in one statement: the redemptions grouped by the version that judged them,
 * beside the year's budgets of the policies in force grouped by their latest versions. Amounts stay decimals in
 * SQL and travel as text, so that no yuan is lost to floating point.
 */
export async function policyFigures(em: EntityManager, from: string, to: string, by: PolicyBreakdown | 'TOTAL'): Promise<PolicyFigureRow[]> {
  const group = GROUPS[by];
  const year = to.slice(0, 4);
  const granted = `state in ('GRANTED', 'PAID') and granted_on between ?::date and ?::date`;
  const paid = `state = 'PAID' and paid_on between ?::date and ?::date`;
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `with redemptions as (
       select ${group.key} as key, r.enterprise_id, r.amount, r.state, r.paid_on, r.period, pv.content->>'mode' as mode,
              (r.granted_at at time zone 'Asia/Shanghai')::date as granted_on
         from policy_redemption r
         join policy p on p.id = r.policy_id
         join policy_version pv on pv.policy_id = r.policy_id and pv.number = r.version_number ${group.joins}
     ),
     own as (
       select key,
              count(*) filter (where ${granted})::int as granted,
              count(*) filter (where ${granted} and mode in ('NO_APPLICATION', 'INSTANT'))::int as granted_without_review,
              coalesce(sum(amount) filter (where ${granted}), 0)::text as amount_granted,
              coalesce(sum(amount) filter (where ${paid}), 0)::text as amount_disbursed,
              count(distinct enterprise_id) filter (where ${paid})::int as beneficiaries,
              count(*) filter (where state = 'WAITING_FOR_BUDGET' and granted_on between ?::date and ?::date)::int as waiting,
              coalesce(sum(amount) filter (where state in ('GRANTED', 'PAID') and left(period, 4) = ?), 0)::text as spent_in_year
         from redemptions group by key
     ),
     budgets as (
       select ${group.key} as key, sum((pv.content->>'yearlyBudget')::numeric)::text as budget
         from policy p
         join policy_version pv on pv.policy_id = p.id and pv.number = p.latest_version ${group.joins}
        where pv.content->>'validFrom' <= ? and coalesce(pv.content->>'validUntil', '9999-12-31') >= ?
        group by key
     )
     select coalesce(own.key, budgets.key) as key, own.granted, own.granted_without_review, own.amount_granted, own.amount_disbursed,
            own.beneficiaries, own.waiting, own.spent_in_year, budgets.budget
       from own full join budgets on budgets.key = own.key
      order by 1`,
    [...Array.from({ length: 6 }, () => [from, to]).flat(), year, `${year}-12-31`, `${year}-01-01`],
  );
  return rows.map((row) => ({
    key: String(row.key),
    granted: Number(row.granted ?? 0),
    grantedWithoutReview: Number(row.granted_without_review ?? 0),
    amountGranted: String(row.amount_granted ?? '0'),
    amountDisbursed: String(row.amount_disbursed ?? '0'),
    beneficiaries: Number(row.beneficiaries ?? 0),
    waitingForBudget: Number(row.waiting ?? 0),
    spentInYear: String(row.spent_in_year ?? '0'),
    yearlyBudget: String(row.budget ?? '0'),
  }));
}
