import { defineModule } from '../platform/module';
import { CHAIN_USER_SCOPE } from './chain.user-scope';
import { defineNodeType } from '../platform/relay/node-type';
import { fillChainCodes } from './chain-code';
import { BundleVersion, ChainBundle } from './chain-bundle.entity';
import { ChainMembership } from './chain-membership.entity';
import { assertEnterpriseReadable, EVERY_ENTERPRISE_READERS } from '../enterprise/enterprise.access';
import { BundleApplication } from './bundle-application.entity';
import {
  assertApplicationReadable,
  BundleApplicationResolver,
  BundleDeskResolver,
  BundleNodeResolver,
  ChainResolver,
  EnterpriseChainResolver,
  PublishedBundleResolver,
} from './one-category.resolver';
import { seedOneCategory } from './one-category.seed';
import { CHAIN_POLICY_FACTS } from './chain.policy-facts';
import { BUNDLE_APPLICATIONS_CUBE, CHAIN_REPORT_SCOPE, enterpriseChainDimensions, MEMBERSHIPS_CUBE } from './chain.cubes';

export const oneCategory = defineModule({
  name: 'one-category',
  description: 'The industry-chain "one category" machinery: bundles, nodes, versions, memberships and applications.',
  dependsOn: ['enterprise', 'one-matter'],
  extensions: {
    policyFacts: CHAIN_POLICY_FACTS,
    reportChainScope: CHAIN_REPORT_SCOPE,
    // The chains of an enterprise as a dimension of every cube about enterprises.
    reportEnterpriseDimensions: enterpriseChainDimensions,
    userScopes: [CHAIN_USER_SCOPE],
  },
  cubes: [MEMBERSHIPS_CUBE, BUNDLE_APPLICATIONS_CUBE],
  switches: [
    // The industry-chain modules to switch on, by module name, comma-separated; all when unset.
    { setting: 'CHAIN_MODULES', covers: (module) => module.extensions?.chain !== undefined },
  ],
  entities: [ChainBundle, BundleVersion, ChainMembership, BundleApplication],
  resolvers: [ChainResolver, PublishedBundleResolver, BundleNodeResolver, BundleDeskResolver, BundleApplicationResolver, EnterpriseChainResolver],
  nodeTypes: [
    defineNodeType({ typeName: 'PublishedBundle', entity: BundleVersion, assertReadable: () => undefined }),
    defineNodeType({
      typeName: 'ChainMembership',
      entity: ChainMembership,
      assertReadable: async (context, membership) => assertEnterpriseReadable(context, (await membership.enterprise.load())!),
      readers: EVERY_ENTERPRISE_READERS,
    }),
    defineNodeType({ typeName: 'BundleApplication', entity: BundleApplication, assertReadable: assertApplicationReadable }),
  ],
  beforeSchema: fillChainCodes,
  seed: (em, options, platform) => seedOneCategory(em, options, platform),
});
