import type { EntityManager } from '@mikro-orm/postgresql';
import type { SeedOptions } from '../../platform/module';
import { seedChainMembers } from '../../one-category/chain-seed';
import { IncidentSeverity, StoneMiningLicence, StoneRestoration, StoneSafetyIncident } from './stone.entities';

export function seedStone(em: EntityManager, options: SeedOptions): Promise<void> {
  return seedChainMembers(
    em,
    options,
    'STONE',
    async () => (await em.count(StoneMiningLicence, {})) > 0,
    (enterprise, faker, index) => {
      em.create(StoneMiningLicence, {
        enterprise,
        licenceNumber: `C33080020101271${String(index).padStart(8, '0')}`,
        validUntil: options.timeline.day('2030-12-31'),
        annualCapacityTonnes: `${faker.number.int({ min: 5, max: 80 }) * 10000}.00`,
      });
      const accepted = faker.number.int(9) < 6;
      em.create(StoneRestoration, {
        enterprise,
        areaMu: `${faker.number.int({ min: 5, max: 120 })}.00`,
        dueOn: options.timeline.day('2026-12-31'),
        acceptedOn: accepted ? options.timeline.day('2026-06-30') : null,
      });
      if (faker.number.int(99) < 8)
        em.create(StoneSafetyIncident, {
          enterprise,
          occurredOn: options.timeline.day('2026-03-12'),
          severity: IncidentSeverity.MINOR,
          casualties: 0,
        });
    },
  );
}
