import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../platform/clock';
import type { JobDefinition } from '../platform/jobs/job-definition';
import type { PlatformServices } from '../platform/context';
import { allowLongStatements } from '../platform/database/statement-timeout';
import { calculate } from './policy-calculator';
import { checkContent, periodOn } from './policy-content';
import { factsReadBy } from './policy-expression';
import { loadFacts, policyFactsOf } from './policy-facts';
import { latestVersions } from './latest-versions';
import { RedemptionState } from './policy-redemption.entity';
import { budgetLeft, releaseWaiting } from './policy-budget';

export interface MatchRun {
  policies: number;
  enterprises: number;
  granted: number;
  waiting: number;
  /** Redemptions that waited for budget and were granted now that it reaches them. */
  released: number;
}

/**
 * Redemption without application (免申即享): every NO_APPLICATION policy in force on the day is matched against every
 * enterprise, and each eligible one gets a redemption for the policy's period holding the day (its year, or its month for
 * a monthly benefit), inside the year's budget (beyond it, it waits).
 * Set-based: every fact of every enterprise in one statement, the judgements in memory, one insert per policy that
 * skips what a previous run granted, so a rerun creates nothing new. Policies are taken in turn under a lock each, so
 * two runs cannot both spend one budget.
 */
export async function matchWithoutApplication(platform: PlatformServices, em: EntityManager, on: string): Promise<MatchRun> {
  const catalogue = policyFactsOf(platform.modules);
  const codes = new Set(catalogue.keys());
  const inForce = (await latestVersions(em, { mode: 'NO_APPLICATION' })).filter(
    ({ content }) => content.validFrom <= on && (content.validUntil === null || on <= content.validUntil),
  );
  const judged = inForce.flatMap((version) => {
    const { checked } = checkContent(version.content, codes);
    return checked ? [{ version, checked }] : [];
  });
  if (judged.length === 0) return { policies: 0, enterprises: 0, granted: 0, waiting: 0, released: 0 };
  // Only the facts the policies read: a chain's records that no policy names need not be loaded.
  const read = new Set(
    judged.flatMap(({ checked }) =>
      [...checked.targets, ...checked.conditions]
        .map((condition) => condition.ast)
        .concat(checked.formula)
        .flatMap(factsReadBy),
    ),
  );
  const facts = await loadFacts(
    em,
    [...catalogue.values()].filter((fact) => read.has(fact.code)),
    on,
    'all',
  );
  // One order for every policy: who comes first when a budget runs out does not depend on the run.
  const enterprises = [...facts].sort(([a], [b]) => (a < b ? -1 : 1));
  let granted = 0;
  let waiting = 0;
  let released = 0;
  for (const { version, checked } of judged) {
    const policy = version.policy.getEntity();
    const period = periodOn(version.content.benefitPeriod, on);
    await em.execute('select id from policy where id = ? for update', [policy.id]);
    released += await releaseWaiting(em, policy, version.content.yearlyBudget, platform.clock.now());
    // Who has the benefit for the period already is not judged again, nor counted against what is left of the budget.
    const served = new Set(
      (
        await em.execute<Array<{ enterprise_id: string }>>('select enterprise_id from policy_redemption where policy_id = ? and period = ?', [
          policy.id,
          period,
        ])
      ).map((row) => row.enterprise_id),
    );
    const eligible: Array<{ enterpriseId: string; amount: number }> = [];
    for (const [enterpriseId, values] of enterprises) {
      if (served.has(enterpriseId)) continue;
      const result = calculate(version.content, checked, (code) => values.get(code) ?? null, on);
      if (result.eligible && result.amount !== null && result.amount > 0) eligible.push({ enterpriseId, amount: result.amount });
    }
    if (eligible.length === 0) continue;
    // What is left of the year's budget goes to the enterprises in a fixed order until it is spent.
    let left = await budgetLeft(em, policy, version.content.yearlyBudget, on.slice(0, 4));
    const rows = eligible
      .map(({ enterpriseId, amount }) => {
        const fits = amount <= left + 1e-9;
        if (fits) left -= amount;
        return { enterpriseId, amount: amount.toFixed(2), state: fits ? RedemptionState.GRANTED : RedemptionState.WAITING_FOR_BUDGET };
      })
      .filter((row) => row.state === RedemptionState.GRANTED || platform.config.POLICY_OVER_BUDGET === 'WAIT');
    if (rows.length === 0) continue;
    const inserted = await em.execute<Array<{ state: string }>>(
      `insert into policy_redemption (id, created_at, updated_at, policy_id, enterprise_id, period, version_number, amount, state, granted_at)
       select gen_random_uuid(), now(), now(), ?, enterprise_id, ?, ?, amount, state, ?
         from unnest(?::uuid[], ?::numeric[], ?::text[]) as row(enterprise_id, amount, state)
       on conflict (policy_id, enterprise_id, period) do nothing
       returning state`,
      [
        policy.id,
        period,
        version.number,
        platform.clock.now(),
        `{${rows.map((row) => row.enterpriseId).join(',')}}`,
        `{${rows.map((row) => row.amount).join(',')}}`,
        `{${rows.map((row) => row.state).join(',')}}`,
      ],
    );
    granted += inserted.filter((row) => row.state === RedemptionState.GRANTED).length;
    waiting += inserted.filter((row) => row.state === RedemptionState.WAITING_FOR_BUDGET).length;
  }
  return { policies: judged.length, enterprises: facts.size, granted, waiting, released };
}

export const redemptionMatchJob: JobDefinition = {
  name: 'policies.match-without-application',
  description:
    'Matches every enterprise against the NO_APPLICATION policies in force and grants their redemptions for the policy’s year or month holding the day (免申即享).',
  schedule: '0 4 1 * *',
  async handler(platform, data) {
    const on = typeof data.on === 'string' ? data.on : today(platform.clock);
    return platform.orm.em.fork().transactional(async (em) => {
      await allowLongStatements(em as EntityManager, platform.config.DATABASE_LONG_STATEMENT_TIMEOUT_MS);
      return { ...(await matchWithoutApplication(platform, em as EntityManager, on)) };
    });
  },
};
