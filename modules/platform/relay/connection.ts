import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';

@ObjectType({ description: 'Where a page sits in the whole list (Relay).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether items follow the last one of this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items precede the first one of this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null for an empty page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; null for an empty page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Return at most this many items from the start (after `after`).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Return at most this many items from the end (before `before`).' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

/** What a connection resolves from: the page already loaded, and the total counted only when asked. */
export interface ConnectionPage<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/** A connection's cost is its page size times the cost of one item, so that large pages of deep data are refused. */
export const connectionComplexity =
  (defaultPageSize: number): ComplexityEstimator =>
  ({ args, childComplexity }) =>
    1 + (Number(args.first ?? args.last ?? defaultPageSize) || 0) * Math.max(childComplexity, 1);

/** Builds `<Name>Connection` and `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `An edge in a list of ${description}.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item, for `after` and `before`.' })
    cursor!: string;

    @Field(() => nodeType, { description: 'The item.' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description} (Relay connection).` })
  class Connection {
    constructor(private readonly page: ConnectionPage<T>) {}

    @Field(() => [Edge], { description: 'The items of the page with their cursors.' })
    edges(): Edge[] {
      return this.page.edges as Edge[];
    }

    @Field(() => [nodeType], { description: 'The items of the page, without cursors.' })
    nodes(): T[] {
      return this.page.edges.map((edge) => edge.node);
    }

    @Field(() => PageInfo, { description: 'Whether more items precede or follow the page, and its cursors.' })
    pageInfo(): PageInfo {
      return this.page.pageInfo;
    }

    @Field(() => Int, { description: 'How many items the whole list holds, with the filters applied.' })
    totalCount(): Promise<number> {
      return this.page.countTotal();
    }
  }

  return Connection;
}
