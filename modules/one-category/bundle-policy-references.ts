import type { EntityManager } from '@mikro-orm/postgresql';
import type { ModuleDescriptor } from '../platform/module';

/** What a module that publishes policies tells bundles, so that a node's policy can point at a published one. */
export interface BundlePolicyCatalogue {
  /** Which of these codes name a published policy. */
  published(em: EntityManager, codes: string[]): Promise<Set<string>>;
}

declare module '../platform/module' {
  interface ModuleExtensions {
    /** Published policies that bundle nodes may point at (惠企政策). */
    bundlePolicies: BundlePolicyCatalogue;
  }
}

/** The codes among `codes` that name a published policy of an enabled module; none when no module publishes policies. */
export async function publishedPolicyCodes(modules: ModuleDescriptor[], em: EntityManager, codes: string[]): Promise<Set<string>> {
  const catalogues = modules.flatMap((module) => (module.extensions?.bundlePolicies ? [module.extensions.bundlePolicies] : []));
  if (codes.length === 0 || catalogues.length === 0) return new Set();
  const found = await Promise.all(catalogues.map((catalogue) => catalogue.published(em, codes)));
  return new Set(found.flatMap((set) => [...set]));
}
