import { seedChip } from './chip.seed';
import { defineChainModule } from '../../one-category/chain-definition';
import { enterpriseRecordNodeType } from '../../one-category/chain-data';
import { CHIP_CHAIN } from './chip.chain';
import { ChipCertification, ChipEnvironmentalInspection, ChipPatent, ChipRdSpending } from './chip.entities';
import { chipResolvers } from './chip.resolvers';
import { CHIP_POLICY_FACTS } from './chip.policy-facts';
import { chipInspectionIntake } from './chip.inspection-intake';

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
  // Environmental inspections recorded by the inspections module become the chain's own records.
  subscriptions: [chipInspectionIntake],
  seed: (em, options) => seedChip(em, options),
});
