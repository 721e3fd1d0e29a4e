import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../platform/auth/principal';
import { today } from '../platform/clock';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import type { ConnectionArgs } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { requestLoader } from '../platform/relay/request-loader';
import { Appeal } from './appeal.entity';
import { AppealCategory } from './appeal-category.entity';
import { AppealExtension } from './appeal-extension.entity';
import { AppealHistoryEntry } from './appeal-history.entity';
import { APPEALS_SCOPE, assertAppealReadable, isDispatcher, mayReadAppeal, type AppealAudience } from './appeal.access';
import { PartnerAuthorizationService } from '../enterprise/partner-authorization.service';
import type { AppealFilter } from './appeal.inputs';
import { CLOCKED_STATES } from './appeal-states';
import { TypicalCase } from './typical-case.entity';

/** Groups rows by a key, in the order of the keys asked for. */
function grouped<T>(rows: T[], keys: readonly string[], keyOf: (row: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => byKey.get(key) ?? []);
}

/** Reads of the pool, each narrowed to what the caller may see; relations in one statement per level. */
export class AppealReadService {
  constructor(private readonly context: GraphQLContext) {}

  async list(args: ConnectionArgs, filter: AppealFilter | null) {
    const { principal } = this.context;
    const conditions: Array<FilterQuery<Appeal>> = [];
    if (!isDispatcher(this.context)) {
      if (principal.role === Role.ENTERPRISE) conditions.push({ enterprise: { uscc: principal.enterpriseUscc } });
      else if (principal.role === Role.OFFICER) conditions.push(assignedTo(principal.department!));
      else if (principal.role === Role.PARTNER)
        conditions.push({ enterprise: { $in: await new PartnerAuthorizationService(this.context).enterprisesOpenTo(APPEALS_SCOPE) } });
      else
        throw new ForbiddenError(
          'Appeals are read by the enterprise, the departments they are assigned to, the dispatcher, and authorized partners.',
        );
    }
    if (filter?.states?.length) conditions.push({ state: { $in: filter.states } });
    if (filter?.channelCodes?.length) conditions.push({ channel: { code: { $in: filter.channelCodes } } });
    if (filter?.departmentCode) conditions.push(assignedTo(filter.departmentCode));
    if (filter?.categoryCode) conditions.push({ categoryCodes: { $overlap: [filter.categoryCode] } });
    if (filter?.layer) conditions.push({ layer: filter.layer });
    if (filter?.overdue != null) {
      const on = today(this.context.platform.clock);
      const overdue: FilterQuery<Appeal> = { state: { $in: CLOCKED_STATES }, dueOn: { $lt: on } };
      conditions.push(filter.overdue ? overdue : { $not: overdue });
    }
    const where = (conditions.length ? { $and: conditions } : {}) as FilterQuery<Appeal>;
    return paginate(this.context, { entity: Appeal, where, sortField: 'receivedAt', direction: 'DESC', args });
  }

  typicalCases(args: ConnectionArgs) {
    return paginate(this.context, { entity: TypicalCase, where: {}, sortField: 'publishedAt', direction: 'DESC', args });
  }

  async audienceOf(appeal: Appeal): Promise<AppealAudience> {
    const [enterprise, lead, coHandlers] = await Promise.all([
      appeal.enterprise.load({ dataloader: true }),
      appeal.leadDepartment?.load({ dataloader: true }),
      appeal.coHandlers.load({ dataloader: true }),
    ]);
    const coDepartments = await Promise.all(coHandlers.getItems().map((coHandling) => coHandling.department.load({ dataloader: true })));
    return {
      enterpriseId: enterprise!.id,
      enterpriseUscc: enterprise!.uscc,
      departmentCodes: [...(lead ? [lead.code] : []), ...coDepartments.map((department) => department!.code)],
    };
  }

  async assertReadable(appeal: Appeal): Promise<void> {
    await assertAppealReadable(this.context, await this.audienceOf(appeal));
  }

  async isReadable(appeal: Appeal): Promise<boolean> {
    return mayReadAppeal(this.context, await this.audienceOf(appeal));
  }

  history(appeal: Appeal): Promise<AppealHistoryEntry[]> {
    return requestLoader(this.context, 'appeal.history', async (ids) =>
      grouped(
        // The departments come in the same statement: loaded beside the co-handlers', they would make one or two
        // statements as the two lists happen to resolve in one tick or two.
        await this.context.em.find(
          AppealHistoryEntry,
          { appeal: { $in: ids as string[] } },
          { orderBy: { position: 'ASC' }, populate: ['department'], strategy: 'joined' },
        ),
        ids,
        (entry) => entry.appeal.id,
      ),
    )
      .load(appeal.id)
      .then((entries) => entries ?? []);
  }

  extensions(appeal: Appeal): Promise<AppealExtension[]> {
    return requestLoader(this.context, 'appeal.extensions', async (ids) =>
      grouped(
        await this.context.em.find(AppealExtension, { appeal: { $in: ids as string[] } }, { orderBy: { createdAt: 'ASC', id: 'ASC' } }),
        ids,
        (extension) => extension.appeal.id,
      ),
    )
      .load(appeal.id)
      .then((extensions) => extensions ?? []);
  }

  duplicates(appeal: Appeal): Promise<Appeal[]> {
    return requestLoader(this.context, 'appeal.duplicates', async (ids) =>
      grouped(
        await this.context.em.find(Appeal, { mergedInto: { $in: ids as string[] } }, { orderBy: { receivedAt: 'ASC', id: 'ASC' } }),
        ids,
        (duplicate) => duplicate.mergedInto!.id,
      ),
    )
      .load(appeal.id)
      .then((duplicates) => duplicates ?? []);
  }

  typicalCaseOf(appeal: Appeal): Promise<TypicalCase | null> {
    return requestLoader(this.context, 'appeal.typicalCase', async (ids) => {
      const found = new Map(
        (await this.context.em.find(TypicalCase, { appeal: { $in: ids as string[] } })).map((typicalCase) => [typicalCase.appeal.id, typicalCase]),
      );
      return ids.map((id) => found.get(id) ?? null);
    }).load(appeal.id);
  }

  /** The catalogue's categories for codes, in one statement per request level. */
  async categories(codes: string[]): Promise<AppealCategory[]> {
    const loader = requestLoader(this.context, 'appeal.categories', async (keys) => {
      const found = new Map(
        (await this.context.em.find(AppealCategory, { code: { $in: keys as string[] } })).map((category) => [category.code, category]),
      );
      return keys.map((key) => found.get(key) ?? null);
    });
    const categories = await loader.loadMany(codes);
    return categories.filter((category): category is AppealCategory => category instanceof AppealCategory);
  }
}

function assignedTo(departmentCode: string): FilterQuery<Appeal> {
  return { $or: [{ leadDepartment: { code: departmentCode } }, { coHandlers: { department: { code: departmentCode } } }] };
}
