import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../platform/context';
import { assertIndicatorPeriod } from '../platform/indicators/period';
import { CreditIndicators } from './indicators.types';
import { rate } from '../platform/indicators/rate';

/** Enterprises of a chain, or all: the condition every figure shares. */
const inChain = (column: string) =>
  `(cast(? as text) is null or ${column} in (select enterprise_id from chain_membership where chain = cast(? as text)))`;

/** The credit indicators of a period, each one SQL aggregate in PostgreSQL. */
export class CreditIndicatorsService {
  constructor(private readonly platform: PlatformServices) {}

  async compute(em: EntityManager, from: string, to: string, chain: string | null): Promise<CreditIndicators> {
    assertIndicatorPeriod(from, to);
    const days = this.platform.config.CREDIT_REPAIR_DECISION_WORKING_DAYS;
    const [grades] = await em.execute(
      `select count(*)::int as scored,
              count(*) filter (where grade in ('EXCELLENT', 'GOOD'))::int as good,
              count(*) filter (where grade = 'POOR')::int as poor
         from (select distinct on (enterprise_id) enterprise_id, grade from credit_score
                where (computed_at at time zone 'Asia/Shanghai')::date <= cast(? as date) and ${inChain('enterprise_id')}
                order by enterprise_id, computed_at desc, created_at desc) latest`,
      [to, chain, chain],
    );
    const [repairs] = await em.execute(
      `select count(*)::int as handled,
              count(*) filter (where (select count(*) from calendar_day d where d.working and d.day > r.applied_on and d.day <= r.decided_on) <= ?)::int as on_time,
              coalesce(bool_or(exists (select 1 from calendar_day d where d.provisional and d.day > r.applied_on and d.day <= r.decided_on)), false) as provisional
         from credit_repair r
        where r.decided_on between cast(? as date) and cast(? as date) and ${inChain('r.enterprise_id')}`,
      [days, from, to, chain, chain],
    );
    const [loans] = await em.execute(
      `select count(*)::int as approved, coalesce(sum(amount), 0)::numeric(20,2)::text as amount from credit_loan
        where outcome = 'APPROVED' and recorded_on between cast(? as date) and cast(? as date) and ${inChain('enterprise_id')}`,
      [from, to, chain, chain],
    );
    return Object.assign(new CreditIndicators(), {
      from,
      to,
      chain,
      enterprisesScored: grades.scored,
      goodOrBetterRate: rate(grades.good, grades.scored),
      poorRate: rate(grades.poor, grades.scored),
      repairsHandled: repairs.handled,
      repairsOnTimeRate: rate(repairs.on_time, repairs.handled),
      provisionalCalendar: repairs.provisional,
      loansApproved: loans.approved,
      loanAmount: loans.amount,
    });
  }
}
