import type { ModuleDescriptor } from '../platform/module';

/** A kind of an enterprise's data that a module lets the enterprise open to a partner, e.g. its appeals. */
export interface PartnerAccessScope {
  /** Stable code, e.g. APPEALS. */
  code: string;
  description: string;
}

declare module '../platform/module' {
  interface ModuleExtensions {
    /** What of an enterprise's data the module lets it open to partners with a partner authorization. */
    partnerAccessScopes: PartnerAccessScope[];
  }
}

/** The scopes the enabled modules offer, in registry order. */
export function partnerAccessScopesOf(modules: ModuleDescriptor[]): Array<PartnerAccessScope & { module: string }> {
  return modules.flatMap((module) => (module.extensions?.partnerAccessScopes ?? []).map((scope) => ({ ...scope, module: module.name })));
}
