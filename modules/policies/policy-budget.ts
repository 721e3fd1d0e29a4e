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

/**
 * Grants what waits for budget as far as the budget now reaches (a larger budget published, a rejection or a smaller
 * approval freeing some), oldest first; one that does not fit is passed over for a smaller one behind it. Call it
 * holding the policy's lock, as every spending of its budget does. Plain rows, not entities: a large backlog must not
 * fill the unit of work of the transaction it runs in.
 */
export async function releaseWaiting(em: EntityManager, policy: Policy, yearlyBudget: string, now: Date): Promise<number> {
  const waiting = await em.execute<Array<{ id: string; amount: string; year: string }>>(
    `select id, amount::text as amount, left(period, 4) as year from policy_redemption
      where policy_id = ? and state = ? order by granted_at, id`,
    [policy.id, RedemptionState.WAITING_FOR_BUDGET],
  );
  if (waiting.length === 0) return 0;
  const spent = await em.execute<Array<{ year: string; spent: string }>>(
    `select left(period, 4) as year, sum(amount)::text as spent from policy_redemption
      where policy_id = ? and state in (?, ?) group by 1`,
    [policy.id, RedemptionState.GRANTED, RedemptionState.PAID],
  );
  const left = new Map(spent.map((row) => [row.year, Number(yearlyBudget) - Number(row.spent)]));
  const released: string[] = [];
  for (const row of waiting) {
    const amount = Number(row.amount);
    const available = left.get(row.year) ?? Number(yearlyBudget);
    if (amount > available + 1e-9) continue;
    left.set(row.year, available - amount);
    released.push(row.id);
  }
  if (released.length === 0) return 0;
  await em.execute(`update policy_redemption set state = ?, granted_at = ?, updated_at = now() where id = any(?::uuid[])`, [
    RedemptionState.GRANTED,
    now,
    `{${released.join(',')}}`,
  ]);
  return released.length;
}
