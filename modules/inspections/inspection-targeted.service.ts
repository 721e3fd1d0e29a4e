import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { UserErrorCode, UserErrorCollector } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Department } from '../one-matter/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { User, UserState } from '../users/user.entity';
import { InspectionKind } from './inspection.enums';
import { Inspection } from './inspection.entity';
import { InspectionItem } from './inspection-item.entity';
import { InspectorConflict } from './inspector-conflict.entity';
import { assertDepartmentInspector } from './inspection.access';
import { joinVisits } from './inspection-visits';
import type { InspectionTargetedRecordInput } from './inspection-result.inputs';

const MAX_REASON = 300;

/** Whether a person's qualifications cover a field on a day (a certificate without an end holds). */
const covers = (user: User, field: string, on: string) =>
  user.qualifications.some(
    (qualification) => qualification.fields.includes(field) && (qualification.validUntil === null || qualification.validUntil >= on),
  );

/**
 * Inspections ordered for a reason (非双随机检查: a complaint, a referral): the department names the enterprise, the items
 * and at least INSPECTION_INSPECTORS_PER_TARGET of its qualified officers without a declared relation with the
 * enterprise; the inspection joins the visits of other departments like a drawn one (综合查一次).
 */
export class InspectionTargetedService {
  constructor(private readonly context: GraphQLContext) {}

  async record(em: EntityManager, input: InspectionTargetedRecordInput): Promise<Inspection> {
    assertDepartmentInspector(this.context, input.departmentCode);
    const errors = new UserErrorCollector();
    const department = await em.findOne(Department, { code: input.departmentCode });
    if (!department) errors.add(['input', 'departmentCode'], UserErrorCode.NOT_FOUND, 'No department has this code.');

    const enterpriseId = uuidFromGlobalId(input.enterpriseId, 'Enterprise');
    const enterprise = enterpriseId ? await em.findOne(Enterprise, { id: enterpriseId }) : null;
    if (!enterprise) errors.add(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.');
    else if (['DEREGISTERED', 'DEREGISTERING'].includes(enterprise.lifecycleStage)) {
      errors.add(['input', 'enterpriseId'], UserErrorCode.INVALID_STATE, 'The enterprise is deregistered or deregistering.');
    }

    const codes = [...new Set(input.itemCodes.map((code) => code.trim()))];
    if (codes.length === 0) errors.add(['input', 'itemCodes'], UserErrorCode.EMPTY, 'Name the items the inspection checks.');
    const items = codes.length ? await em.find(InspectionItem, { code: { $in: codes } }) : [];
    const unknown = codes.filter((code) => !items.some((item) => item.code === code && item.active));
    if (unknown.length) errors.add(['input', 'itemCodes'], UserErrorCode.NOT_FOUND, `Not on the list in force: ${unknown.join(', ')}.`);
    const foreign = items.filter((item) => department && item.department.id !== department.id).map((item) => item.code);
    if (foreign.length) errors.add(['input', 'itemCodes'], UserErrorCode.NOT_PERMITTED, `Items of another department's list: ${foreign.join(', ')}.`);

    if (input.windowStart > input.windowEnd) errors.add(['input', 'windowEnd'], UserErrorCode.INVALID_RANGE, 'The window ends before it starts.');

    const reason = input.reason.trim();
    if (!reason) errors.add(['input', 'reason'], UserErrorCode.BLANK, 'Say why the inspection is ordered (a complaint, a referral).');
    else if (reason.length > MAX_REASON) errors.add(['input', 'reason'], UserErrorCode.TOO_LONG, `At most ${MAX_REASON} characters.`);

    const inspectorIds = await this.checkInspectors(em, input, department, enterprise, items, errors);
    errors.throwIfAny();

    const inspection = em.create(Inspection, {
      draw: null,
      plan: null,
      department: department!,
      enterprise: enterprise!,
      kind: InspectionKind.TARGETED,
      riskClass: null,
      itemCodes: codes,
      inspectorIds,
      windowStart: input.windowStart,
      windowEnd: input.windowEnd,
      reason,
    });
    await em.flush();
    await joinVisits(em, [inspection]);
    return inspection;
  }

  /** The inspectors' uuids, each an active, qualified officer of the department without a declared relation with the enterprise. */
  private async checkInspectors(
    em: EntityManager,
    input: InspectionTargetedRecordInput,
    department: Department | null,
    enterprise: Enterprise | null,
    items: InspectionItem[],
    errors: UserErrorCollector,
  ): Promise<string[]> {
    const needed = this.context.platform.config.INSPECTION_INSPECTORS_PER_TARGET;
    const ids = input.inspectorIds.map((globalId) => uuidFromGlobalId(globalId, 'User'));
    const users = new Map(
      (await em.find(User, { id: { $in: ids.filter((id): id is string => id !== null) } })).map((user) => [user.id, user] as const),
    );
    const conflicts = enterprise
      ? new Set((await em.find(InspectorConflict, { enterprise, inspector: { $in: [...users.keys()] } })).map((conflict) => conflict.inspector.id))
      : new Set<string>();
    const fields = [...new Set(items.map((item) => item.field))];
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      const path = ['input', 'inspectorIds', String(index)];
      const user = id ? users.get(id) : undefined;
      if (!user) return void errors.add(path, UserErrorCode.NOT_FOUND, 'No person has this id.');
      if (seen.has(user.id)) return void errors.add(path, UserErrorCode.DUPLICATE, 'The inspector is named twice.');
      seen.add(user.id);
      if (user.state === UserState.DISABLED || !user.roles.includes(Role.OFFICER) || (department && user.department !== department.code)) {
        return void errors.add(path, UserErrorCode.NOT_PERMITTED, `${user.name} is no active officer of the department.`);
      }
      const uncovered = fields.filter((field) => !covers(user, field, input.windowEnd));
      if (uncovered.length) {
        errors.add(path, UserErrorCode.NOT_PERMITTED, `${user.name} holds no qualification valid to ${input.windowEnd} for ${uncovered.join(', ')}.`);
      }
      if (conflicts.has(user.id)) errors.add(path, UserErrorCode.CONFLICT, `${user.name} declared a relation with the enterprise (回避).`);
    });
    if (seen.size < needed) {
      errors.add(
        ['input', 'inspectorIds'],
        UserErrorCode.NOT_ENOUGH_INSPECTORS,
        `An inspection needs at least ${needed} inspectors; ${seen.size} named.`,
      );
    }
    return [...seen];
  }
}
