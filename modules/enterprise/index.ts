import { defineModule } from '../platform/module';
import { defineNodeType } from '../platform/relay/node-type';
import { Enterprise } from './enterprise.entity';
import { assertEnterpriseReadable, EVERY_ENTERPRISE_READERS } from './enterprise.access';
import { EnterpriseResolver } from './enterprise.resolver';
import { CatalogueResolver } from './catalogue.resolver';
import { ViewerEnterpriseResolver } from './viewer-enterprise.resolver';
import { IndustryCategory } from './industry-category.entity';
import { Region } from './region.entity';
import { loadEnterpriseReferenceData } from './reference-data';
import { seedEnterprises } from './enterprise.seed';

export const enterprise = defineModule({
  name: 'enterprise',
  description: 'The enterprise registry: unified social credit codes, registered facts and lifecycle stages.',
  entities: [Enterprise, Region, IndustryCategory],
  staticReferences: [Region, IndustryCategory],
  resolvers: [EnterpriseResolver, CatalogueResolver, ViewerEnterpriseResolver],
  nodeTypes: [
    defineNodeType({ typeName: 'Enterprise', entity: Enterprise, assertReadable: assertEnterpriseReadable, readers: EVERY_ENTERPRISE_READERS }),
  ],
  referenceData: (em, platform) => loadEnterpriseReferenceData(em, platform.modules),
  seed: (em, options, platform) => seedEnterprises(em, options, platform.modules),
});
