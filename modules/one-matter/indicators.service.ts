import type { EntityManager } from '@mikro-orm/postgresql';

export interface OneMatterFigures {
  casesSubmitted: number;
  casesOnlineSubmitted: number;
  casesCompleted: number;
  casesCompletedOnTime: number;
  casesFinished: number;
  casesReviewedUnprompted: number;
  reviews: number;
  satisfiedReviews: number;
  averageHandlingWorkingDays: number | null;
  /** Whether a completed case's working days or due date rested on a provisional calendar year. */
  provisionalCalendar: boolean;
  overdueByDepartment: Array<{ departmentId: string; count: number }>;
}

/** Every figure of a period in two statements; working days come from the calendar_day table. */
export async function oneMatterFigures(em: EntityManager, from: string, to: string): Promise<OneMatterFigures> {
  const [row] = await em.execute(
    `select
       (select count(*) from service_case c where c.submitted_on between ?::date and ?::date)::int as submitted,
       (select count(*) from service_case c where c.submitted_on between ?::date and ?::date and c.channel in ('ONLINE', 'MOBILE'))::int as online,
       (select count(*) from service_case c where c.state = 'COMPLETED' and c.finished_on between ?::date and ?::date)::int as completed,
       (select count(*) from service_case c where c.state = 'COMPLETED' and not c.overdue and c.finished_on between ?::date and ?::date)::int as on_time,
       (select count(*) from service_case c where c.state in ('COMPLETED', 'REJECTED') and c.finished_on between ?::date and ?::date)::int as finished,
       (select count(*) from service_case c join review r on r.case_id = c.id
          where r.unprompted and c.state in ('COMPLETED', 'REJECTED') and c.finished_on between ?::date and ?::date)::int as reviewed_unprompted,
       (select count(*) from review r where (r.reviewed_at at time zone 'Asia/Shanghai')::date between ?::date and ?::date)::int as reviews,
       (select count(*) from review r where r.score >= 3 and (r.reviewed_at at time zone 'Asia/Shanghai')::date between ?::date and ?::date)::int as satisfied,
       (select avg((select count(*) from calendar_day d where d.working and d.day > c.submitted_on and d.day <= c.finished_on))
          from service_case c where c.state = 'COMPLETED' and c.finished_on between ?::date and ?::date)::float as average_days,
       exists (select 1 from service_case c where c.state = 'COMPLETED' and c.finished_on between ?::date and ?::date
          and exists (select 1 from calendar_day d where d.provisional and d.day > c.submitted_on and d.day <= greatest(c.finished_on, c.due_on))) as provisional`,
    Array.from({ length: 10 }, () => [from, to]).flat(),
  );
  const overdue = await em.execute<Array<{ department_id: string; count: number }>>(
    `select department_id, count(*)::int as count from overdue_record where recorded_on between ?::date and ?::date group by department_id order by count desc, department_id`,
    [from, to],
  );
  return {
    casesSubmitted: row.submitted,
    casesOnlineSubmitted: row.online,
    casesCompleted: row.completed,
    casesCompletedOnTime: row.on_time,
    casesFinished: row.finished,
    casesReviewedUnprompted: row.reviewed_unprompted,
    reviews: row.reviews,
    satisfiedReviews: row.satisfied,
    averageHandlingWorkingDays: row.average_days === null ? null : Math.round(row.average_days * 100) / 100,
    provisionalCalendar: row.provisional,
    overdueByDepartment: overdue.map((entry) => ({ departmentId: entry.department_id, count: entry.count })),
  };
}
