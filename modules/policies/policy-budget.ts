import type { EntityManager } from '@mikro-orm/postgresql';
import type { Policy } from './policy.entity';
import { RedemptionState } from './policy-redemption.entity';

/** What is left of a policy's budget for a year: the budget less what it granted or paid in that year. */
export async function budgetLeft(em: EntityManager, policy: Policy, yearlyBudget: string, year: string): Promise<number> {
  const [{ spent }] = await em.execute<Array<{ spent: string }>>(
    `select coalesce(sum(amount), 0)::text as spent from policy_redemption where policy_id = ? and state in (?, ?) and period like ?`,
    [policy.id, RedemptionState.GRANTED, RedemptionState.PAID, `${year}%`],
  );
  return Number(yearlyBudget) - Number(spent);
}
