import type { JobDefinition } from '../platform/jobs/job-definition';
import { today } from '../platform/clock';

/**
 * Marks, in three set-based statements, the tasks past their due date (suspended tasks only if they were
 * suspended after it), records each with its department once, and marks the cases that are late.
 */
export const markOverdueJob: JobDefinition = {
  name: 'one-matter.mark-overdue',
  description: 'Marks tasks and cases past their due date and records overdue with responsibility per department.',
  schedule: '5 0 * * *',
  async handler(platform) {
    const on = today(platform.clock);
    return platform.orm.em.fork().transactional(async (em) => {
      // The cases' row locks queue the job behind officers acting on them, exactly as their actions queue up.
      await em.execute(
        `select id from service_case where id in (
           select case_id from task where not overdue_with_responsibility
             and ((state in ('SUBMITTED', 'ACCEPTED') and due_on < ?) or (state = 'SUSPENDED' and suspended_on > due_on)))
         order by id for update`,
        [on],
      );
      const tasks = await em.execute<Array<{ id: string }>>(
        `update task set overdue = true, overdue_with_responsibility = true, version = version + 1, updated_at = now()
          where not overdue_with_responsibility
            and ((state in ('SUBMITTED', 'ACCEPTED') and due_on < ?) or (state = 'SUSPENDED' and suspended_on > due_on))
          returning id`,
        [on],
      );
      await em.execute(
        `insert into overdue_record (id, created_at, updated_at, task_id, department_id, due_on, recorded_on)
         select gen_random_uuid(), now(), now(), t.id, t.department_id, t.due_on, ?
           from task t
          where t.overdue_with_responsibility and not exists (select 1 from overdue_record r where r.task_id = t.id)
         on conflict (task_id) do nothing`,
        [on],
      );
      // A case is late when one of its tasks is, or when it is past due with no clock stopped.
      const cases = await em.execute<Array<{ id: string }>>(
        `update service_case c set overdue = true, version = version + 1, updated_at = now()
          where not c.overdue and c.state in ('SUBMITTED', 'IN_PROGRESS', 'SUSPENDED')
            and ((c.state <> 'SUSPENDED' and c.due_on < ?) or exists (select 1 from task t where t.case_id = c.id and t.overdue))
          returning c.id`,
        [on],
      );
      return { on, overdueTasks: tasks.length, overdueCases: cases.length };
    });
  },
};
