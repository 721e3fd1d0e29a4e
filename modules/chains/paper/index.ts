import { seedPaper } from './paper.seed';
import { defineChainModule } from '../../one-category/chain-definition';
import { enterpriseRecordNodeType } from '../../one-category/chain-data';
import { PAPER_CHAIN } from './paper.chain';
import { PaperDischargePermit, PaperEmissionExceedance, PaperEnergyReport } from './paper.entities';
import { paperResolvers } from './paper.resolvers';
import { PAPER_POLICY_FACTS } from './paper.policy-facts';

export const paper = defineChainModule(PAPER_CHAIN, {
  name: 'paper',
  description: 'The paper chain: discharge permits, emission exceedances and energy per tonne.',
  extensions: { policyFacts: PAPER_POLICY_FACTS },
  entities: [PaperDischargePermit, PaperEmissionExceedance, PaperEnergyReport],
  resolvers: paperResolvers,
  nodeTypes: [
    enterpriseRecordNodeType(PaperDischargePermit),
    enterpriseRecordNodeType(PaperEmissionExceedance),
    enterpriseRecordNodeType(PaperEnergyReport),
  ],
  seed: (em, options) => seedPaper(em, options),
});
