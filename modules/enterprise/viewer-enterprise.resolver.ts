import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { Viewer } from '../platform/auth/viewer.type';
import { Enterprise } from './enterprise.entity';

/** The enterprise module adds the caller's own enterprise to the platform's Viewer. */
@Resolver(() => Viewer)
export class ViewerEnterpriseResolver {
  @FieldResolver(() => Enterprise, { nullable: true, description: 'The enterprise an ENTERPRISE caller acts for; null for other roles.' })
  enterprise(@Ctx() { principal, em }: GraphQLContext): Promise<Enterprise | null> | null {
    return principal.enterpriseUscc ? em.findOne(Enterprise, { uscc: principal.enterpriseUscc }) : null;
  }
}
