import { defineModule } from '../platform/module';
import { ENTERPRISE_USER_SCOPE } from './enterprise.user-scope';
import { defineNodeType } from '../platform/relay/node-type';
import { Enterprise } from './enterprise.entity';
import { assertEnterpriseReadable, assertOwnOrAdmin, EVERY_ENTERPRISE_READERS } from './enterprise.access';
import { EnterpriseResolver } from './enterprise.resolver';
import { CatalogueResolver } from './catalogue.resolver';
import { ViewerEnterpriseResolver } from './viewer-enterprise.resolver';
import { IndustryCategory } from './industry-category.entity';
import { Region } from './region.entity';
import { loadEnterpriseReferenceData } from './reference-data';
import { seedEnterprises } from './enterprise.seed';
import { ENTERPRISE_POLICY_FACTS } from './enterprise.policy-facts';
import { Role } from '../platform/auth/principal';
import { PartnerAuthorization } from './partner-authorization.entity';
import { EnterprisePartnerAuthorizationsResolver, PartnerAuthorizationResolver } from './partner-authorization.resolver';
import { enterpriseExamples } from './enterprise.examples';

export const enterprise = defineModule({
  name: 'enterprise',
  description: 'The enterprise registry: unified social credit codes, registered facts and lifecycle stages.',
  examples: enterpriseExamples,
  entities: [Enterprise, Region, IndustryCategory, PartnerAuthorization],
  staticReferences: [Region, IndustryCategory],
  extensions: { policyFacts: ENTERPRISE_POLICY_FACTS, userScopes: [ENTERPRISE_USER_SCOPE] },
  resolvers: [EnterpriseResolver, CatalogueResolver, ViewerEnterpriseResolver, PartnerAuthorizationResolver, EnterprisePartnerAuthorizationsResolver],
  nodeTypes: [
    defineNodeType({ typeName: 'Enterprise', entity: Enterprise, assertReadable: assertEnterpriseReadable, readers: EVERY_ENTERPRISE_READERS }),
    defineNodeType({
      typeName: 'PartnerAuthorization',
      entity: PartnerAuthorization,
      assertReadable: async (context, authorization) => assertOwnOrAdmin(context, (await authorization.enterprise.load({ dataloader: true }))!),
      readers: [Role.ADMIN],
    }),
  ],
  referenceData: (em, platform) => loadEnterpriseReferenceData(em, platform.modules),
  seed: (em, options, platform) => seedEnterprises(em, options, platform.modules),
});
