import { raw, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../context';
import type { ConnectionArgs, ConnectionPage } from './connection';
import { cursorConditions, flip, pageOf, pageSize, type SortDirection } from './paginate';
import { requestLoader } from './request-loader';

export interface NestedPageOptions<T> {
  entity: EntityClass<T>;
  /** The many-to-one property of T that points at the parent, e.g. `enterprise` for an enterprise's cases. */
  parentProperty: string;
  /** Conditions every page shares (visibility, filters). */
  where: FilterQuery<T>;
  sortField: string;
  direction: SortDirection;
  args: ConnectionArgs;
  /** Identifies `where` for caching: pages asked with the same arguments and key share one batch. */
  cacheKey: string;
}

/**
 * A connection nested under each parent of a page (an enterprise's cases), loaded for all parents at once: one
 * statement ranks the rows per parent with a window function and keeps each parent's page, and one more counts
 * per parent when totalCount is asked for. Same arguments and cursors as a root connection.
 */
export function nestedPage<T extends { id: string }>(
  context: GraphQLContext,
  parentId: string,
  options: NestedPageOptions<T>,
): Promise<ConnectionPage<T>> {
  const { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } = context.platform.config;
  const { size, fromEnd } = pageSize(options.args, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const em = context.em as EntityManager;
  const meta = em.getMetadata().get(options.entity.name);
  const parentColumn = meta.properties[options.parentProperty as never].fieldNames[0];
  const sortColumn = meta.properties[options.sortField as never].fieldNames[0];
  const key = `${options.entity.name}.${options.parentProperty}:${options.cacheKey}:${JSON.stringify(options.args)}`;

  const withParents = (parentIds: readonly string[]): FilterQuery<T> => {
    const conditions = [
      options.where as Record<string, unknown>,
      { [options.parentProperty]: { $in: [...parentIds] } },
      ...cursorConditions(options.args, options.sortField, options.direction, meta.properties[options.sortField as never]),
    ];
    return { $and: conditions } as FilterQuery<T>;
  };

  const pages = requestLoader<T[]>(context, `pages:${key}`, async (parentIds) => {
    if (size === 0) return parentIds.map(() => []);
    const order = fromEnd ? flip(options.direction) : options.direction;
    const ranked = em
      .createQueryBuilder(options.entity, 'e')
      .select(['e.id', raw(`row_number() over (partition by e.${parentColumn} order by e.${sortColumn} ${order}, e.id ${order}) as page_rank`)])
      .where(withParents(parentIds))
      .getKnexQuery();
    const pageIds = em
      .getKnex()
      .select('id')
      .from(ranked.as('ranked'))
      .where('page_rank', '<=', size + 1);
    // Still one statement: the ranked ids are a sub-query of find, which hydrates rows the way every read does
    // (mapping raw rows with em.map merged each one with cascades, a fifth of a nested page's CPU).
    const rows = await em.find(options.entity, { id: { $in: pageIds } } as unknown as FilterQuery<T>, {
      orderBy: [{ [options.parentProperty]: 'ASC' }, { [options.sortField]: order }, { id: order }] as never,
    });
    const byParent = new Map<string, T[]>(parentIds.map((id) => [id, []]));
    for (const row of rows) byParent.get((row as Record<string, { id: string }>)[options.parentProperty].id)?.push(row);
    return parentIds.map((id) => byParent.get(id)!);
  });

  const counts = requestLoader<number>(context, `counts:${key}`, async (parentIds) => {
    const rows = await em
      .createQueryBuilder(options.entity, 'e')
      .select([`e.${parentColumn} as parent`, raw('count(*)::int as total')])
      .where({ $and: [options.where as Record<string, unknown>, { [options.parentProperty]: { $in: [...parentIds] } }] } as FilterQuery<T>)
      .groupBy(`e.${parentColumn}`)
      .execute<Array<{ parent: string; total: number }>>('all', false);
    const totals = new Map(rows.map((row) => [row.parent, row.total]));
    return parentIds.map((id) => totals.get(id) ?? 0);
  });

  return pages
    .load(parentId)
    .then((rows) =>
      pageOf(rows ?? [], { size, fromEnd, args: options.args, sortField: options.sortField }, async () => (await counts.load(parentId)) ?? 0),
    );
}
