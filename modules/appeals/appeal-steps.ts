import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type { GraphQLContext } from '../platform/context';
import { today } from '../platform/clock';
import { refuse, UserErrorCode } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import type { WorkingDayCalendar } from '../platform/calendar/working-day-calendar';
import type { Department } from '../one-matter/department.entity';
import { Appeal } from './appeal.entity';
import { AppealHistoryEntry } from './appeal-history.entity';
import { AppealGrade, AppealState, type AppealLayer, type AppealSatisfaction, type AppealStep, type EscalationRule } from './appeal-states';

/** What a step on one appeal works with: the transaction, the calendar (locked first), the appeal (locked next). */
export interface StepScope {
  em: EntityManager;
  calendar: WorkingDayCalendar;
  appeal: Appeal;
  today: string;
  now: Date;
  actor: string;
}

/** Fields of a history entry beyond the step itself. */
export interface StepDetails {
  department?: Department | null;
  note?: string | null;
  rule?: EscalationRule | null;
  layer?: AppealLayer | null;
  dueOn?: string | null;
  satisfaction?: AppealSatisfaction | null;
  solved?: boolean | null;
}

/** Requires a non-blank text, trimmed. */
export function requireText(value: string | null | undefined, field: string, message: string): string {
  const text = value?.trim();
  if (!text) refuse(field, UserErrorCode.BLANK, message);
  return text;
}

/** The working days a grade gives the departments, from configuration ("135"). */
export function workingDaysFor(context: GraphQLContext, grade: AppealGrade): number {
  const { config } = context.platform;
  if (grade === AppealGrade.SIMPLE) return config.APPEAL_DAYS_SIMPLE;
  if (grade === AppealGrade.GENERAL) return config.APPEAL_DAYS_GENERAL;
  return config.APPEAL_DAYS_COMPLEX;
}

/**
 * Opens a step on one appeal: the calendar's lock first (as every deadline writer takes it), then the appeal's row,
 * so that two officers acting on one appeal queue up and the second sees the first's result. The version the caller
 * saw, when given, must still be the appeal's.
 */
export async function openStep(
  context: GraphQLContext,
  em: EntityManager,
  globalId: string,
  expectedVersion?: number | null,
  field = 'id',
): Promise<StepScope> {
  const calendar = await context.platform.calendar.forDeadlines(em);
  const id = uuidFromGlobalId(globalId, 'Appeal');
  const appeal = id ? await em.findOne(Appeal, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!appeal) refuse(field, UserErrorCode.NOT_FOUND, 'No appeal has this id.');
  await em.populate(appeal, ['enterprise', 'channel', 'leadDepartment', 'coHandlers.department']);
  if (expectedVersion != null && expectedVersion !== appeal.version) {
    refuse(
      'expectedVersion',
      UserErrorCode.STALE_VERSION,
      `The appeal changed since version ${expectedVersion}; it is at version ${appeal.version}.`,
    );
  }
  return { em, calendar, appeal, today: today(context.platform.clock), now: context.platform.clock.now(), actor: context.principal.subject };
}

/** Refuses a verb the appeal's state does not allow. */
export function requireState(appeal: Appeal, states: AppealState[], verb: string): void {
  if (appeal.state === AppealState.MERGED) {
    refuse('id', UserErrorCode.INVALID_TRANSITION, `This appeal was merged into another; ${verb} the appeal it follows.`);
  }
  if (!states.includes(appeal.state)) {
    refuse('id', UserErrorCode.INVALID_TRANSITION, `Cannot ${verb} an appeal that is ${appeal.state}; only one that is ${states.join(' or ')}.`);
  }
}

/** A BAD_REVIEW appeal moves with its rectification, which the department works on: appeal verbs do not apply. */
export function requireOwnLoop(appeal: Appeal, verb: string): void {
  if (appeal.rectification) {
    refuse('id', UserErrorCode.INVALID_STATE, `This appeal follows the rectification of a bad review; ${verb} the rectification instead.`);
  }
}

export function record(
  scope: Pick<StepScope, 'em' | 'now' | 'actor'>,
  appeal: Appeal,
  step: AppealStep,
  details: StepDetails = {},
): AppealHistoryEntry {
  appeal.historyLength += 1;
  return scope.em.create(AppealHistoryEntry, {
    appeal,
    position: appeal.historyLength,
    step,
    at: scope.now,
    actor: scope.actor,
    department: details.department ?? null,
    note: details.note ?? null,
    rule: details.rule ?? null,
    layer: details.layer ?? null,
    dueOn: details.dueOn ?? null,
    satisfaction: details.satisfaction ?? null,
    solved: details.solved ?? null,
  });
}

/** Starts the clock: due in the grade's working days from today, with the provisional mark of the calendar. */
export function startClock(context: GraphQLContext, scope: StepScope): void {
  const { appeal, calendar } = scope;
  const deadline = calendar.deadline(scope.today, workingDaysFor(context, appeal.grade!));
  Object.assign(appeal, { assignedOn: scope.today, dueOn: deadline.dueOn, dueOnProvisional: deadline.provisional });
}

/**
 * The merged duplicates follow their survivor: they show its state, reply and dates, so that each enterprise that
 * raised the problem sees it answered. Run after every step that changes the survivor.
 */
export async function carryMerged(em: EntityManager, survivor: Appeal): Promise<void> {
  await em.nativeUpdate(
    Appeal,
    { mergedInto: survivor.id },
    {
      reply: survivor.reply,
      repliedOn: survivor.repliedOn,
      dueOn: survivor.dueOn,
      dueOnProvisional: survivor.dueOnProvisional,
      closedOn: survivor.closedOn,
      layer: survivor.layer,
    },
  );
}
