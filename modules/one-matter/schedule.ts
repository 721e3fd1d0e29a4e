import type { WorkingDayCalendar } from '../platform/calendar/working-day-calendar';
import { TaskState } from './case-states';

/** What the deadline arithmetic needs to know of a task. */
export interface ScheduledTask {
  itemCode: string;
  waitsFor: string[];
  limitDays: number;
  state: TaskState;
  dueOn: string | null;
  finishedOn: string | null;
}

const DROPPED = new Set([TaskState.CANCELLED, TaskState.REJECTED]);

/**
 * The due date of every task: an active or finished task has its own; a waiting task starts when the last
 * task it waits for ends (or is due to end) and runs for its committed limit in working days.
 */
export function dueDates(tasks: ScheduledTask[], calendar: WorkingDayCalendar): Map<string, string> {
  const byItem = new Map(tasks.map((task) => [task.itemCode, task]));
  const due = new Map<string, string>();
  const visiting = new Set<string>();
  const resolve = (task: ScheduledTask): string => {
    const known = due.get(task.itemCode);
    if (known) return known;
    if (visiting.has(task.itemCode)) throw new Error(`items of the matter wait for each other in a cycle at ${task.itemCode}`);
    visiting.add(task.itemCode);
    let result: string;
    if (task.dueOn) {
      result = task.dueOn;
    } else {
      const starts = task.waitsFor.map((code) => {
        const dependency = byItem.get(code);
        if (!dependency) throw new Error(`${task.itemCode} waits for ${code}, which is not part of the case`);
        return dependency.state === TaskState.COMPLETED && dependency.finishedOn ? dependency.finishedOn : resolve(dependency);
      });
      const start = starts.sort().at(-1);
      if (!start) throw new Error(`${task.itemCode} has neither a due date nor anything to wait for`);
      result = calendar.addWorkingDays(start, task.limitDays);
    }
    visiting.delete(task.itemCode);
    due.set(task.itemCode, result);
    return result;
  };
  tasks.forEach(resolve);
  return due;
}

/** The case is due when its last remaining task is due. */
export function caseDueOn(tasks: ScheduledTask[], calendar: WorkingDayCalendar): string {
  const due = dueDates(tasks, calendar);
  const live = tasks.filter((task) => !DROPPED.has(task.state));
  return (live.length > 0 ? live : tasks)
    .map((task) => due.get(task.itemCode)!)
    .sort()
    .at(-1)!;
}
