import type { EntityManager } from '@mikro-orm/postgresql';
import { demoFaker } from '../../platform/database/demo-faker';
import type { SeedOptions } from '../../platform/module';
import { ChainMembership } from '../../one-category/chain-membership.entity';
import { HuyouOrchard, HuyouProductBatch, HuyouResidueTest, OrchardCertification } from './huyou.entities';

/** Orchards with residue tests for the growers of the chain, product batches for its processors. */
export async function seedHuyou(em: EntityManager, options: SeedOptions): Promise<void> {
  const faker = demoFaker(options.seed + 17);
  if (await em.count(HuyouOrchard, {})) return;
  const members = await em.find(ChainMembership, { chain: 'HUYOU' }, { orderBy: { id: 'ASC' }, populate: ['enterprise'] });
  for (const membership of members.sort(
    (a, b) => a.enterprise.getEntity().uscc.localeCompare(b.enterprise.getEntity().uscc) || a.node.localeCompare(b.node),
  )) {
    const enterprise = membership.enterprise.getEntity();
    if (membership.node === 'PLANTING') {
      const orchard = em.create(HuyouOrchard, {
        enterprise,
        name: `${faker.helpers.arrayElement(['青石', '招贤', '同弓', '天马'])}胡柚基地`,
        areaMu: `${faker.number.int({ min: 20, max: 800 })}.00`,
        certifications: faker.helpers.arrayElements(Object.values(OrchardCertification), { min: 0, max: 2 }),
      });
      for (let round = 0; round < 2; round++) {
        const passed = faker.number.int(99) >= 3;
        em.create(HuyouResidueTest, {
          orchard,
          sampledOn: options.timeline.day(`2026-0${round + 8}-15`),
          passed,
          remark: passed ? '未检出超标' : '毒死蜱超标',
        });
      }
    } else {
      em.create(HuyouProductBatch, {
        enterprise,
        product: faker.helpers.arrayElement(['胡柚汁', '胡柚膏', '双柚汁', '胡柚青果片']),
        traceabilityCode: `HY-${enterprise.uscc.slice(8, 16)}-${membership.node.slice(0, 2)}`,
        quantityKg: `${faker.number.int({ min: 500, max: 50000 })}.00`,
        producedOn: options.timeline.day('2026-09-20'),
        salesChannel: faker.helpers.arrayElement(['电商平台', '商超', '展会', '出口']),
      });
    }
  }
  await em.flush();
}
