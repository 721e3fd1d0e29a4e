import type { EntityManager } from '@mikro-orm/postgresql';
import type { Faker } from '@faker-js/faker';
import { demoFaker } from '../platform/database/demo-faker';
import type { SeedOptions } from '../platform/module';
import type { Enterprise } from '../enterprise/enterprise.entity';
import { ChainMembership } from './chain-membership.entity';

/**
 * Demo records for a chain's members: `build` receives each member enterprise once (in credit-code order) with
 * a faker seeded for the chain, so the same seed gives the same records. Skipped when the chain has data.
 */
export async function seedChainMembers(
  em: EntityManager,
  options: SeedOptions,
  chain: string,
  alreadySeeded: () => Promise<boolean>,
  build: (enterprise: Enterprise, faker: Faker, index: number) => void,
): Promise<void> {
  if (await alreadySeeded()) return;
  const faker = demoFaker(options.seed + [...chain].reduce((sum, character) => sum + character.charCodeAt(0), 0));
  const members = await em.find(ChainMembership, { chain }, { populate: ['enterprise'] });
  const enterprises = [...new Map(members.map((membership) => [membership.enterprise.id, membership.enterprise.getEntity()])).values()];
  enterprises.sort((a, b) => a.uscc.localeCompare(b.uscc)).forEach((enterprise, index) => build(enterprise, faker, index));
  await em.flush();
}
