import type { EntityManager } from '@mikro-orm/postgresql';
import { demoFaker } from '../platform/database/demo-faker';
import { ANONYMOUS, Role } from '../platform/auth/principal';
import type { GraphQLContext, PlatformServices } from '../platform/context';
import type { SeedOptions } from '../platform/module';
import { Enterprise } from '../enterprise/enterprise.entity';
import { BundleService } from './bundle.service';
import { chainsOf, scopeOf } from './chain-definition';
import { ChainBundle } from './chain-bundle.entity';
import { ChainMembership } from './chain-membership.entity';

/** Which demo enterprises (by industry) belong to which chain. */
/**
 * Publishes each enabled chain's demo bundle as version 1 through the desk's own service, and places the demo
 * enterprises of the chain's industries at its nodes (growers at the first node, processors at the second).
 */
export async function seedOneCategory(em: EntityManager, options: SeedOptions, platform: PlatformServices): Promise<void> {
  const faker = demoFaker(options.seed + 104_729);
  for (const chain of chainsOf(platform.modules)) {
    const desk = { ...ANONYMOUS, role: Role.DESK, subject: `demo-desk-${scopeOf(chain.code)}`, chains: [scopeOf(chain.code)] };
    const context: GraphQLContext = { requestId: 'demo-seed', principal: desk, em, logger: platform.logger, platform };
    if (!(await em.count(ChainBundle, { chain: chain.code }))) {
      const service = new BundleService(context);
      await service.saveDraft(em, chain.code, chain.demoBundle, null);
      await service.publish(em, chain.code);
    }
    const industries = chain.industries.map((industry) => industry.code);
    const enterprises = await em.find(Enterprise, { industry: { code: { $in: industries } } }, { orderBy: { uscc: 'ASC' } });
    const existing = new Set(
      (await em.find(ChainMembership, { chain: chain.code })).map((membership) => `${membership.enterprise.id}:${membership.node}`),
    );
    for (const enterprise of enterprises) {
      const node = chain.nodes[enterprise.industry.unwrap().code === industries[0] ? 0 : Math.min(1, chain.nodes.length - 1)].code;
      const extra = faker.number.int(9) < 2 ? chain.nodes.at(-1)!.code : null;
      for (const code of new Set([node, extra].filter((value): value is string => value !== null))) {
        if (existing.has(`${enterprise.id}:${code}`)) continue;
        em.create(ChainMembership, {
          enterprise,
          chain: chain.code,
          node: code,
          joinedAt: options.timeline.instant(new Date('2026-05-01T02:00:00Z')),
          joinedBy: desk.subject,
        });
      }
    }
    await em.flush();
  }
}
