import type { ChangeNotifications } from '../database/change-notifications';
import type { Principal } from './principal';

/** Revocation reaches every instance through a notification; this bounds how long one that missed it could err. */
const KEEP_MS = 30_000;
const MAX_KEYS = 10_000;
export const API_KEY_CHANGED = 'api_key_changed';

interface KeptPrincipal {
  principal: Principal;
  keyId: string;
  lastUsedAt: Date | null;
  keptAt: number;
}

/**
 * Principals of partner API keys by the digest of their secret, so that a partner's reads do not look the key up
 * on every request. A revocation forgets the key on the revoking instance at once and on the others when its
 * notification arrives; an instance whose notification connection dropped starts afresh; nothing is kept longer
 * than half a minute.
 */
export class ApiKeyPrincipals {
  private readonly byDigest = new Map<string, KeptPrincipal>();
  /** Counts revocations and resets, so that a lookup that raced one does not keep what it read before it. */
  private generation = 0;

  /** Taken before a key is looked up in the database, and handed back to keep(). */
  currentGeneration(): number {
    return this.generation;
  }

  constructor(notifications: ChangeNotifications) {
    notifications.on(API_KEY_CHANGED, (keyId) => this.forget(keyId));
    notifications.onReconnect(() => {
      this.generation++;
      this.byDigest.clear();
    });
  }

  get(digest: string, now = Date.now()): KeptPrincipal | undefined {
    const kept = this.byDigest.get(digest);
    if (kept && now - kept.keptAt > KEEP_MS) {
      this.byDigest.delete(digest);
      return undefined;
    }
    return kept;
  }

  keep(digest: string, kept: Omit<KeptPrincipal, 'keptAt'>, lookedUpIn: number, now = Date.now()): void {
    if (lookedUpIn !== this.generation) return;
    if (this.byDigest.size >= MAX_KEYS) this.byDigest.clear();
    this.byDigest.set(digest, { ...kept, keptAt: now });
  }

  forget(keyId: string): void {
    this.generation++;
    for (const [digest, kept] of this.byDigest) if (kept.keyId === keyId) this.byDigest.delete(digest);
  }
}
