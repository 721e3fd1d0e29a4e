import type { DemoTimeline } from './database/demo-timeline';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NonEmptyArray } from 'type-graphql';
import type { NodeTypeDefinition } from './relay/node-type';
import type { JobDefinition } from './jobs/job-definition';
import type { PlatformServices } from './context';
import type { IndicatorDefinition } from './indicators/indicator-definition';
import type { CubeDefinition } from './reports/cube-definition';
import type { ModuleRoutes } from './server/module-routes';
import { cubeResolverOf } from './reports/cube-schema';
import type { Subscription } from './events/domain-event';

/** Options of a demo-data run; the same seed always produces the same data. */
export interface SeedOptions {
  enterprises: number;
  seed: number;
  /** Called with (done, total) so that a CLI can draw a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** Lines a seed asks to show once to whoever started it (e.g. the demo accounts' password); not logged. */
  notices?: string[];
  /** When the demo's story happens: its dates moved to the clock (see DemoTimeline), set by runSeeds. */
  timeline: DemoTimeline;
}

/**
 * The typed extension points. The module that reads one declares it where it lives, by declaration merging:
 * `declare module '../platform/module' { interface ModuleExtensions { chain: ChainDefinition } }`; the kernel
 * knows none of them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ModuleExtensions {}

/**
 * What a module contributes. The platform builds the ORM configuration, the GraphQL schema, the node types,
 * the job list and the demo data from the ordered list of these in modules/index.ts.
 */
export interface ModuleDescriptor {
  name: string;
  description: string;
  /** Modules that must be enabled for this one to work. */
  dependsOn?: string[];
  /** The platform kernel cannot be switched off. */
  required?: boolean;
  /**
   * Settings this module offers to switch a family of other modules by name (one-category's CHAIN_MODULES switches
   * the modules that carry a chain): the kernel knows the mechanism, not the families.
   */
  switches?: ModuleSwitch[];
  /**
   * What a module offers to the modules that build on it, at typed extension points (e.g. a chain's definition for
   * the chain machinery). A module that reads an extension point declares it by augmenting ModuleExtensions.
   */
  extensions?: Partial<ModuleExtensions>;
  /**
   * Reactions to other modules' domain events (`subscribe(event, handler)`), run inside the publisher's
   * transaction, e.g. recounting stored deadlines when the calendar's year is replaced.
   */
  subscriptions?: Subscription[];
  /** Runs before the schema is built from the enabled modules, e.g. to fill an enum whose values depend on them. */
  beforeSchema?: (modules: ModuleDescriptor[]) => void;
  entities?: EntityClass<unknown>[];
  /**
   * Migrations of a module that lives outside the product's history (a county's own chain): they run after the
   * product's migrations, in the order given, and record their names in the same table.
   */
  migrations?: MigrationObject[];
  resolvers?: Function[];
  /** Types reachable only through interfaces, which the schema must still contain. */
  orphanedTypes?: Function[];
  nodeTypes?: NodeTypeDefinition[];
  jobs?: JobDefinition[];
  /** What the module measures; reports discover indicators here. */
  indicators?: Array<Omit<IndicatorDefinition, 'module'>>;
  /** Measurable sets of its facts (报表立方体): each becomes a typed report field, `<cube>Report`, among its resolvers. */
  cubes?: CubeDefinition[];
  /**
   * Entities whose rows only this module's reference data writes, at start, and nothing changes while the platform
   * runs (e.g. the region and industry catalogues): the platform keeps them in memory for reads.
   */
  staticReferences?: EntityClass<unknown>[];
  /** Reference data (catalogues, calendars) loaded at every start when missing; must be idempotent. */
  referenceData?: (em: EntityManager, platform: PlatformServices) => Promise<void>;
  /** HTTP routes beside the graph (an export, a page), answering through the graph's own rules. */
  routes?: ModuleRoutes;
  /** Pages of its routes a person opens in a browser, listed when the server starts. */
  pages?: Array<{ label: string; path: string }>;
  /**
   * Operations the explorer opens with on a development server, one tab each, to show a new user the way. They may
   * use only the fields of this module and of the modules it depends on, so that they stay valid whatever is off.
   */
  examples?: ExplorerExample[];
  /** Demo data, loaded by `npm run seed` and by `npm start` on an empty database. */
  seed?: (em: EntityManager, options: SeedOptions, platform: PlatformServices) => Promise<void>;
}

/** An operation for the explorer's first tabs: a named GraphQL document, opening with a comment that says what it shows. */
export interface ExplorerExample {
  query: string;
  variables?: Record<string, unknown>;
}

/** A setting that keeps only the named members of a family of modules on; unset, every member stays on. */
export interface ModuleSwitch {
  /** The environment variable, e.g. CHAIN_MODULES; its value is a comma-separated list of module names. */
  setting: string;
  /** Whether a module belongs to the family the setting switches. */
  covers: (module: ModuleDescriptor) => boolean;
}

/** A module as the platform uses it: its cubes' report fields join its own resolvers. */
export function defineModule(descriptor: ModuleDescriptor): ModuleDescriptor {
  if (!descriptor.cubes?.length) return descriptor;
  return { ...descriptor, resolvers: [...(descriptor.resolvers ?? []), ...descriptor.cubes.map(cubeResolverOf)] };
}

export class ModuleConfigurationError extends Error {}

/**
 * The modules left after switching off the disabled ones. A disabled module whose dependants are still on is a
 * configuration error, named at start.
 */
export function enabledModules(all: ModuleDescriptor[], disabled: string[], env: Record<string, string | undefined> = {}): ModuleDescriptor[] {
  const known = new Set(all.map((module) => module.name));
  for (const name of disabled) {
    if (!known.has(name)) throw new ModuleConfigurationError(`DISABLED_MODULES names an unknown module "${name}"; known: ${[...known].join(', ')}`);
    if (all.find((module) => module.name === name)?.required) throw new ModuleConfigurationError(`The module "${name}" cannot be switched off.`);
  }
  const switchedOff = new Set<string>();
  for (const { setting, covers } of all.flatMap((module) => module.switches ?? [])) {
    const value = env[setting];
    if (value === undefined) continue;
    const kept = value
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean);
    const members = all.filter(covers).map((module) => module.name);
    for (const name of kept) {
      if (!members.includes(name)) throw new ModuleConfigurationError(`${setting} names an unknown module "${name}"; known: ${members.join(', ')}`);
    }
    for (const name of members) if (!kept.includes(name)) switchedOff.add(name);
  }
  const enabled = all.filter((module) => !disabled.includes(module.name) && !switchedOff.has(module.name));
  const enabledNames = new Set(enabled.map((module) => module.name));
  for (const module of enabled) {
    for (const dependency of module.dependsOn ?? []) {
      if (!enabledNames.has(dependency)) {
        throw new ModuleConfigurationError(`The module "${module.name}" needs "${dependency}", which is switched off or unknown.`);
      }
    }
  }
  return enabled;
}

export function collect<T>(modules: ModuleDescriptor[], pick: (module: ModuleDescriptor) => T[] | undefined): T[] {
  return modules.flatMap((module) => pick(module) ?? []);
}

export type ResolverList = NonEmptyArray<Function>;
