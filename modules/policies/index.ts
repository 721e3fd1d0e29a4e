import { EVERY_ROLE, Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { defineModule } from '../platform/module';
import { defineNodeType } from '../platform/relay/node-type';
import { POLICIES_SCOPE, POLICY_EDITORS, assertRedemptionReadable } from './policy.access';
import { Policy, PolicyVersion } from './policy.entity';
import { PolicyResolver, PolicyVersionResolver } from './policy.resolver';
import { PolicyRedemption } from './policy-redemption.entity';
import { redemptionMatchJob } from './redemption-match.job';
import { PolicyRedemptionResolver } from './policy-redemption.resolver';
import { PolicyIndicatorsResolver } from './policy-indicators.resolver';
import { POLICY_INDICATORS } from './policy-indicators';
import { seedPolicies } from './policies.seed';
import { BundlePolicyLinkResolver, bundlePolicyCatalogue } from './bundle-policy-link';
import { REDEMPTIONS_CUBE } from './policy.cubes';

const published = () => undefined;

/** A policy with a published version is public; one still in draft is for those who may edit policies. */
function assertPolicyReadable(context: GraphQLContext, policy: Policy): void {
  if (policy.latestVersion > 0 || POLICY_EDITORS.includes(context.principal.role)) return;
  if (context.principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  throw new ForbiddenError('This policy is not published yet.');
}

export const policies = defineModule({
  name: 'policies',
  description: 'Policies as data (惠企政策): facts from the modules, conditions and formulas, numbered versions, the calculator.',
  dependsOn: ['enterprise', 'one-matter', 'one-category'],
  extensions: {
    bundlePolicies: bundlePolicyCatalogue,
    partnerAccessScopes: [{ code: POLICIES_SCOPE, description: 'Which policies the enterprise qualifies for, the amounts and why (政策计算器).' }],
  },
  entities: [Policy, PolicyVersion, PolicyRedemption],
  jobs: [redemptionMatchJob],
  resolvers: [PolicyResolver, PolicyVersionResolver, PolicyRedemptionResolver, PolicyIndicatorsResolver, BundlePolicyLinkResolver],
  indicators: POLICY_INDICATORS,
  cubes: [REDEMPTIONS_CUBE],
  seed: (em, options, platform) => seedPolicies(em, options, platform),
  nodeTypes: [
    defineNodeType({ typeName: 'Policy', entity: Policy, assertReadable: assertPolicyReadable, readers: EVERY_ROLE }),
    defineNodeType({ typeName: 'PolicyVersion', entity: PolicyVersion, assertReadable: published, readers: EVERY_ROLE }),
    defineNodeType({
      typeName: 'PolicyRedemption',
      entity: PolicyRedemption,
      assertReadable: async (context, redemption) => assertRedemptionReadable(context, redemption),
      readers: [Role.ADMIN, Role.ANALYST],
    }),
  ],
});
