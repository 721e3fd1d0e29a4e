import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedOptions } from '../../platform/module';
import { seedChainMembers } from '../../one-category/chain-seed';
import { ChipCertification, ChipCertificationKind, ChipEnvironmentalInspection, ChipPatent, ChipRdSpending, PatentKind } from './chip.entities';

export function seedChip(em: EntityManager, options: SeedOptions): Promise<void> {
  return seedChainMembers(
    em,
    options,
    'CHIP',
    async () => (await em.count(ChipRdSpending, {})) > 0,
    (enterprise, faker, index) => {
      const revenue = faker.number.int({ min: 5, max: 500 }) * 1_000_000;
      em.create(ChipRdSpending, {
        enterprise,
        year: options.timeline.year(2025),
        amount: `${Math.floor(revenue * faker.number.float({ min: 0.02, max: 0.2 }))}.00`,
        revenue: `${revenue}.00`,
      });
      for (let patent = 0; patent < faker.number.int({ min: 0, max: 3 }); patent++) {
        em.create(ChipPatent, {
          enterprise,
          number: `ZL2025${String(index).padStart(4, '0')}${patent}`,
          kind: faker.helpers.enumValue(PatentKind),
          grantedOn: options.timeline.day('2025-06-18'),
        });
      }
      if (faker.number.int(9) < 5)
        em.create(ChipCertification, { enterprise, kind: ChipCertificationKind.HIGH_TECH, validUntil: options.timeline.day('2027-12-31') });
      // Derived from the index, not the faker stream, so the data seeded before it stays as it was.
      const compliant = index % 7 !== 3;
      em.create(ChipEnvironmentalInspection, {
        enterprise,
        inspectedOn: options.timeline.day('2026-04-15'),
        compliant,
        finding: compliant ? '' : '废气处理设施未正常运行',
      });
    },
  );
}
