import type { PlatformServices } from '../context';
import type { Principal } from './principal';

/**
 * Decides whether the session behind a signed-in person's token still stands: not signed out, not revoked, the
 * account active and unchanged since the token was issued. The kernel only asks; the user registry answers.
 */
export interface SessionGuard {
  /** Throws InvalidTokenError when the session no longer stands. */
  check(principal: Principal & { session: { id: string; version: number } }): Promise<void>;
  /** Forgets what this instance kept of a session (`session:<id>`) or of every session of an account (`user:<id>`). */
  forget(what: string): void;
}

declare module '../module' {
  interface ModuleExtensions {
    /** Made once the platform's services exist; the module that keeps sessions offers it. */
    sessionGuard: (services: PlatformServices) => SessionGuard;
  }
}
