import type { GraphQLContext } from '../context';
import type { EntityClass, EntityProperty, FilterQuery } from '@mikro-orm/core';
import { BadUserInputError } from '../errors/top-level-errors';
import { UUID_PATTERN } from './global-id';
import { fitsSortColumn } from './cursor-value';
import { ConnectionArgs, ConnectionPage, PageInfo } from './connection';

export type SortDirection = 'ASC' | 'DESC';

export interface PaginateOptions<T> {
  entity: EntityClass<T>;
  where: FilterQuery<T>;
  /** Property to sort by; the primary key `id` always breaks ties, so the order is total and stable. */
  sortField: string;
  direction: SortDirection;
  args: ConnectionArgs;
}

export interface CursorPayload {
  /** The sort field the cursor belongs to: a cursor of another list or order is refused. */
  f: string;
  v: string | number;
  id: string;
}

export function encodeCursor(value: unknown, id: string, sortField: string): string {
  const serializable = value instanceof Date ? value.toISOString() : (value as string | number);
  return Buffer.from(JSON.stringify({ f: sortField, v: serializable, id } satisfies CursorPayload)).toString('base64url');
}

/** Reads a cursor back, refusing anything this list did not hand out: it goes straight into SQL conditions. */
export function decodeCursor(cursor: string, argument: string, sortField: string, sortProperty: EntityProperty): CursorPayload {
  let payload: Partial<CursorPayload> | null;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorPayload>;
  } catch {
    payload = null;
  }
  const valid =
    payload !== null &&
    typeof payload === 'object' &&
    payload.f === sortField &&
    typeof payload.id === 'string' &&
    UUID_PATTERN.test(payload.id) &&
    (typeof payload.v === 'string' || typeof payload.v === 'number') &&
    fitsSortColumn(payload.v, sortProperty);
  if (!valid) throw new BadUserInputError(`The cursor given as \`${argument}\` is not valid for this list and order.`, [argument]);
  return payload as CursorPayload;
}

export function pageSize(args: ConnectionArgs, defaultPageSize: number, maxPageSize: number): { size: number; fromEnd: boolean } {
  if (args.first != null && args.last != null) {
    throw new BadUserInputError('Pass either `first` or `last`, not both.', ['last']);
  }
  for (const argument of ['first', 'last'] as const) {
    const value = args[argument];
    if (value != null && (value < 0 || value > maxPageSize)) {
      throw new BadUserInputError(`\`${argument}\` must be between 0 and ${maxPageSize}.`, [argument]);
    }
  }
  if (args.last != null) return { size: args.last, fromEnd: true };
  if (args.first != null) return { size: args.first, fromEnd: false };
  // `before` without a size reads backwards from the cursor, as a client paging back expects.
  return { size: defaultPageSize, fromEnd: args.before != null && args.after == null };
}

/** A keyset condition: strictly past (value, id) in the given direction. */
export function keysetCondition(field: string, direction: SortDirection, cursor: CursorPayload): Record<string, unknown> {
  const operator = direction === 'ASC' ? '$gt' : '$lt';
  return {
    $or: [{ [field]: { [operator]: cursor.v } }, { [field]: cursor.v, id: { [operator]: cursor.id } }],
  };
}

/** The keyset conditions of `after` and `before`. */
export function cursorConditions(
  args: ConnectionArgs,
  sortField: string,
  direction: SortDirection,
  sortProperty: EntityProperty,
): Array<Record<string, unknown>> {
  const conditions: Array<Record<string, unknown>> = [];
  if (args.after) conditions.push(keysetCondition(sortField, direction, decodeCursor(args.after, 'after', sortField, sortProperty)));
  if (args.before) conditions.push(keysetCondition(sortField, flip(direction), decodeCursor(args.before, 'before', sortField, sortProperty)));
  return conditions;
}

export const flip = (direction: SortDirection): SortDirection => (direction === 'ASC' ? 'DESC' : 'ASC');

/**
 * Cursor pagination over any entity with `first/after/last/before`. Reads one extra row to know whether the
 * page has a neighbour; counts only when `totalCount` is selected.
 */
export async function paginate<T extends { id: string }>(context: GraphQLContext, options: PaginateOptions<T>): Promise<ConnectionPage<T>> {
  const { em } = context;
  const { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } = context.platform.config;
  const { entity, where, sortField, direction, args } = options;
  const { size, fromEnd } = pageSize(args, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const sortProperty = em.getMetadata().get(entity.name).properties[sortField as never];
  const conditions = [where as Record<string, unknown>, ...cursorConditions(args, sortField, direction, sortProperty)];
  const readDirection = fromEnd ? flip(direction) : direction;

  const rows =
    size === 0
      ? []
      : await em.find(entity, { $and: conditions } as FilterQuery<T>, {
          orderBy: [{ [sortField]: readDirection }, { id: readDirection }] as never,
          limit: size + 1,
        });
  let total: Promise<number> | undefined;
  return pageOf(rows, { size, fromEnd, args, sortField }, () => (total ??= em.count(entity, where)));
}

/** An item of a page with its cursor, encoded on first read. */
class Edge<T> {
  private encoded: string | undefined;

  constructor(
    readonly node: T,
    private readonly encode: (node: T) => string,
  ) {}

  get cursor(): string {
    return (this.encoded ??= this.encode(this.node));
  }
}

/** Turns the rows read for a page (one more than asked, in reading order) into the page a connection shows. */
export function pageOf<T extends { id: string }>(
  rows: T[],
  { size, fromEnd, args, sortField }: { size: number; fromEnd: boolean; args: ConnectionArgs; sortField: string },
  countTotal: () => Promise<number>,
): ConnectionPage<T> {
  const hasMore = rows.length > size;
  const page = rows.slice(0, size);
  if (fromEnd) page.reverse();
  const cursorOf = (node: T) => encodeCursor((node as Record<string, unknown>)[sortField], node.id, sortField);
  // Cursors are encoded when read: most pages ask for the end cursor only, not one per item.
  const edges = page.map((node) => new Edge(node, cursorOf));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: fromEnd ? Boolean(args.before) : hasMore,
    hasPreviousPage: fromEnd ? hasMore : Boolean(args.after),
  });
  // The bounds' cursors are encoded when read too: a nested page often asks for its items only.
  Object.defineProperties(pageInfo, {
    startCursor: { enumerable: true, get: () => edges[0]?.cursor ?? null },
    endCursor: { enumerable: true, get: () => edges.at(-1)?.cursor ?? null },
  });
  return { edges, pageInfo, countTotal };
}
