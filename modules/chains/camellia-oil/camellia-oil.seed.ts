import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedOptions } from '../../platform/module';
import { seedChainMembers } from '../../one-category/chain-seed';
import { CamelliaForestPlot, CamelliaPressingLicence, CamelliaQualitySample } from './camellia-oil.entities';

export function seedCamelliaOil(em: EntityManager, options: SeedOptions): Promise<void> {
  return seedChainMembers(
    em,
    options,
    'CAMELLIA_OIL',
    async () => (await em.count(CamelliaForestPlot, {})) > 0,
    (enterprise, faker, index) => {
      const area = faker.number.int({ min: 50, max: 3000 });
      const lowYield = Math.floor(area * faker.number.float({ min: 0.1, max: 0.5 }));
      em.create(CamelliaForestPlot, {
        enterprise,
        name: `${faker.helpers.arrayElement(['芳村', '新昌', '东案', '青石'])}油茶林`,
        areaMu: `${area}.00`,
        lowYieldMu: `${lowYield}.00`,
        renovatedMu: `${Math.floor(lowYield * faker.number.float({ min: 0, max: 1 }))}.00`,
      });
      em.create(CamelliaQualitySample, {
        enterprise,
        sampledOn: options.timeline.day('2026-08-20'),
        product: '山茶油',
        passed: faker.number.int(99) >= 4,
        traceabilityCode: null,
      });
      if (index % 3 === 0)
        em.create(CamelliaPressingLicence, {
          enterprise,
          licenceNumber: `SC102330822${String(index).padStart(5, '0')}`,
          validUntil: options.timeline.day('2029-06-30'),
        });
    },
  );
}
