import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedOptions } from '../../platform/module';
import { seedChainMembers } from '../../one-category/chain-seed';
import { PaperDischargePermit, PaperEmissionExceedance, PaperEnergyReport } from './paper.entities';

export function seedPaper(em: EntityManager, options: SeedOptions): Promise<void> {
  return seedChainMembers(
    em,
    options,
    'PAPER',
    async () => (await em.count(PaperDischargePermit, {})) > 0,
    (enterprise, faker) => {
      em.create(PaperDischargePermit, { enterprise, permitNumber: `${enterprise.uscc}P001`, validUntil: options.timeline.day('2028-12-31') });
      em.create(PaperEnergyReport, {
        enterprise,
        year: options.timeline.year(2025),
        kgceePerTonne: `${faker.number.int({ min: 280, max: 420 })}.00`,
      });
      if (faker.number.int(99) < 10)
        em.create(PaperEmissionExceedance, { enterprise, occurredOn: options.timeline.day('2026-07-09'), pollutant: 'COD', multipleOfLimit: '1.20' });
    },
  );
}
