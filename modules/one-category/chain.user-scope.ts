import type { UserScopeSource } from '../users/user-scopes';
import { chainsOf, scopeOf } from './chain-definition';

/** A DESK's scope names enabled chains, in their scope form (camellia-oil). */
export const CHAIN_USER_SCOPE: UserScopeSource = {
  kind: 'chains',
  async unknown(_em, codes, modules) {
    const known = new Set(chainsOf(modules).map((chain) => scopeOf(chain.code)));
    return codes.filter((code) => !known.has(code));
  },
  async sample(_em, count, modules) {
    return chainsOf(modules)
      .slice(0, count)
      .map((chain) => ({ code: scopeOf(chain.code), name: chain.name }));
  },
};
