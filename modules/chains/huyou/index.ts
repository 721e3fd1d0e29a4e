import { defineChainModule } from '../../one-category/chain-definition';
import { defineNodeType } from '../../platform/relay/node-type';
import { assertChainRecordReadable } from '../../one-category/chain-data';
import { HUYOU_CHAIN } from './huyou.chain';
import { HuyouOrchard, HuyouProductBatch, HuyouResidueTest } from './huyou.entities';
import { HuyouOrchardResolver, HuyouResidueTestResolver, huyouRecordResolvers } from './huyou.resolvers';
import { seedHuyou } from './huyou.seed';
import { HUYOU_POLICY_FACTS } from './huyou.policy-facts';

export const huyou = defineChainModule(HUYOU_CHAIN, {
  name: 'huyou',
  description: 'The huyou citrus chain: orchards, residue tests and traceable product batches.',
  extensions: { policyFacts: HUYOU_POLICY_FACTS },
  entities: [HuyouOrchard, HuyouResidueTest, HuyouProductBatch],
  resolvers: [...huyouRecordResolvers, HuyouResidueTestResolver, HuyouOrchardResolver],
  nodeTypes: [
    defineNodeType({
      typeName: 'HuyouOrchard',
      entity: HuyouOrchard,
      assertReadable: async (context, orchard) => assertChainRecordReadable(context, (await orchard.enterprise.load())!),
    }),
    defineNodeType({
      typeName: 'HuyouResidueTest',
      entity: HuyouResidueTest,
      assertReadable: async (context, test) => assertChainRecordReadable(context, (await (await test.orchard.load())!.enterprise.load())!),
    }),
    defineNodeType({
      typeName: 'HuyouProductBatch',
      entity: HuyouProductBatch,
      assertReadable: async (context, batch) => assertChainRecordReadable(context, (await batch.enterprise.load())!),
    }),
  ],
  seed: (em, options) => seedHuyou(em, options),
});
