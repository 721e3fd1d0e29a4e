import { registerEnumType } from 'type-graphql';

export enum Channel {
  ONLINE = 'ONLINE',
  WINDOW = 'WINDOW',
  MOBILE = 'MOBILE',
  SELF_SERVICE = 'SELF_SERVICE',
}

export enum CaseState {
  SUBMITTED = 'SUBMITTED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUSPENDED = 'SUSPENDED',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum TaskState {
  WAITING = 'WAITING',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  SUSPENDED = 'SUSPENDED',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(Channel, {
  name: 'Channel',
  description: 'How a case was submitted (受理渠道).',
  valuesConfig: {
    ONLINE: { description: 'Online, "one network for all" (一网通办).' },
    WINDOW: { description: 'At a window of the service centre (窗口).' },
    MOBILE: { description: 'On a mobile app (掌上办).' },
    SELF_SERVICE: { description: 'At a self-service terminal (自助终端).' },
  },
});

registerEnumType(CaseState, {
  name: 'CaseState',
  description: 'Where a case stands (办件状态).',
  valuesConfig: {
    SUBMITTED: { description: 'Submitted; no department has accepted a task yet.' },
    IN_PROGRESS: { description: 'Departments are handling its tasks.' },
    SUSPENDED: { description: 'Waiting for the applicant to supplement materials; the clock stands still.' },
    COMPLETED: { description: 'All tasks completed (办结).' },
    REJECTED: { description: 'A department refused a task (不予受理/不予许可).' },
    WITHDRAWN: { description: 'Withdrawn by the applicant (撤回).' },
  },
});

registerEnumType(TaskState, {
  name: 'TaskState',
  description: 'Where one department’s task of a case stands.',
  valuesConfig: {
    WAITING: { description: 'Waits for other items of the matter to complete first.' },
    SUBMITTED: { description: 'Routed to the department, awaiting acceptance (待受理).' },
    ACCEPTED: { description: 'Accepted and being handled (已受理).' },
    SUSPENDED: { description: 'Waiting for a supplement from the applicant (补正); the clock stands still.' },
    COMPLETED: { description: 'Completed (办结).' },
    REJECTED: { description: 'Refused, with a reason.' },
    CANCELLED: { description: 'No longer needed: the case was withdrawn or another task was rejected.' },
  },
});

export const OPEN_TASK_STATES = [TaskState.WAITING, TaskState.SUBMITTED, TaskState.ACCEPTED, TaskState.SUSPENDED];
export const FINISHED_CASE_STATES = [CaseState.COMPLETED, CaseState.REJECTED, CaseState.WITHDRAWN];
export const OPEN_CASE_STATES = Object.values(CaseState).filter((state) => !FINISHED_CASE_STATES.includes(state));

/** The verbs and the task states each may start from. */
export const TASK_TRANSITIONS = {
  accept: [TaskState.SUBMITTED],
  reject: [TaskState.SUBMITTED, TaskState.ACCEPTED],
  requestSupplement: [TaskState.SUBMITTED, TaskState.ACCEPTED],
  supplement: [TaskState.SUSPENDED],
  complete: [TaskState.ACCEPTED],
} as const satisfies Record<string, readonly TaskState[]>;

export type TaskVerb = keyof typeof TASK_TRANSITIONS;

/** A case's state follows from its tasks. */
export function caseStateOf(taskStates: TaskState[], current: CaseState): CaseState {
  if (current === CaseState.WITHDRAWN) return current;
  if (taskStates.includes(TaskState.REJECTED)) return CaseState.REJECTED;
  const live = taskStates.filter((state) => state !== TaskState.CANCELLED);
  if (live.length > 0 && live.every((state) => state === TaskState.COMPLETED)) return CaseState.COMPLETED;
  if (live.includes(TaskState.SUSPENDED)) return CaseState.SUSPENDED;
  if (live.some((state) => state === TaskState.ACCEPTED || state === TaskState.COMPLETED)) return CaseState.IN_PROGRESS;
  return CaseState.SUBMITTED;
}

/** Online and mobile cases are rated on the online dimensions; window and terminal cases in person. */
export function isOnlineChannel(channel: Channel): boolean {
  return channel === Channel.ONLINE || channel === Channel.MOBILE;
}
