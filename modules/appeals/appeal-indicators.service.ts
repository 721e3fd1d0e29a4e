import type { EntityManager } from '@mikro-orm/postgresql';
import { rate } from '../platform/indicators/rate';
import { AppealBreakdown } from './appeal-indicators.types';

/** Each of an appeal `a`'s categories as `category.code`, UNCLASSIFIED before classification: an appeal of two counts in both. */
export const APPEAL_CATEGORY_JOIN = `cross join lateral unnest(case when cardinality(a.category_codes) = 0 then array['UNCLASSIFIED'] else a.category_codes end) as category(code)`;

/** The expression that puts an appeal in a group, and the joins it needs; from this table only, never from a request. */
const GROUPS: Record<AppealBreakdown | 'TOTAL', { key: string; joins: string }> = {
  TOTAL: { key: `'TOTAL'`, joins: '' },
  [AppealBreakdown.CHANNEL]: { key: 'ch.code', joins: 'join appeal_channel ch on ch.id = a.channel_id' },
  [AppealBreakdown.DEPARTMENT]: { key: `coalesce(d.code, 'UNASSIGNED')`, joins: 'left join department d on d.id = a.lead_department_id' },
  [AppealBreakdown.CATEGORY]: {
    key: 'category.code',
    joins: APPEAL_CATEGORY_JOIN,
  },
  [AppealBreakdown.LAYER]: { key: `coalesce(a.layer, 'UNASSIGNED')`, joins: '' },
};

export interface AppealFigureRow {
  key: string;
  received: number;
  closed: number;
  closedOnTime: number;
  followUps: number;
  satisfied: number;
  solved: number;
  reopenings: number;
  escalations: number;
  averageReplyWorkingDays: number | null;
  provisional: boolean;
}

/** Measures of a row, as the GraphQL figures show them. */
export function figuresOf(row: AppealFigureRow) {
  return {
    received: row.received,
    closed: row.closed,
    onTimeClosureRate: rate(row.closedOnTime, row.closed),
    satisfactionRate: rate(row.satisfied, row.followUps),
    resolutionRate: rate(row.solved, row.followUps),
    averageReplyWorkingDays: row.averageReplyWorkingDays === null ? null : Math.round(row.averageReplyWorkingDays * 100) / 100,
    reopenRate: rate(row.reopenings, row.followUps),
    escalations: row.escalations,
  };
}

/**
 * Every figure of a period per group in one statement: the appeals' own facts (received, closed, replied) grouped
 * by the breakdown, beside the steps taken in the period (follow-ups, reopenings, escalations). Merged duplicates
 * count with their survivor only. Working days come from the calendar_day table.
 */
export async function appealFigures(em: EntityManager, from: string, to: string, by: AppealBreakdown | 'TOTAL'): Promise<AppealFigureRow[]> {
  const group = GROUPS[by];
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `with facts as (
       select a.id, ${group.key} as key, (a.received_at at time zone 'Asia/Shanghai')::date as received_on, a.closed_on, a.replied_late,
              a.assigned_on, a.replied_on, a.due_on
         from appeal a ${group.joins}
        where a.merged_into_id is null
     ),
     own as (
       select key,
              count(*) filter (where received_on between ?::date and ?::date)::int as received,
              count(*) filter (where closed_on between ?::date and ?::date)::int as closed,
              count(*) filter (where closed_on between ?::date and ?::date and not replied_late)::int as closed_on_time,
              avg((select count(*) from calendar_day d where d.working and d.day > f.assigned_on and d.day <= f.replied_on))
                filter (where replied_on between ?::date and ?::date)::float as average_days,
              bool_or(replied_on between ?::date and ?::date and exists (select 1 from calendar_day d
                where d.provisional and d.day > f.assigned_on and d.day <= greatest(f.replied_on, f.due_on))) as provisional
         from facts f group by key
     ),
     steps as (
       select f.key,
              count(*) filter (where h.step = 'FOLLOWED_UP')::int as follow_ups,
              count(*) filter (where h.step = 'FOLLOWED_UP' and h.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'))::int as satisfied,
              count(*) filter (where h.step = 'FOLLOWED_UP' and h.solved)::int as solved,
              count(*) filter (where h.step = 'REOPENED')::int as reopenings,
              count(*) filter (where h.step = 'ESCALATED')::int as escalations
         from facts f join appeal_history_entry h on h.appeal_id = f.id
        where (h.at at time zone 'Asia/Shanghai')::date between ?::date and ?::date
        group by f.key
     )
     select coalesce(own.key, steps.key) as key, own.received, own.closed, own.closed_on_time, own.average_days, own.provisional,
            steps.follow_ups, steps.satisfied, steps.solved, steps.reopenings, steps.escalations
       from own full join steps on steps.key = own.key
      order by 1`,
    Array.from({ length: 6 }, () => [from, to]).flat(),
  );
  return rows.map((row) => ({
    key: String(row.key),
    received: Number(row.received ?? 0),
    closed: Number(row.closed ?? 0),
    closedOnTime: Number(row.closed_on_time ?? 0),
    followUps: Number(row.follow_ups ?? 0),
    satisfied: Number(row.satisfied ?? 0),
    solved: Number(row.solved ?? 0),
    reopenings: Number(row.reopenings ?? 0),
    escalations: Number(row.escalations ?? 0),
    averageReplyWorkingDays: row.average_days === null || row.average_days === undefined ? null : Number(row.average_days),
    provisional: row.provisional === true,
  }));
}
