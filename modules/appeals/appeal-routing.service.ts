import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, ref } from '@mikro-orm/core';
import type { GraphQLContext } from '../platform/context';
import { refuse, UserErrorCode, UserErrorCollector } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Department } from '../one-matter/department.entity';
import { Appeal, AppealCoHandling } from './appeal.entity';
import { AppealCategory } from './appeal-category.entity';
import { assertDispatcher } from './appeal.access';
import { assertLeadDepartment } from './appeal-handling.service';
import type { AppealAssignInput, AppealMergeInput, AppealTextStepInput } from './appeal.inputs';
import { AppealNotificationKind, notifyAppeal } from './appeal-notifications';
import { AppealState, AppealStep, EscalationRule, MERGEABLE_STATES, layerAbove } from './appeal-states';
import { carryMerged, openStep, record, requireOwnLoop, requireState, requireText, startClock, type StepScope } from './appeal-steps';

/** Routing from one point (一口子流转交办): the dispatcher classifies, assigns, merges and escalates; departments return. */
export class AppealRoutingService {
  constructor(private readonly context: GraphQLContext) {}

  async assign(em: EntityManager, input: AppealAssignInput): Promise<Appeal> {
    assertDispatcher(this.context);
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    const { appeal } = scope;
    requireOwnLoop(appeal, 'assign');
    requireState(appeal, [AppealState.RECEIVED], 'assign');
    const errors = new UserErrorCollector();
    const categories = await this.categories(em, input.categoryCodes, errors);
    const departments = await em.find(Department, { code: { $in: [input.leadDepartmentCode, ...(input.coDepartmentCodes ?? [])] } });
    const byCode = new Map(departments.map((department) => [department.code, department]));
    const lead = byCode.get(input.leadDepartmentCode);
    if (!lead) errors.add(['input', 'leadDepartmentCode'], UserErrorCode.NOT_FOUND, 'No department has this code; see the departments query.');
    const co: Department[] = [];
    (input.coDepartmentCodes ?? []).forEach((code, index) => {
      const field = ['input', 'coDepartmentCodes', String(index)];
      const department = byCode.get(code);
      if (!department) errors.add(field, UserErrorCode.NOT_FOUND, 'No department has this code; see the departments query.');
      else if (code === input.leadDepartmentCode) errors.add(field, UserErrorCode.CONFLICT, 'The lead department does not co-handle its own appeal.');
      else if (co.includes(department)) errors.add(field, UserErrorCode.DUPLICATE, `${code} is named twice.`);
      else co.push(department);
    });
    errors.throwIfAny();

    Object.assign(appeal, {
      categoryCodes: categories,
      layer: input.layer,
      grade: input.grade,
      leadDepartment: ref(lead!),
      state: AppealState.ASSIGNED,
    });
    for (const department of co) em.create(AppealCoHandling, { appeal, department });
    startClock(this.context, scope);
    record(scope, appeal, AppealStep.ASSIGNED, {
      department: lead,
      layer: input.layer,
      dueOn: appeal.dueOn,
      note: co.map((d) => d.code).join(', ') || null,
    });
    await em.flush();
    await notifyAppeal(em, AppealNotificationKind.ASSIGNED, appeal, [lead!.code, ...co.map((department) => department.code)], scope.now);
    return appeal;
  }

  private async categories(em: EntityManager, codes: string[], errors: UserErrorCollector): Promise<string[]> {
    if (codes.length === 0) errors.add(['input', 'categoryCodes'], UserErrorCode.EMPTY, 'Classify the appeal with at least one category.');
    const known = new Set((await em.find(AppealCategory, { code: { $in: codes } })).map((category) => category.code));
    const seen = new Set<string>();
    codes.forEach((code, index) => {
      const field = ['input', 'categoryCodes', String(index)];
      if (!known.has(code)) errors.add(field, UserErrorCode.NOT_FOUND, 'No category has this code; see appealCategories.');
      else if (seen.has(code)) errors.add(field, UserErrorCode.DUPLICATE, `${code} is named twice.`);
      seen.add(code);
    });
    return [...seen];
  }

  /** The lead department sends a wrong assignment back to the pool, within the configured working days and with a reason. */
  async return(em: EntityManager, input: AppealTextStepInput): Promise<Appeal> {
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    const { appeal, calendar } = scope;
    const lead = assertLeadDepartment(this.context, appeal);
    requireOwnLoop(appeal, 'return');
    requireState(appeal, [AppealState.ASSIGNED], 'return');
    const window = this.context.platform.config.APPEAL_RETURN_WORKING_DAYS;
    if (calendar.workingDaysBetween(appeal.assignedOn!, scope.today) > window) {
      refuse(
        'id',
        UserErrorCode.INVALID_STATE,
        `A wrong assignment is returned within ${window} working day${window === 1 ? '' : 's'} of ${appeal.assignedOn}; ask the dispatcher instead.`,
      );
    }
    const reason = requireText(input.text, 'text', 'Say why the assignment is wrong.');
    em.remove(appeal.coHandlers.getItems());
    Object.assign(appeal, { state: AppealState.RECEIVED, leadDepartment: null, assignedOn: null, dueOn: null, dueOnProvisional: false });
    record(scope, appeal, AppealStep.RETURNED, { department: lead, note: reason });
    await em.flush();
    await notifyAppeal(em, AppealNotificationKind.RETURNED, appeal, [this.context.platform.config.APPEAL_DISPATCHER_DEPARTMENT], scope.now);
    return appeal;
  }

  /** Duplicates follow the survivor, which answers them all; their own duplicates follow it too. */
  async merge(em: EntityManager, input: AppealMergeInput): Promise<Appeal> {
    assertDispatcher(this.context);
    const ids = input.duplicateIds.map((globalId) => uuidFromGlobalId(globalId, 'Appeal'));
    const errors = new UserErrorCollector();
    if (ids.length === 0) errors.add(['input', 'duplicateIds'], UserErrorCode.EMPTY, 'Name at least one duplicate.');
    errors.throwIfAny();
    // Every row in id order before any check, so that two merges over the same appeals cannot deadlock.
    const wanted = [uuidFromGlobalId(input.id, 'Appeal'), ...ids].filter((id): id is string => id !== null);
    await em.find(Appeal, { id: { $in: wanted } }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'ASC' } });
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    const survivor = scope.appeal;
    requireState(survivor, MERGEABLE_STATES, 'merge into');
    const duplicates: Appeal[] = [];
    for (const [index, id] of ids.entries()) {
      const field = ['input', 'duplicateIds', String(index)];
      const duplicate = id ? await em.findOne(Appeal, { id }) : null;
      if (!duplicate) errors.add(field, UserErrorCode.NOT_FOUND, 'No appeal has this id.');
      else if (duplicate === survivor) errors.add(field, UserErrorCode.CONFLICT, 'An appeal is not a duplicate of itself.');
      else if (duplicates.includes(duplicate)) errors.add(field, UserErrorCode.DUPLICATE, 'This appeal is named twice.');
      else if (duplicate.rectification)
        errors.add(field, UserErrorCode.INVALID_STATE, 'An appeal that follows a rectification cannot be merged away.');
      else if (!MERGEABLE_STATES.includes(duplicate.state))
        errors.add(field, UserErrorCode.INVALID_TRANSITION, `Only appeals not yet replied to are merged; this one is ${duplicate.state}.`);
      else duplicates.push(duplicate);
    }
    errors.throwIfAny();
    for (const duplicate of duplicates) {
      Object.assign(duplicate, { state: AppealState.MERGED, mergedInto: ref(survivor) });
      record(scope, duplicate, AppealStep.MERGED, { note: `merged into ${survivor.number}` });
      record(scope, survivor, AppealStep.MERGED, { note: `${duplicate.number} merged into this appeal` });
    }
    await em.flush();
    await em.nativeUpdate(Appeal, { mergedInto: { $in: duplicates.map((duplicate) => duplicate.id) } }, { mergedInto: survivor.id });
    await carryMerged(em, survivor);
    return survivor;
  }

  /** The dispatcher moves an appeal up a layer, with a reason. */
  async escalate(em: EntityManager, input: AppealTextStepInput): Promise<Appeal> {
    assertDispatcher(this.context);
    const scope = await openStep(this.context, em, input.id, input.expectedVersion);
    requireState(scope.appeal, [AppealState.ASSIGNED, AppealState.HANDLING, AppealState.REPLIED], 'escalate');
    const reason = requireText(input.text, 'text', 'Say why the appeal goes up a layer.');
    if (!escalate(scope, EscalationRule.DISPATCHER, reason)) refuse('id', UserErrorCode.CONFLICT, 'The appeal is handled at the top layer already.');
    await em.flush();
    await carryMerged(em, scope.appeal);
    await notifyAppeal(em, AppealNotificationKind.ESCALATED, scope.appeal, departmentCodesOf(scope.appeal), scope.now);
    return scope.appeal;
  }
}

/** The lead department's code and the co-handlers'. */
export function departmentCodesOf(appeal: Appeal): string[] {
  const lead = appeal.leadDepartment?.getEntity().code;
  return [...(lead ? [lead] : []), ...appeal.coHandlers.getItems().map((coHandling) => coHandling.department.getEntity().code)];
}

/** Moves the appeal up a layer and records the rule; false when it is at the top layer already. */
export function escalate(scope: Pick<StepScope, 'em' | 'now' | 'actor' | 'appeal'>, rule: EscalationRule, note: string | null): boolean {
  const { appeal } = scope;
  const above = appeal.layer ? layerAbove(appeal.layer) : null;
  if (!above) return false;
  appeal.layer = above;
  record(scope, appeal, AppealStep.ESCALATED, { rule, layer: above, note, department: appeal.leadDepartment?.getEntity() ?? null });
  return true;
}
