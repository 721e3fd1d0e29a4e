import { seedChip } from './chip.seed';
import { defineChainModule } from '../../one-category/chain-definition';
import { enterpriseRecordNodeType } from '../../one-category/chain-data';
import { CHIP_CHAIN } from './chip.chain';
import { ChipCertification, ChipEnvironmentalInspection, ChipPatent, ChipRdSpending } from './chip.entities';
import { chipResolvers } from './chip.resolvers';
import { CHIP_POLICY_FACTS } from './chip.policy-facts';

export const chip = defineChainModule(CHIP_CHAIN, {
  name: 'chip',
  description: 'The chip chain: R&D spending, patents, certifications and environmental inspections.',
  extensions: { policyFacts: CHIP_POLICY_FACTS },
  entities: [ChipRdSpending, ChipPatent, ChipCertification, ChipEnvironmentalInspection],
  resolvers: chipResolvers,
  nodeTypes: [
    enterpriseRecordNodeType(ChipRdSpending),
    enterpriseRecordNodeType(ChipPatent),
    enterpriseRecordNodeType(ChipCertification),
    enterpriseRecordNodeType(ChipEnvironmentalInspection),
  ],
  seed: (em, options) => seedChip(em, options),
});
