import { BASE_SCORE, MAX_SCORE, PUBLIC_RULES, type ScoreRule } from './public-rules';
import { gradeSql } from './grade';

/** Every record that moves a score, as (enterprise, rule, evidence type, evidence id). */
const HITS_SQL = `
  select enterprise_id, 'PENALTY_' || severity as rule, 'AdministrativePenalty' as evidence_type, id as evidence_id
    from credit_penalty where severity <> 'MINOR' and repaired_on is null and publicity_ends_on >= cast(? as date)
  union all
  select enterprise_id, 'ABNORMAL_LIST', 'AbnormalListEntry', id from credit_abnormal_entry where removed_on is null
  union all
  select enterprise_id, 'SERIOUS_VIOLATION', 'SeriousViolationEntry', id from credit_serious_violation where removed_on is null
  union all
  select enterprise_id, 'ANNUAL_REPORT_' || status, 'AnnualReportFiling', id from credit_annual_report where year = cast(? as int)
  union all
  select enterprise_id, 'TAX_CREDIT_' || level, 'TaxCreditRating', id
    from (select distinct on (enterprise_id) * from credit_tax_rating order by enterprise_id, year desc) latest
  union all
  select enterprise_id, 'JUDGMENT_DEFAULTER', 'JudgmentDefaulter', id from credit_judgment_defaulter where removed_on is null
  union all
  select enterprise_id, 'COMMITMENT_' || outcome, 'CreditCommitment', id from credit_commitment where outcome <> 'PENDING'
  union all
  select enterprise_id, 'HONOUR_' || level, 'Honour', id from credit_honour`;

function rulesValues(rules: ScoreRule[]): string {
  return rules.map((rule) => `('${rule.code}', ${rule.points}, ${rule.cap ?? 'null'}, '${rule.description.replaceAll("'", "''")}')`).join(', ');
}

/**
 * Scores, grades and explanations for a set of enterprises (or all) in one statement: rule hits joined to the
 * rule table, capped per rule, summed on the base and clamped to 0-1000. The result is inserted as the new current
 * score (after RETIRE_SQL has retired the earlier ones). Parameters, in order: the enterprise ids
 * (twice; null for every enterprise), today, last year, the rule set, the time of computation.
 */
export function recomputeSql(cuts: readonly number[]): string {
  return `
  with targets as (
    select id from enterprise where cast(? as uuid[]) is null or id = any(cast(? as uuid[]))
  ),
  rules(code, points, cap, description) as (values ${rulesValues(PUBLIC_RULES)}),
  hits as (
    select h.* from (${HITS_SQL}) h join targets t on t.id = h.enterprise_id
  ),
  per_rule as (
    select h.enterprise_id, r.code, r.description,
           case when r.cap is null then sum(r.points)
                when sum(r.points) > 0 then least(sum(r.points), r.cap)
                else greatest(sum(r.points), -r.cap) end as points,
           jsonb_agg(jsonb_build_object('type', h.evidence_type, 'id', h.evidence_id) order by h.evidence_id) as evidence
      from hits h join rules r on r.code = h.rule
     where r.points <> 0
     group by h.enterprise_id, r.code, r.description, r.cap
  ),
  totals as (
    select t.id as enterprise_id,
           greatest(0, least(${MAX_SCORE}, ${BASE_SCORE} + coalesce(sum(p.points), 0))) as score,
           coalesce(jsonb_agg(jsonb_build_object('rule', p.code, 'description', p.description, 'points', p.points, 'evidence', p.evidence)
                    order by p.points, p.code) filter (where p.code is not null), cast('[]' as jsonb)) as explanation
      from targets t left join per_rule p on p.enterprise_id = t.id
     group by t.id
  )
  insert into credit_score (id, created_at, updated_at, enterprise_id, score, grade, rule_set, computed_at, explanation, current)
  select gen_random_uuid(), now(), now(), enterprise_id, cast(score as int), ${gradeSql('score', cuts)}, ?, cast(? as timestamptz), explanation, true
    from totals`;
}

/** Retires the current scores of the enterprises about to be recomputed (parameters: the ids twice, or nulls). */
export const RETIRE_SQL = `update credit_score set current = false
  where current and (cast(? as uuid[]) is null or enterprise_id = any(cast(? as uuid[])))`;
