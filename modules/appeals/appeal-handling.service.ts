import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { refuse, UserErrorCode } from '../platform/errors/user-error';
import { toGlobalId, uuidFromGlobalId } from '../platform/relay/global-id';
import type { Department } from '../one-matter/department.entity';
import type { Appeal, AppealCoHandling } from './appeal.entity';
import { assertDispatcher } from './appeal.access';
import { AppealExtension, ExtensionState } from './appeal-extension.entity';
import type {
  AppealExtensionDecideInput,
  AppealExtensionRequestInput,
  AppealFollowUpInput,
  AppealStepInput,
  AppealTextStepInput,
} from './appeal.inputs';
import { AppealNotificationKind, notifyAppeal } from './appeal-notifications';
import { departmentCodesOf, escalate } from './appeal-routing.service';
import { AppealSatisfaction, AppealState, AppealStep, CLOCKED_STATES, EscalationRule } from './appeal-states';
import { carryMerged, openStep, record, requireOwnLoop, requireState, requireText, startClock } from './appeal-steps';

/** Only an officer of the lead department acts for it. */
export function assertLeadDepartment(context: GraphQLContext, appeal: Appeal): Department {
  const { principal } = context;
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  const lead = appeal.leadDepartment?.getEntity();
  if (!lead || principal.role !== Role.OFFICER || principal.department !== lead.code) {
    throw new ForbiddenError(lead ? `Only an officer of ${lead.code}, the lead department, may do this.` : 'The appeal has no lead department yet.');
  }
  return lead;
}

/** Only an officer of a co-handling department adds its part. */
function coHandlingOf(context: GraphQLContext, appeal: Appeal): AppealCoHandling {
  const { principal } = context;
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  const coHandling = appeal.coHandlers.getItems().find((candidate) => candidate.department.getEntity().code === principal.department);
  if (principal.role !== Role.OFFICER || !coHandling) throw new ForbiddenError('Only an officer of a co-handling department adds a part.');
  return coHandling;
}

/** The lead department's work, the co-handlers' parts, the follow-up and the closure. */
export class AppealHandlingService {
  constructor(private readonly context: GraphQLContext) {}

  /** The lead department takes the appeal up (签收). */
  async accept(em: EntityManager, input: AppealStepInput): Promise<Appeal> {
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    const lead = assertLeadDepartment(this.context, scope.appeal);
    requireOwnLoop(scope.appeal, 'accept');
    requireState(scope.appeal, [AppealState.ASSIGNED], 'accept');
    Object.assign(scope.appeal, { state: AppealState.HANDLING, acceptedOn: scope.today });
    record(scope, scope.appeal, AppealStep.ACCEPTED, { department: lead });
    await em.flush();
    await carryMerged(em, scope.appeal);
    return scope.appeal;
  }

  async requestExtension(em: EntityManager, input: AppealExtensionRequestInput): Promise<{ extension: AppealExtension; appeal: Appeal }> {
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    const { appeal } = scope;
    const lead = assertLeadDepartment(this.context, appeal);
    requireOwnLoop(appeal, 'extend');
    requireState(appeal, CLOCKED_STATES, 'extend');
    if (scope.today > appeal.dueOn!) refuse('id', UserErrorCode.INVALID_STATE, `An extension is asked for before the deadline, ${appeal.dueOn}.`);
    if (await em.count(AppealExtension, { appeal, state: ExtensionState.PENDING })) {
      refuse('id', UserErrorCode.CONFLICT, 'An extension request is waiting for the dispatcher already.');
    }
    const reason = requireText(input.reason, 'reason', 'Say why more time is needed.');
    const extension = em.create(AppealExtension, {
      appeal,
      workingDays: input.workingDays,
      reason,
      requestedBy: scope.actor,
      requestedOn: scope.today,
      previousDueOn: appeal.dueOn!,
    });
    record(scope, appeal, AppealStep.EXTENSION_REQUESTED, { department: lead, note: `${input.workingDays} working days: ${reason}` });
    await em.flush();
    await notifyAppeal(
      em,
      AppealNotificationKind.EXTENSION_REQUESTED,
      appeal,
      [this.context.platform.config.APPEAL_DISPATCHER_DEPARTMENT],
      scope.now,
    );
    return { extension, appeal };
  }

  async decideExtension(em: EntityManager, input: AppealExtensionDecideInput): Promise<{ extension: AppealExtension; appeal: Appeal }> {
    assertDispatcher(this.context);
    const id = uuidFromGlobalId(input.extensionId, 'AppealExtension');
    const found = id ? await em.findOne(AppealExtension, { id }) : null;
    if (!found) refuse('extensionId', UserErrorCode.NOT_FOUND, 'No extension request has this id.');
    const scope = await openStep(this.context, em, toGlobalId('Appeal', found.appeal.id), null, 'extensionId');
    const extension = (await em.findOne(AppealExtension, { id: found.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true }))!;
    const { appeal, calendar } = scope;
    if (extension.state !== ExtensionState.PENDING)
      refuse('extensionId', UserErrorCode.INVALID_TRANSITION, `The request was ${extension.state} already.`);
    if (!CLOCKED_STATES.includes(appeal.state))
      refuse('extensionId', UserErrorCode.INVALID_STATE, `The appeal is ${appeal.state}; its deadline no longer runs.`);
    const note = input.note?.trim() || null;
    if (!input.approve && !note) refuse('note', UserErrorCode.BLANK, 'Say why the extension is refused.');
    Object.assign(extension, { decidedOn: scope.today, decidedBy: scope.actor, decisionNote: note });
    if (input.approve) {
      const dueOn = calendar.addWorkingDays(appeal.dueOn!, extension.workingDays);
      Object.assign(extension, { state: ExtensionState.APPROVED, newDueOn: dueOn });
      Object.assign(appeal, { dueOn, dueOnProvisional: calendar.isProvisionalBetween(appeal.assignedOn!, dueOn) });
      record(scope, appeal, AppealStep.EXTENSION_APPROVED, { dueOn, note });
    } else {
      extension.state = ExtensionState.REFUSED;
      record(scope, appeal, AppealStep.EXTENSION_REFUSED, { note });
    }
    await em.flush();
    await carryMerged(em, appeal);
    return { extension, appeal };
  }

  /** A co-handling department gives its part; it may restate it until the lead department replies. */
  async addPart(em: EntityManager, input: AppealTextStepInput): Promise<Appeal> {
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    const coHandling = coHandlingOf(this.context, scope.appeal);
    requireState(scope.appeal, CLOCKED_STATES, 'add a part to');
    const part = requireText(input.text, 'text', 'Say what your department did or found.');
    Object.assign(coHandling, { part, partAddedOn: scope.today });
    record(scope, scope.appeal, AppealStep.PART_ADDED, { department: coHandling.department.getEntity(), note: part });
    await em.flush();
    return scope.appeal;
  }

  /** The lead department replies with its measures, once every co-handler has given its part. */
  async reply(em: EntityManager, input: AppealTextStepInput): Promise<Appeal> {
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    const { appeal } = scope;
    const lead = assertLeadDepartment(this.context, appeal);
    requireOwnLoop(appeal, 'reply to');
    requireState(appeal, [AppealState.HANDLING], 'reply to');
    const waiting = appeal.coHandlers.getItems().filter((coHandling) => !coHandling.part);
    if (waiting.length > 0) {
      refuse(
        'id',
        UserErrorCode.INVALID_STATE,
        `The reply waits for the parts of ${waiting.map((coHandling) => coHandling.department.getEntity().code).join(', ')}.`,
      );
    }
    const reply = requireText(input.text, 'text', 'Say what was done.');
    Object.assign(appeal, {
      state: AppealState.REPLIED,
      reply,
      repliedOn: scope.today,
      repliedLate: appeal.repliedLate || scope.today > appeal.dueOn!,
    });
    record(scope, appeal, AppealStep.REPLIED, { department: lead, note: reply });
    await em.flush();
    await carryMerged(em, appeal);
    return appeal;
  }

  /**
   * The call back (回访), by the dispatcher or by the enterprise itself: satisfied and solved settles the appeal for
   * closure; dissatisfied or unsolved reopens it to the same department with a new deadline, and the second
   * reopening escalates it.
   */
  async followUp(em: EntityManager, input: AppealFollowUpInput): Promise<Appeal> {
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    const { appeal } = scope;
    const { principal } = this.context;
    const ownEnterprise = principal.role === Role.ENTERPRISE && principal.enterpriseUscc === appeal.enterprise.getEntity().uscc;
    if (!ownEnterprise) assertDispatcher(this.context);
    requireOwnLoop(appeal, 'follow up');
    requireState(appeal, [AppealState.REPLIED], 'follow up');
    const note = input.note?.trim() || null;
    Object.assign(appeal, { satisfaction: input.satisfaction, solved: input.solved, followedUpOn: scope.today });
    record(scope, appeal, AppealStep.FOLLOWED_UP, { note, satisfaction: input.satisfaction, solved: input.solved });
    if (input.satisfaction !== AppealSatisfaction.DISSATISFIED && input.solved) {
      appeal.state = AppealState.FOLLOWED_UP;
    } else {
      Object.assign(appeal, { state: AppealState.HANDLING, reopenCount: appeal.reopenCount + 1, reply: null, repliedOn: null });
      startClock(this.context, scope);
      record(scope, appeal, AppealStep.REOPENED, { department: appeal.leadDepartment!.getEntity(), dueOn: appeal.dueOn });
      if (appeal.reopenCount >= 2) escalate(scope, EscalationRule.REOPENED_TWICE, `reopened ${appeal.reopenCount} times`);
    }
    await em.flush();
    await carryMerged(em, appeal);
    if (appeal.state === AppealState.HANDLING) await notifyAppeal(em, AppealNotificationKind.REOPENED, appeal, departmentCodesOf(appeal), scope.now);
    return appeal;
  }

  /** The dispatcher closes a followed-up appeal and strikes it off (办结销号). */
  async close(em: EntityManager, input: AppealStepInput): Promise<Appeal> {
    assertDispatcher(this.context);
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    requireOwnLoop(scope.appeal, 'close');
    requireState(scope.appeal, [AppealState.FOLLOWED_UP], 'close');
    Object.assign(scope.appeal, { state: AppealState.CLOSED, closedOn: scope.today });
    record(scope, scope.appeal, AppealStep.CLOSED);
    await em.flush();
    await carryMerged(em, scope.appeal);
    return scope.appeal;
  }
}
