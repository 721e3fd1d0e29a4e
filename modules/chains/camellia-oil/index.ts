import { seedCamelliaOil } from './camellia-oil.seed';
import { defineChainModule } from '../../one-category/chain-definition';
import { enterpriseRecordNodeType } from '../../one-category/chain-data';
import { CAMELLIA_OIL_CHAIN } from './camellia-oil.chain';
import { CamelliaForestPlot, CamelliaPressingLicence, CamelliaQualitySample } from './camellia-oil.entities';
import { camelliaOilResolvers } from './camellia-oil.resolvers';
import { CAMELLIA_OIL_POLICY_FACTS } from './camellia-oil.policy-facts';

export const camelliaOil = defineChainModule(CAMELLIA_OIL_CHAIN, {
  name: 'camellia-oil',
  description: 'The camellia oil chain: forest plots and renovation, quality sampling, pressing licences.',
  extensions: { policyFacts: CAMELLIA_OIL_POLICY_FACTS },
  entities: [CamelliaForestPlot, CamelliaQualitySample, CamelliaPressingLicence],
  resolvers: camelliaOilResolvers,
  nodeTypes: [
    enterpriseRecordNodeType(CamelliaForestPlot),
    enterpriseRecordNodeType(CamelliaQualitySample),
    enterpriseRecordNodeType(CamelliaPressingLicence),
  ],
  seed: (em, options) => seedCamelliaOil(em, options),
});
