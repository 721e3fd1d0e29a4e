import type { EntityManager } from '@mikro-orm/postgresql';
import type { ModuleDescriptor } from '../platform/module';

/** The scopes a person's roles are narrowed by: an officer's department, a desk's chains, an enterprise user's enterprise. */
export type UserScopeKind = 'department' | 'chains' | 'enterprise';

/**
 * Where the codes of one kind of scope come from, offered by the module that owns them (departments, chains, the
 * enterprise registry), so that the registry refuses a code that names nothing without knowing those modules.
 */
export interface UserScopeSource {
  kind: UserScopeKind;
  /** The codes among `codes` that name nothing. */
  unknown(em: EntityManager, codes: string[], modules: ModuleDescriptor[]): Promise<string[]>;
  /** Up to `count` codes with their names, in a stable order, for demo accounts. */
  sample(em: EntityManager, count: number, modules: ModuleDescriptor[]): Promise<Array<{ code: string; name: string }>>;
}

declare module '../platform/module' {
  interface ModuleExtensions {
    userScopes: UserScopeSource[];
  }
}

export function userScopeSource(modules: ModuleDescriptor[], kind: UserScopeKind): UserScopeSource | undefined {
  return modules.flatMap((module) => module.extensions?.userScopes ?? []).find((source) => source.kind === kind);
}
