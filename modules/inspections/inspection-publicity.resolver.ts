import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { BadUserInputError } from '../platform/errors/top-level-errors';
import { ConnectionArgs, ConnectionType, connectionComplexity, type ConnectionPage } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { InspectionState } from './inspection.enums';
import { Inspection } from './inspection.entity';
import { PublicInspection, PublicInspectionResult } from './inspection-publicity.types';
import { itemByCode, resultsOf } from './inspection-result.resolver';

export const PublicInspectionConnection = ConnectionType(PublicInspection, 'PublicInspection', 'published inspections');

/** Longer than any registered enterprise name can be. */
const MAX_SEARCH = 200;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/** A page of inspections as the public sees them; cursors stay those of the inspections. */
function publicPage(page: ConnectionPage<Inspection>): ConnectionPage<PublicInspection> {
  return {
    ...page,
    edges: page.edges.map((edge) => ({
      get cursor() {
        return edge.cursor;
      },
      node: PublicInspection.of(edge.node),
    })),
  };
}

/** The publicity of inspection results (一公开): anyone finds the published inspections of an enterprise. */
@Resolver(() => PublicInspection)
export class InspectionPublicityResolver {
  @Query(() => PublicInspectionConnection, {
    description:
      'Published inspections (双随机抽查结果公示) of the enterprises whose name contains `search` or whose unified social credit code is `search`, newest publication first; public, without inspectors, evidence or personal data.',
    complexity: connectionComplexity(20),
  })
  async inspectionPublicity(
    @Arg('search', () => String, { description: 'Part of an enterprise name (企业名称), or a whole unified social credit code (统一社会信用代码).' })
    search: string,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() context: GraphQLContext,
  ) {
    const term = search.trim();
    if (!term) throw new BadUserInputError('Give part of an enterprise name or a unified social credit code to search for.', ['search']);
    if (term.length > MAX_SEARCH) throw new BadUserInputError(`A search has at most ${MAX_SEARCH} characters.`, ['search']);
    const page = await paginate(context, {
      entity: Inspection,
      where: {
        state: InspectionState.PUBLISHED,
        enterprise: { $or: [{ name: { $ilike: `%${escapeLike(term)}%` } }, { uscc: term.toUpperCase() }] },
      },
      sortField: 'publishedAt',
      direction: 'DESC',
      args,
    });
    return new PublicInspectionConnection(publicPage(page));
  }

  @FieldResolver(() => String, { description: 'Registered name of the enterprise inspected (企业名称).' })
  async enterpriseName(@Root() published: PublicInspection): Promise<string> {
    return (await published.inspection.enterprise.load({ dataloader: true }))!.name;
  }

  @FieldResolver(() => String, { description: 'Unified social credit code of the enterprise inspected (统一社会信用代码).' })
  async enterpriseUscc(@Root() published: PublicInspection): Promise<string> {
    return (await published.inspection.enterprise.load({ dataloader: true }))!.uscc;
  }

  @FieldResolver(() => String, { description: 'Name of the department that inspected (检查部门).' })
  async departmentName(@Root() published: PublicInspection): Promise<string> {
    return (await published.inspection.department.load({ dataloader: true }))!.name;
  }

  @FieldResolver(() => Boolean, { description: 'Whether several departments inspected together (跨部门联合检查, 综合查一次).' })
  async joint(@Root() published: PublicInspection): Promise<boolean> {
    const visit = await published.inspection.visit?.load({ dataloader: true });
    return (visit?.departments.length ?? 0) > 1;
  }

  @FieldResolver(() => [PublicInspectionResult], { description: 'The result of each item (检查结果), by item code.' })
  async results(@Root() published: PublicInspection, @Ctx() context: GraphQLContext): Promise<PublicInspectionResult[]> {
    const results = await resultsOf(context, published.inspection);
    const items = await Promise.all(results.map((result) => itemByCode(context, result.itemCode)));
    return results.map((result, index) =>
      Object.assign(new PublicInspectionResult(), {
        itemCode: result.itemCode,
        itemName: items[index]?.name ?? result.itemCode,
        outcome: result.outcome,
        finding: result.finding,
      }),
    );
  }
}
