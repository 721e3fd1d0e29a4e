import type { EntityManager } from '@mikro-orm/postgresql';
import type { Policy } from './policy.entity';
import { PolicyRedemption, RedemptionState } from './policy-redemption.entity';

/** What is left of a policy's budget for a year: the budget less what it granted or paid in that year. */
export async function budgetLeft(em: EntityManager, policy: Policy, yearlyBudget: string, year: string): Promise<number> {
  const [{ spent }] = await em.execute<Array<{ spent: string }>>(
    `select coalesce(sum(amount), 0)::text as spent from policy_redemption where policy_id = ? and state in (?, ?) and period like ?`,
    [policy.id, RedemptionState.GRANTED, RedemptionState.PAID, `${year}%`],
  );
  return Number(yearlyBudget) - Number(spent);
}

/**
 * Grants what waits for budget as far as the budget now reaches (a larger budget published, a rejection or a smaller
 * approval freeing some), oldest first; one that does not fit is passed over for a smaller one behind it. Call it
 * holding the policy's lock, as every spending of its budget does.
 */
export async function releaseWaiting(em: EntityManager, policy: Policy, yearlyBudget: string, now: Date): Promise<number> {
  const waiting = await em.find(
    PolicyRedemption,
    { policy, state: RedemptionState.WAITING_FOR_BUDGET },
    { orderBy: { grantedAt: 'ASC', id: 'ASC' } },
  );
  const left = new Map<string, number>();
  let released = 0;
  for (const redemption of waiting) {
    const year = redemption.period.slice(0, 4);
    if (!left.has(year)) left.set(year, await budgetLeft(em, policy, yearlyBudget, year));
    const amount = Number(redemption.amount);
    if (amount > left.get(year)! + 1e-9) continue;
    left.set(year, left.get(year)! - amount);
    Object.assign(redemption, { state: RedemptionState.GRANTED, grantedAt: now });
    released++;
  }
  await em.flush();
  return released;
}
