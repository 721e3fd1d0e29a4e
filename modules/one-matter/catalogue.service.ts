import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { GraphQLContext } from '../platform/context';
import { uniqueAsUserError, UserErrorCode, UserErrorCollector, UserErrorsException, userError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import type { ConnectionArgs } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { DepartmentCreateInput, DepartmentUpdateInput, ServiceItemFilter } from './catalogue.inputs';
import { Department } from './department.entity';
import { Matter } from './matter.entity';
import { ServiceItem } from './service-item.entity';

const DEPARTMENT_CODE = /^[a-z][a-z0-9-]{1,59}$/;

export class CatalogueService {
  constructor(private readonly context: GraphQLContext) {}

  items(args: ConnectionArgs, filter: ServiceItemFilter | null) {
    const where: Record<string, unknown> = {};
    if (filter?.departmentCode) where.department = { code: filter.departmentCode };
    if (filter?.fullyOnline != null) where.fullyOnline = filter.fullyOnline;
    return paginate(this.context, { entity: ServiceItem, where: where as FilterQuery<ServiceItem>, sortField: 'code', direction: 'ASC', args });
  }

  matters(args: ConnectionArgs) {
    return paginate(this.context, { entity: Matter, where: {}, sortField: 'code', direction: 'ASC', args });
  }

  private checkName(name: string, errors: UserErrorCollector): void {
    if (!name.trim()) errors.add(['input', 'name'], UserErrorCode.BLANK, 'The name must not be blank.');
    else if (name.trim().length > 100) errors.add(['input', 'name'], UserErrorCode.TOO_LONG, 'The name must not exceed 100 characters.');
  }

  async createDepartment(em: EntityManager, input: DepartmentCreateInput): Promise<Department> {
    const errors = new UserErrorCollector();
    if (!DEPARTMENT_CODE.test(input.code))
      errors.add(['input', 'code'], UserErrorCode.INVALID_FORMAT, 'Use lower-case letters, digits and hyphens, starting with a letter.');
    else if (await em.count(Department, { code: input.code }))
      errors.add(['input', 'code'], UserErrorCode.TAKEN, `A department already has the code ${input.code}.`);
    this.checkName(input.name, errors);
    errors.throwIfAny();
    const department = em.create(Department, { code: input.code, name: input.name.trim() });
    // A simultaneous creation of the same code loses on the unique index and is answered as a later one would be.
    await uniqueAsUserError(() => em.flush(), ['input', 'code'], UserErrorCode.TAKEN, `A department already has the code ${input.code}.`);
    return department;
  }

  async updateDepartment(em: EntityManager, input: DepartmentUpdateInput): Promise<Department> {
    const id = uuidFromGlobalId(input.id, 'Department');
    const department = id ? await em.findOne(Department, { id }) : null;
    if (!department) throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.NOT_FOUND, 'No department has this id.')]);
    const errors = new UserErrorCollector();
    this.checkName(input.name, errors);
    errors.throwIfAny();
    department.name = input.name.trim();
    await em.flush();
    return department;
  }
}
