import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { requestLoader } from '../platform/relay/request-loader';
import type { BundlePolicyCatalogue } from '../one-category/bundle-policy-references';
import { BundlePolicyType } from '../one-category/bundle.types';
import { Policy } from './policy.entity';

/** Tells bundles which codes name a published policy, so that a chain node can point at one. */
export const bundlePolicyCatalogue: BundlePolicyCatalogue = {
  async published(em: EntityManager, codes: string[]) {
    // Plain rows, not partly loaded entities that a later resolver of the same request would meet.
    const found = await em
      .createQueryBuilder(Policy)
      .select('code')
      .where({ code: { $in: codes }, latestVersion: { $gt: 0 } })
      .execute<Array<{ code: string }>>('all', false);
    return new Set(found.map((row) => row.code));
  },
};

@Resolver(() => BundlePolicyType)
export class BundlePolicyLinkResolver {
  @FieldResolver(() => Policy, { nullable: true, description: 'The published policy it points at, with its calculator rules; null for free text.' })
  policy(@Root() entry: BundlePolicyType, @Ctx() context: GraphQLContext): Promise<Policy | null> | null {
    if (!entry.policyCode) return null;
    // The policies of every node of every bundle in the answer, in one statement.
    return requestLoader<Policy>(context, 'policy.byCode', async (codes) => {
      const policies = await context.em.find(Policy, { code: { $in: [...codes] }, latestVersion: { $gt: 0 } });
      return codes.map((code) => policies.find((policy) => policy.code === code) ?? null);
    }).load(entry.policyCode);
  }
}
