import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { Role } from '../platform/auth/principal';
import { today } from '../platform/clock';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError, type UserError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import type { ConnectionArgs } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { requestLoader } from '../platform/relay/request-loader';
import { Enterprise } from '../enterprise/enterprise.entity';
import { LifecycleStage } from '../enterprise/lifecycle-stage';
import { assertApplicant, assertAuthenticated, assertCaseReadable, CASE_SUBMITTERS } from './case.access';
import { ServiceCase } from './case.entity';
import { CaseFilter, CaseSubmitInput } from './case.inputs';
import { CaseState, Channel, FINISHED_CASE_STATES, OPEN_TASK_STATES, TaskState } from './case-states';
import { Matter } from './matter.entity';
import { ServiceWindow } from './service-window.entity';
import { Task } from './task.entity';
import { caseDueOn, type ScheduledTask } from './schedule';
import type { WorkingDayCalendar } from '../platform/calendar/working-day-calendar';

export function scheduled(task: Task): ScheduledTask {
  return {
    itemCode: task.item.getEntity().code,
    waitsFor: task.waitsFor,
    limitDays: task.limitDays,
    state: task.state,
    dueOn: task.dueOn,
    finishedOn: task.finishedOn,
  };
}

/** The case is due when its last task is; the mark says whether that date was counted across a provisional year. */
export function settleCaseDueOn(serviceCase: ServiceCase, tasks: Task[], calendar: WorkingDayCalendar): void {
  serviceCase.dueOn = caseDueOn(tasks.map(scheduled), calendar);
  serviceCase.dueOnProvisional = calendar.isProvisionalBetween(serviceCase.submittedOn, serviceCase.dueOn);
}

export class CaseService {
  constructor(private readonly context: GraphQLContext) {}

  private get today(): string {
    return today(this.context.platform.clock);
  }

  /** The case a principal already submitted under an idempotency key, if any. */
  findByIdempotencyKey(em: EntityManager, key: string): Promise<ServiceCase | null> {
    return em.findOne(
      ServiceCase,
      { submittedBy: this.context.principal.subject, idempotencyKey: key.trim() },
      { populate: ['matter', 'enterprise'] },
    );
  }

  /** What a key already used answers: nothing for a retry of the same application, CONFLICT for a different one. */
  conflictWith(previous: ServiceCase, input: CaseSubmitInput): UserError[] {
    const same =
      previous.matter.getEntity().code === input.matterCode && previous.enterprise.id === uuidFromGlobalId(input.enterpriseId, 'Enterprise');
    return same ? [] : [userError(['input', 'idempotencyKey'], UserErrorCode.CONFLICT, 'This key was already used for a different application.')];
  }

  /**
   * Queues the submissions of one principal under one key behind each other until the end of the transaction: a
   * submission that raced another is then answered by the same check as a later retry (the case, or CONFLICT).
   */
  private async lockIdempotencyKey(em: EntityManager, key: string): Promise<void> {
    const name = JSON.stringify(['service_case', this.context.principal.subject, key]);
    await em.execute('select pg_advisory_xact_lock(hashtext(?)) as locked', [name]);
  }

  async submit(em: EntityManager, input: CaseSubmitInput): Promise<ServiceCase> {
    const { principal } = this.context;
    if (!CASE_SUBMITTERS.includes(principal.role)) throw new ForbiddenError('Only an enterprise or an officer at a window submits cases.');
    const errors = new UserErrorCollector();
    const key = input.idempotencyKey.trim();
    if (!key)
      errors.add(
        ['input', 'idempotencyKey'],
        UserErrorCode.BLANK,
        'Send a key that identifies this submission, so that a retry does not create a second case.',
      );
    else if (key.length > 100) errors.add(['input', 'idempotencyKey'], UserErrorCode.TOO_LONG, 'The idempotency key must not exceed 100 characters.');
    errors.throwIfAny();

    const enterpriseId = uuidFromGlobalId(input.enterpriseId, 'Enterprise');
    await this.lockIdempotencyKey(em, key);
    const previous = await this.findByIdempotencyKey(em, key);
    if (previous) {
      const conflict = this.conflictWith(previous, input);
      if (conflict.length > 0) throw new UserErrorsException(conflict);
      return previous;
    }

    const matter = await em.findOne(Matter, { code: input.matterCode }, { populate: ['items.item.department'] });
    if (!matter) errors.add(['input', 'matterCode'], UserErrorCode.NOT_FOUND, `No matter has the code ${input.matterCode}.`);
    const enterprise = enterpriseId ? await em.findOne(Enterprise, { id: enterpriseId }) : null;
    if (!enterprise) errors.add(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.');
    else if (principal.role === Role.ENTERPRISE && principal.enterpriseUscc !== enterprise.uscc) {
      throw new ForbiddenError('An enterprise may apply only for itself.');
    } else if (enterprise.lifecycleStage === LifecycleStage.DEREGISTERED) {
      errors.add(['input', 'enterpriseId'], UserErrorCode.INVALID_STATE, 'The enterprise is deregistered.');
    }
    let window: ServiceWindow | null = null;
    if (principal.role === Role.OFFICER && input.channel !== Channel.WINDOW) {
      errors.add(['input', 'channel'], UserErrorCode.CONFLICT, 'An officer submits at a window: use the WINDOW channel with a window code.');
    }
    if (principal.role === Role.ENTERPRISE && input.channel === Channel.WINDOW) {
      errors.add(['input', 'channel'], UserErrorCode.CONFLICT, 'The WINDOW channel is for officers at a window.');
    }
    if (input.channel === Channel.WINDOW) {
      if (!input.windowCode) errors.add(['input', 'windowCode'], UserErrorCode.REQUIRED, 'Say at which window the case is submitted.');
      else {
        window = await em.findOne(ServiceWindow, { code: input.windowCode });
        if (!window) errors.add(['input', 'windowCode'], UserErrorCode.NOT_FOUND, `No window has the code ${input.windowCode}.`);
      }
    }
    errors.throwIfAny();

    const calendar = await this.context.platform.calendar.forDeadlines(em);
    const submittedOn = this.today;
    const serviceCase = em.create(ServiceCase, {
      number: await this.nextNumber(em, submittedOn),
      matter: matter!,
      enterprise: enterprise!,
      channel: input.channel,
      window,
      submittedAt: this.context.platform.clock.now(),
      submittedOn,
      dueOn: submittedOn,
      submittedBy: principal.subject,
      submittedByRole: principal.role,
      idempotencyKey: key,
    });
    const tasks = matter!.items.getItems().map((step) => {
      const item = step.item.getEntity();
      const waiting = step.waitsFor.length > 0;
      const deadline = waiting ? null : calendar.deadline(submittedOn, item.committedLimitDays);
      return em.create(Task, {
        serviceCase,
        item,
        department: item.department,
        position: step.position,
        waitsFor: step.waitsFor,
        state: waiting ? TaskState.WAITING : TaskState.SUBMITTED,
        limitDays: item.committedLimitDays,
        activatedOn: waiting ? null : submittedOn,
        dueOn: deadline?.dueOn ?? null,
        dueOnProvisional: deadline?.provisional ?? false,
      });
    });
    settleCaseDueOn(serviceCase, tasks, calendar);
    await em.flush();
    return serviceCase;
  }

  /** YJS-<submission date>-<sequence>: readable on the phone, unique across instances. */
  private async nextNumber(em: EntityManager, submittedOn: string): Promise<string> {
    const [{ next }] = await em.execute<Array<{ next: string }>>("select nextval('service_case_number_seq') as next");
    return `YJS-${submittedOn.replaceAll('-', '')}-${String(next).padStart(6, '0')}`;
  }

  async withdraw(em: EntityManager, globalId: string): Promise<ServiceCase> {
    const serviceCase = await this.lockCase(em, uuidFromGlobalId(globalId, 'Case'), ['input', 'id']);
    assertApplicant(this.context.principal, { enterpriseUscc: serviceCase.enterprise.getEntity().uscc, submittedBy: serviceCase.submittedBy });
    if (FINISHED_CASE_STATES.includes(serviceCase.state)) {
      throw new UserErrorsException([
        userError(['input', 'id'], UserErrorCode.INVALID_TRANSITION, `A ${serviceCase.state} case cannot be withdrawn.`),
      ]);
    }
    const now = this.context.platform.clock.now();
    for (const task of serviceCase.tasks.getItems()) {
      if (OPEN_TASK_STATES.includes(task.state)) Object.assign(task, { state: TaskState.CANCELLED, finishedAt: now, finishedOn: this.today });
    }
    Object.assign(serviceCase, { state: CaseState.WITHDRAWN, finishedAt: now, finishedOn: this.today });
    await em.flush();
    return serviceCase;
  }

  /**
   * Loads a case with its tasks under a row lock: actions on one case queue up behind each other, so that its
   * state is always derived from the latest state of every task.
   */
  async lockCase(em: EntityManager, id: string | null, field: string[]): Promise<ServiceCase> {
    const serviceCase = id ? await em.findOne(ServiceCase, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
    if (!serviceCase) throw new UserErrorsException([userError(field, UserErrorCode.NOT_FOUND, 'No case has this id.')]);
    // The tasks change under other requests and are read again now that the case is locked. What they refer to (items,
    // departments, the enterprise, the matter) does not change with the case: it is read only when not yet loaded.
    await em.populate(serviceCase, ['tasks'], { refresh: true });
    await em.populate(serviceCase, ['tasks.item', 'tasks.department', 'enterprise', 'matter']);
    return serviceCase;
  }

  async findById(globalId: string): Promise<ServiceCase | null> {
    const id = uuidFromGlobalId(globalId, 'Case');
    const serviceCase = id ? await this.context.em.findOne(ServiceCase, { id }) : null;
    if (serviceCase) await this.assertReadable(serviceCase);
    return serviceCase;
  }

  async assertReadable(serviceCase: ServiceCase): Promise<void> {
    const { principal } = this.context;
    assertAuthenticated(principal);
    const enterprise = await serviceCase.enterprise.load({ dataloader: true });
    const hasTaskOfOfficer = principal.role === Role.OFFICER && (await this.casesWithTaskOfOfficer().load(serviceCase.id)) === true;
    const departmentCodes = hasTaskOfOfficer ? [principal.department!] : [];
    assertCaseReadable(this.context, { enterpriseUscc: enterprise!.uscc, departmentCodes });
  }

  /** For an OFFICER: which cases have a task of its department, one query for all cases a request checks. */
  private casesWithTaskOfOfficer() {
    const { em, principal } = this.context;
    return requestLoader<boolean>(this.context, 'casesWithTaskOfOfficer', async (caseIds) => {
      // Plain rows, not entities: a partly loaded Task in the identity map would lack fields other resolvers read.
      const rows = await em
        .createQueryBuilder(Task, 't')
        .select('t.serviceCase')
        .join('t.department', 'd')
        .where({ serviceCase: { $in: [...caseIds] }, 'd.code': principal.department })
        .execute<Array<{ case_id: string }>>('all', false);
      const withTask = new Set(rows.map((row) => row.case_id));
      return caseIds.map((id) => withTask.has(id));
    });
  }

  /** Whether the caller may read a case, without throwing. */
  async isReadable(serviceCase: ServiceCase): Promise<boolean> {
    try {
      await this.assertReadable(serviceCase);
      return true;
    } catch (error) {
      if (error instanceof ForbiddenError) return false;
      throw error;
    }
  }

  list(args: ConnectionArgs, filter: CaseFilter | null) {
    return paginate(this.context, {
      entity: ServiceCase,
      where: this.visibleWhere(filter),
      sortField: 'submittedAt',
      direction: 'DESC',
      args,
    });
  }

  /** Cases with a task of a department, as a sub-query: a join would repeat a case once per matching task. */
  private withTaskOf(departmentCode: string): Record<string, unknown> {
    const caseIds = this.context.em
      .createQueryBuilder(Task, 'task')
      .select('task.serviceCase')
      .join('task.department', 'department')
      .where({ 'department.code': departmentCode });
    return { id: { $in: caseIds.getKnexQuery() } };
  }

  /** The filter as conditions, narrowed to what the caller may see. */
  visibleWhere(filter: CaseFilter | null): FilterQuery<ServiceCase> {
    const { principal } = this.context;
    const conditions: Array<Record<string, unknown>> = [];
    if (principal.role === Role.ENTERPRISE) conditions.push({ enterprise: { uscc: principal.enterpriseUscc } });
    if (principal.role === Role.OFFICER) conditions.push(this.withTaskOf(principal.department ?? ''));
    if (filter?.enterpriseId)
      conditions.push({ enterprise: uuidFromGlobalId(filter.enterpriseId, 'Enterprise') ?? '00000000-0000-0000-0000-000000000000' });
    if (filter?.matterCode) conditions.push({ matter: { code: filter.matterCode } });
    if (filter?.departmentCode) conditions.push(this.withTaskOf(filter.departmentCode));
    if (filter?.states?.length) conditions.push({ state: { $in: filter.states } });
    if (filter?.channels?.length) conditions.push({ channel: { $in: filter.channels } });
    if (filter?.overdue != null) conditions.push({ overdue: filter.overdue });
    if (filter?.submittedFrom) conditions.push({ submittedOn: { $gte: filter.submittedFrom } });
    if (filter?.submittedTo) conditions.push({ submittedOn: { $lte: filter.submittedTo } });
    return (conditions.length ? { $and: conditions } : {}) as FilterQuery<ServiceCase>;
  }
}
