import type { PlatformServices } from '../context';
import type { SeedOptions } from '../module';
import { SeedRun } from './seed-run.entity';
import { DemoTimeline } from './demo-timeline';
import { allowLongStatements } from './statement-timeout';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs every enabled module's demo data in registry order (or only the named modules), in one transaction, and
 * records the run. The story happens on the timeline of the clock unless one is given. `onModuleSeeded` hears how
 * long each module took, for `npm run seed -- --timings`.
 */
export async function runSeeds(
  services: PlatformServices,
  given: Omit<SeedOptions, 'timeline'> & { timeline?: DemoTimeline },
  only?: string[],
  onModuleSeeded?: (module: string, milliseconds: number) => void,
): Promise<void> {
  const options: SeedOptions = { ...given, timeline: given.timeline ?? DemoTimeline.at(services.clock.now()) };
  await services.orm.em.fork().transactional(async (em) => {
    await allowLongStatements(em as EntityManager, services.config.DATABASE_LONG_STATEMENT_TIMEOUT_MS);
    for (const module of services.modules) {
      if (only && !only.includes(module.name)) continue;
      if (!module.seed) continue;
      const started = performance.now();
      await module.seed(em, options, services);
      onModuleSeeded?.(module.name, performance.now() - started);
    }
    em.persist(Object.assign(new SeedRun(), { seed: options.seed, enterprises: options.enterprises }));
  });
}

export async function hasSeeded(services: PlatformServices): Promise<boolean> {
  return (await services.orm.em.fork().count(SeedRun, {})) > 0;
}
