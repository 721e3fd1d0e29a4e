import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { ConnectionArgs, connectionComplexity } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { Enterprise } from '../enterprise/enterprise.entity';
import { CASE_READERS } from './case.access';
import { ServiceCase } from './case.entity';
import { CaseConnection } from './case.resolver';
import { CaseService } from './case.service';
import { toGlobalId } from '../platform/relay/global-id';

/** The one-matter module adds an enterprise's cases to the registry's Enterprise type. */
@Resolver(() => Enterprise)
export class EnterpriseCasesResolver {
  @Authorized(...CASE_READERS)
  @FieldResolver(() => CaseConnection, {
    description: 'The enterprise’s cases, newest first, as far as the caller may see them.',
    complexity: connectionComplexity(10),
  })
  async cases(@Root() enterprise: Enterprise, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: GraphQLContext) {
    const where = new CaseService(context).visibleWhere({ enterpriseId: toGlobalId('Enterprise', enterprise.id) });
    return new CaseConnection(await paginate(context, { entity: ServiceCase, where, sortField: 'submittedAt', direction: 'DESC', args }));
  }
}
