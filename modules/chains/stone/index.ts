import { seedStone } from './stone.seed';
import { defineChainModule } from '../../one-category/chain-definition';
import { enterpriseRecordNodeType } from '../../one-category/chain-data';
import { STONE_CHAIN } from './stone.chain';
import { StoneMiningLicence, StoneRestoration, StoneSafetyIncident } from './stone.entities';
import { stoneResolvers } from './stone.resolvers';
import { STONE_POLICY_FACTS } from './stone.policy-facts';

export const stone = defineChainModule(STONE_CHAIN, {
  name: 'stone',
  description: 'The stone chain: mining licences, ecological restoration and production-safety incidents.',
  extensions: { policyFacts: STONE_POLICY_FACTS },
  entities: [StoneMiningLicence, StoneRestoration, StoneSafetyIncident],
  resolvers: stoneResolvers,
  nodeTypes: [
    enterpriseRecordNodeType(StoneMiningLicence),
    enterpriseRecordNodeType(StoneRestoration),
    enterpriseRecordNodeType(StoneSafetyIncident),
  ],
  seed: (em, options) => seedStone(em, options),
});
