import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { subscribe } from '../platform/events/domain-event';
import {
  calendarYearReplaced,
  provisionalDeadlinesCounted,
  type CalendarYearReplaced,
  type MovedDeadline,
} from '../platform/calendar/calendar.events';
import { correctedDueOn } from '../platform/calendar/working-day-calendar';
import { toGlobalId } from '../platform/relay/global-id';
import { ServiceCase } from './case.entity';
import { settleCaseDueOn } from './case.service';
import { CaseState, OPEN_CASE_STATES, OPEN_TASK_STATES, TaskState } from './case-states';
import { OverdueRecord } from './overdue-record.entity';
import { Rectification } from './rectification.entity';
import { RectificationState } from './review-levels';
import { Task } from './task.entity';

/** Tasks whose clock runs or stands: their due dates follow the calendar. Finished tasks keep theirs. */
const CLOCKED_TASK_STATES: TaskState[] = OPEN_TASK_STATES.filter((state) => state !== TaskState.WAITING);

const placeholders = (values: unknown[]) => values.map(() => '?').join(', ');

/** Overdue as the daily job judges it: past due while running, or suspended only after the due date. */
function isOverdue(task: Task, today: string): boolean {
  if (task.state === TaskState.SUSPENDED) return task.suspendedOn! > task.dueOn!;
  return task.dueOn! < today;
}

/** The overdue flags and record of a task follow its corrected due date. */
function settleOverdue(em: EntityManager, task: Task, today: string, records: Map<string, OverdueRecord>): void {
  const overdue = isOverdue(task, today);
  const record = records.get(task.id);
  if (overdue && record) record.dueOn = task.dueOn!;
  if (overdue && !task.overdueWithResponsibility)
    em.create(OverdueRecord, { task, department: task.department, dueOn: task.dueOn!, recordedOn: today });
  if (!overdue && record) em.remove(record);
  Object.assign(task, { overdue, overdueWithResponsibility: overdue });
}

async function recountCases(em: EntityManager, { year, previous, current, today }: CalendarYearReplaced): Promise<MovedDeadline[]> {
  // Row locks in id order: officers acting on these cases meanwhile queue up, as they do behind the overdue job.
  const rows = await em.execute<Array<{ id: string }>>(
    `select id from service_case where state in (${placeholders(OPEN_CASE_STATES)}) and due_on >= ? and submitted_on <= ? order by id for update`,
    [...OPEN_CASE_STATES, `${year}-01-01`, `${year}-12-31`],
  );
  if (rows.length === 0) return [];
  const cases = await em.find(
    ServiceCase,
    { id: { $in: rows.map((row) => row.id) } },
    { populate: ['tasks.item', 'tasks.department'], refresh: true },
  );
  const flagged = cases.flatMap((serviceCase) => serviceCase.tasks.getItems().filter((task) => task.overdueWithResponsibility));
  const records = new Map((flagged.length ? await em.find(OverdueRecord, { task: { $in: flagged } }) : []).map((record) => [record.task.id, record]));
  const moved: MovedDeadline[] = [];
  for (const serviceCase of cases) {
    const tasks = serviceCase.tasks.getItems();
    for (const task of tasks) {
      if (!CLOCKED_TASK_STATES.includes(task.state) || !task.dueOn || !task.activatedOn) continue;
      const dueOn = correctedDueOn(previous, current, year, task.activatedOn, task.dueOn);
      const provisional = current.isProvisionalBetween(task.activatedOn, dueOn);
      if (dueOn !== task.dueOn)
        moved.push({
          kind: 'one-matter.task.dueOn',
          subjectId: toGlobalId('Task', task.id),
          previousDueOn: task.dueOn,
          dueOn,
          stillProvisional: provisional,
        });
      Object.assign(task, { dueOn, dueOnProvisional: provisional });
      settleOverdue(em, task, today, records);
    }
    const previousDueOn = serviceCase.dueOn;
    settleCaseDueOn(serviceCase, tasks, current);
    if (serviceCase.dueOn !== previousDueOn) {
      moved.push({
        kind: 'one-matter.case.dueOn',
        subjectId: toGlobalId('Case', serviceCase.id),
        previousDueOn,
        dueOn: serviceCase.dueOn,
        stillProvisional: serviceCase.dueOnProvisional,
      });
    }
    serviceCase.overdue = tasks.some((task) => task.overdue) || (serviceCase.state !== CaseState.SUSPENDED && serviceCase.dueOn < today);
  }
  await em.flush();
  return moved;
}

async function recountRectifications(em: EntityManager, { year, previous, current }: CalendarYearReplaced): Promise<MovedDeadline[]> {
  // Only open rounds: once the measures are reported, the due date is history.
  const rectifications = await em.find(
    Rectification,
    { state: RectificationState.OPEN, dueOn: { $gte: `${year}-01-01` }, openedOn: { $lte: `${year}-12-31` } },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'ASC' } },
  );
  const moved: MovedDeadline[] = [];
  for (const rectification of rectifications) {
    const dueOn = correctedDueOn(previous, current, year, rectification.openedOn, rectification.dueOn);
    const provisional = current.isProvisionalBetween(rectification.openedOn, dueOn);
    if (dueOn !== rectification.dueOn) {
      moved.push({
        kind: 'one-matter.rectification.dueOn',
        subjectId: toGlobalId('Rectification', rectification.id),
        previousDueOn: rectification.dueOn,
        dueOn,
        stillProvisional: provisional,
      });
    }
    Object.assign(rectification, { dueOn, dueOnProvisional: provisional });
  }
  await em.flush();
  return moved;
}

/** One-matter keeps deadlines of cases, tasks and rectifications: they follow the calendar when a year is replaced. */
export const calendarSubscriptions = [
  subscribe(calendarYearReplaced, async (change, { em }) => [...(await recountCases(em, change)), ...(await recountRectifications(em, change))]),
  subscribe(provisionalDeadlinesCounted, async ({ years }, { em }) => {
    const from = `${Math.min(...years)}-01-01`;
    const [counts] = await em.execute<Array<{ tasks: number; cases: number; rectifications: number }>>(
      `select (select count(*) from task where due_on_provisional and due_on >= ? and state in (${placeholders(CLOCKED_TASK_STATES)}))::int as tasks,
              (select count(*) from service_case where due_on_provisional and due_on >= ? and state in (${placeholders(OPEN_CASE_STATES)}))::int as cases,
              (select count(*) from rectification where due_on_provisional and due_on >= ? and state = ?)::int as rectifications`,
      [from, ...CLOCKED_TASK_STATES, from, ...OPEN_CASE_STATES, from, RectificationState.OPEN],
    );
    return [
      { kind: 'one-matter.task.dueOn', open: counts.tasks },
      { kind: 'one-matter.case.dueOn', open: counts.cases },
      { kind: 'one-matter.rectification.dueOn', open: counts.rectifications },
    ];
  }),
];
