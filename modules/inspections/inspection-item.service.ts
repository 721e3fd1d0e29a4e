import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Department } from '../one-matter/department.entity';
import { Enterprise } from '../enterprise/enterprise.entity';
import { User } from '../users/user.entity';
import { userScopeSource } from '../users/user-scopes';
import { InspectionItem } from './inspection-item.entity';
import { InspectorConflict } from './inspector-conflict.entity';
import { assertDepartmentInspector } from './inspection.access';
import type { InspectionItemDefineInput, InspectorConflictDeclareInput } from './inspection.inputs';

const CODE = /^[a-z0-9][a-z0-9-]{2,59}$/;
const refused = (field: string, code: UserErrorCode, message: string) => new UserErrorsException([userError(['input', field], code, message)]);

/** The departments' inspection lists (抽查事项清单), and the relations inspectors declare (回避). */
export class InspectionItemService {
  constructor(private readonly context: GraphQLContext) {}

  async define(em: EntityManager, input: InspectionItemDefineInput): Promise<InspectionItem> {
    assertDepartmentInspector(this.context, input.departmentCode);
    const errors = new UserErrorCollector();
    const code = input.code.trim();
    if (!CODE.test(code)) errors.add(['input', 'code'], UserErrorCode.INVALID_FORMAT, 'A code has 3–60 lower-case letters, digits and hyphens.');
    const department = await em.findOne(Department, { code: input.departmentCode });
    if (!department) errors.add(['input', 'departmentCode'], UserErrorCode.NOT_FOUND, 'No department has this code.');
    for (const [field, value, limit] of [
      ['name', input.name, 200],
      ['legalBasis', input.legalBasis, 2000],
    ] as const) {
      if (!value.trim()) errors.add(['input', field], UserErrorCode.BLANK, 'It must not be empty.');
      else if (value.trim().length > limit) errors.add(['input', field], UserErrorCode.TOO_LONG, `At most ${limit} characters.`);
    }
    if (!/^[a-z][a-z0-9-]{1,59}$/.test(input.field.trim()))
      errors.add(['input', 'field'], UserErrorCode.INVALID_FORMAT, 'A field is a code such as environment.');
    const industries = [...new Set(input.industries.map((industry) => industry.trim().toUpperCase()))];
    if (industries.some((industry) => !/^[A-Z0-9]{1,5}$/.test(industry))) {
      errors.add(['input', 'industries'], UserErrorCode.INVALID_FORMAT, 'Industry codes of GB/T 4754, e.g. C39 or 3976.');
    }
    const chains = [...new Set(input.chains.map((chain) => chain.trim()))];
    const chainSource = userScopeSource(this.context.platform.modules, 'chains');
    const unknownChains = chains.length && chainSource ? await chainSource.unknown(em, chains, this.context.platform.modules) : chains;
    if (unknownChains.length) errors.add(['input', 'chains'], UserErrorCode.NOT_FOUND, `Unknown chains: ${unknownChains.join(', ')}.`);
    const licences = [...new Set(input.licences.map((licence) => licence.trim()))];
    if (licences.some((licence) => !licence || licence.length > 200)) {
      errors.add(['input', 'licences'], UserErrorCode.INVALID_FORMAT, 'Name each licence, in at most 200 characters.');
    }
    errors.throwIfAny();
    const existing = await em.findOne(InspectionItem, { code }, { populate: ['department'] });
    if (existing && existing.department.id !== department!.id)
      throw refused('code', UserErrorCode.TAKEN, "Another department's list holds this code.");
    const item = existing ?? em.create(InspectionItem, { code, department: department!, name: '', legalBasis: '', kind: input.kind, field: '' });
    Object.assign(item, {
      name: input.name.trim(),
      legalBasis: input.legalBasis.trim(),
      kind: input.kind,
      field: input.field.trim(),
      industries,
      chains,
      licences,
      active: true,
    });
    return item;
  }

  async withdraw(em: EntityManager, code: string): Promise<InspectionItem> {
    const item = await em.findOne(InspectionItem, { code: code.trim() }, { populate: ['department'] });
    if (!item) throw refused('code', UserErrorCode.NOT_FOUND, 'No item has this code.');
    assertDepartmentInspector(this.context, item.department.getEntity().code);
    if (!item.active) throw refused('code', UserErrorCode.INVALID_TRANSITION, 'The item is withdrawn already.');
    item.active = false;
    return item;
  }

  async declareConflict(em: EntityManager, input: InspectorConflictDeclareInput): Promise<void> {
    const errors = new UserErrorCollector();
    const inspectorId = uuidFromGlobalId(input.inspectorId, 'User');
    const inspector = inspectorId ? await em.findOne(User, { id: inspectorId }) : null;
    if (!inspector) errors.add(['input', 'inspectorId'], UserErrorCode.NOT_FOUND, 'No person has this id.');
    const enterpriseId = uuidFromGlobalId(input.enterpriseId, 'Enterprise');
    const enterprise = enterpriseId ? await em.findOne(Enterprise, { id: enterpriseId }) : null;
    if (!enterprise) errors.add(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.');
    const reason = input.reason.trim();
    if (!reason) errors.add(['input', 'reason'], UserErrorCode.BLANK, 'Say what the relation is.');
    else if (reason.length > 200) errors.add(['input', 'reason'], UserErrorCode.TOO_LONG, 'At most 200 characters.');
    errors.throwIfAny();
    if (!inspector!.department) throw refused('inspectorId', UserErrorCode.INVALID_ROLE, 'The person is no officer of a department.');
    assertDepartmentInspector(this.context, inspector!.department);
    if (await em.count(InspectorConflict, { inspector: inspector!, enterprise: enterprise! })) {
      throw refused('enterpriseId', UserErrorCode.DUPLICATE, 'The relation is declared already.');
    }
    em.create(InspectorConflict, { inspector: inspector!, enterprise: enterprise!, reason });
  }
}
