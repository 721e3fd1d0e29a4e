import { Arg, Args, Authorized, Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { sqlRead } from '../platform/reads/sql-read';
import type { GraphQLContext } from '../platform/context';
import { ConnectionArgs, connectionComplexity } from '../platform/relay/connection';
import { nestedPage } from '../platform/relay/nested-pages';
import { Enterprise } from '../enterprise/enterprise.entity';
import { CASE_READERS } from './case.access';
import { ServiceCase } from './case.entity';
import { CaseConnection } from './case.types';
import { CaseService } from './case.service';
import { CaseState } from './case-states';

/** The one-matter module adds an enterprise's cases to the registry's Enterprise type. */
@Resolver(() => Enterprise)
export class EnterpriseCasesResolver {
  @Authorized(...CASE_READERS)
  @Extensions(
    sqlRead({
      kind: 'connection',
      entity: ServiceCase,
      parentProperty: 'enterprise',
      where: ({ context, args }) => new CaseService(context).visibleWhere({ states: (args.states as CaseState[] | undefined) ?? null }),
      order: () => ({ sortField: 'submittedAt', direction: 'DESC' }),
    }),
  )
  @FieldResolver(() => CaseConnection, {
    description: 'The enterprise’s cases, newest first, as far as the caller may see them; loaded for a whole page of enterprises at once.',
    complexity: connectionComplexity(10),
  })
  async cases(
    @Root() enterprise: Enterprise,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('states', () => [CaseState], { nullable: true, description: 'Only cases in one of these states, e.g. the open ones.' })
    states: CaseState[] | null,
    @Ctx() context: GraphQLContext,
  ) {
    const { principal } = context;
    return new CaseConnection(
      await nestedPage(context, enterprise.id, {
        entity: ServiceCase,
        parentProperty: 'enterprise',
        where: new CaseService(context).visibleWhere({ states }),
        sortField: 'submittedAt',
        direction: 'DESC',
        args,
        cacheKey: `${principal.role}:${principal.enterpriseUscc ?? ''}:${principal.department ?? ''}:${states?.join(',') ?? ''}`,
      }),
    );
  }
}
