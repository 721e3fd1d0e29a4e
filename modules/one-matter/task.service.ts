import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../platform/clock';
import type { GraphQLContext } from '../platform/context';
import { UserErrorCode, UserErrorsException, userError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import type { WorkingDayCalendar } from '../platform/calendar/working-day-calendar';
import { assertActsForDepartment, assertApplicant } from './case.access';
import { ServiceCase } from './case.entity';
import { CaseService, settleCaseDueOn } from './case.service';
import { caseFinished } from './case.events';
import { CaseState, OPEN_TASK_STATES, TASK_TRANSITIONS, TaskState, caseStateOf, type TaskVerb } from './case-states';
import { OverdueRecord } from './overdue-record.entity';
import { Task } from './task.entity';

export interface TaskActionRequest {
  id: string;
  expectedVersion?: number | null;
  /** Reason of a rejection or text of a supplement request. */
  text?: string;
}

interface ActionScope {
  em: EntityManager;
  task: Task;
  serviceCase: ServiceCase;
  calendar: WorkingDayCalendar;
  today: string;
  now: Date;
}

/** The task state machine: who may use each verb, from which states, and what follows for the case. */
export class TaskService {
  constructor(private readonly context: GraphQLContext) {}

  async act(em: EntityManager, verb: TaskVerb, request: TaskActionRequest): Promise<{ task: Task; serviceCase: ServiceCase }> {
    // Before any row lock: the calendar lock is always taken first, so no change of the calendar can deadlock with us.
    const calendar = await this.context.platform.calendar.forDeadlines(em);
    const taskId = uuidFromGlobalId(request.id, 'Task');
    // Only the case id is read before the lock; the task itself is loaded after it, so nothing stale is kept.
    const [located] = taskId ? await em.execute<Array<{ case_id: string }>>('select case_id from task where id = ?', [taskId]) : [];
    if (!located) throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No task has this id.')]);
    const serviceCase = await new CaseService(this.context).lockCase(em, located.case_id, ['input', 'id']);
    const task = serviceCase.tasks.getItems().find((candidate) => candidate.id === taskId)!;

    if (verb === 'supplement') {
      assertApplicant(this.context.principal, { enterpriseUscc: serviceCase.enterprise.getEntity().uscc, submittedBy: serviceCase.submittedBy });
    } else {
      assertActsForDepartment(this.context.principal, task.department.getEntity().code);
    }
    if (request.expectedVersion != null && request.expectedVersion !== task.version) {
      throw new UserErrorsException([
        userError(
          ['input', 'expectedVersion'],
          UserErrorCode.STALE_VERSION,
          `The task changed since version ${request.expectedVersion}; it is at version ${task.version}.`,
        ),
      ]);
    }
    if (!(TASK_TRANSITIONS[verb] as readonly TaskState[]).includes(task.state)) {
      throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.INVALID_TRANSITION, `Cannot ${verb} a task that is ${task.state}.`)]);
    }
    const needsText = verb === 'reject' || verb === 'requestSupplement';
    if (needsText && !request.text?.trim()) {
      const field = verb === 'reject' ? 'reason' : 'request';
      throw new UserErrorsException([
        userError(
          ['input', field],
          UserErrorCode.BLANK,
          `Say ${verb === 'reject' ? 'why the task is refused' : 'what the applicant must supplement'}.`,
        ),
      ]);
    }

    const scope: ActionScope = {
      em,
      task,
      serviceCase,
      calendar,
      today: today(this.context.platform.clock),
      now: this.context.platform.clock.now(),
    };
    this[verb](scope, request.text?.trim() ?? '');
    if (verb !== 'supplement') task.handledBy = this.context.principal.subject;
    const finished = this.settleCase(scope);
    await em.flush();
    if (finished) {
      await this.context.platform.events.publish(
        caseFinished,
        {
          caseId: serviceCase.id,
          enterpriseId: serviceCase.enterprise.id,
          matterCode: serviceCase.matter.getEntity().code,
          state: serviceCase.state,
          finishedOn: serviceCase.finishedOn!,
          overdue: serviceCase.overdue,
        },
        { em, platform: this.context.platform },
      );
    }
    return { task, serviceCase };
  }

  private accept({ task, now }: ActionScope): void {
    task.state = TaskState.ACCEPTED;
    task.acceptedAt = now;
  }

  private reject({ task, serviceCase, now, today: on }: ActionScope, reason: string): void {
    Object.assign(task, { state: TaskState.REJECTED, rejectionReason: reason, finishedAt: now, finishedOn: on });
    for (const other of serviceCase.tasks.getItems()) {
      if (other !== task && OPEN_TASK_STATES.includes(other.state))
        Object.assign(other, { state: TaskState.CANCELLED, finishedAt: now, finishedOn: on });
    }
    serviceCase.rejectionReason = reason;
  }

  private requestSupplement(scope: ActionScope, request: string): void {
    const { task, today: on } = scope;
    // Suspended after its due date, the task was already late: that part is the department's.
    if (task.dueOn && on > task.dueOn) this.markOverdue(scope);
    Object.assign(task, { resumeState: task.state, state: TaskState.SUSPENDED, suspendedOn: on, supplementRequest: request });
  }

  private supplement({ task, calendar, today: on }: ActionScope): void {
    const pausedDays = calendar.workingDaysBetween(task.suspendedOn!, on);
    const dueOn = calendar.addWorkingDays(task.dueOn!, pausedDays);
    Object.assign(task, {
      state: task.resumeState ?? TaskState.SUBMITTED,
      resumeState: null,
      suspendedOn: null,
      dueOn,
      dueOnProvisional: calendar.isProvisionalBetween(task.activatedOn!, dueOn),
      suspendedWorkingDays: task.suspendedWorkingDays + pausedDays,
    });
  }

  private complete(scope: ActionScope): void {
    const { task, serviceCase, calendar, now, today: on } = scope;
    Object.assign(task, { state: TaskState.COMPLETED, finishedAt: now, finishedOn: on });
    if (task.dueOn && on > task.dueOn) this.markOverdue(scope);
    const completed = new Set(
      serviceCase.tasks
        .getItems()
        .filter((other) => other.state === TaskState.COMPLETED)
        .map((other) => other.item.getEntity().code),
    );
    for (const waiting of serviceCase.tasks.getItems().filter((other) => other.state === TaskState.WAITING)) {
      if (waiting.waitsFor.every((code) => completed.has(code))) {
        const deadline = calendar.deadline(on, waiting.limitDays);
        Object.assign(waiting, { state: TaskState.SUBMITTED, activatedOn: on, dueOn: deadline.dueOn, dueOnProvisional: deadline.provisional });
      }
    }
  }

  /** Overdue through the department's doing: the clock excluded suspended days already. */
  private markOverdue({ em, task, serviceCase, today: on }: ActionScope): void {
    if (task.overdueWithResponsibility) return;
    serviceCase.overdue = true;
    task.overdue = true;
    task.overdueWithResponsibility = true;
    em.create(OverdueRecord, { task, department: task.department, dueOn: task.dueOn!, recordedOn: on });
  }

  /**
   * Derives the case's state and due date from its tasks, and applies the matter's effect on completion; says
   * whether the case finished just now.
   */
  private settleCase({ serviceCase, calendar, now, today: on }: ActionScope): boolean {
    const tasks = serviceCase.tasks.getItems();
    const state = caseStateOf(
      tasks.map((task) => task.state),
      serviceCase.state,
    );
    settleCaseDueOn(serviceCase, tasks, calendar);
    if (state === serviceCase.state) return false;
    serviceCase.state = state;
    if (state === CaseState.COMPLETED || state === CaseState.REJECTED) {
      serviceCase.finishedAt = now;
      serviceCase.finishedOn = on;
      if (on > serviceCase.dueOn) serviceCase.overdue = true;
    }
    const completionStage = serviceCase.matter.getEntity().completionStage;
    if (state === CaseState.COMPLETED && completionStage) serviceCase.enterprise.getEntity().lifecycleStage = completionStage;
    return state === CaseState.COMPLETED || state === CaseState.REJECTED;
  }
}
