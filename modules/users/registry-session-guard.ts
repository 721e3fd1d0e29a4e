import type { PlatformServices } from '../platform/context';
import { InvalidTokenError } from '../platform/auth/jwt';
import type { Principal } from '../platform/auth/principal';
import type { SessionGuard } from '../platform/auth/session-guard';
import { USER_SESSION_CHANGED } from './session-notifications';

/** Revocations reach every instance through a notification; this bounds how long one that missed it could err. */
const KEEP_MS = 30_000;
const MAX_SESSIONS = 50_000;

interface KeptSession {
  userId: string;
  /** The account's version now; a token issued under another is refused. */
  version: number;
  /** The session's absolute end. */
  expiresAt: number;
  keptAt: number;
}

/**
 * Checks a person's token against the session it was issued in. What a session's row says is kept in memory for
 * half a minute so that a page of requests does not read it each time; a sign-out, a revocation or a change of the
 * account forgets it on the instance that made it at once, and on the others when the notification arrives.
 */
export class RegistrySessionGuard implements SessionGuard {
  private readonly kept = new Map<string, KeptSession>();
  private generation = 0;

  constructor(private readonly services: PlatformServices) {
    services.notifications.on(USER_SESSION_CHANGED, (payload) => this.forget(payload));
    services.notifications.onReconnect(() => {
      this.generation++;
      this.kept.clear();
    });
  }

  async check(principal: Principal & { session: { id: string; version: number } }): Promise<void> {
    const now = Date.now();
    let session = this.kept.get(principal.session.id);
    if (session && now - session.keptAt > KEEP_MS) session = undefined;
    if (!session) session = await this.read(principal.session.id, now);
    if (!session || session.expiresAt <= this.services.clock.now().getTime()) {
      throw new InvalidTokenError('The session has ended (signed out, revoked or expired): sign in again.');
    }
    if (session.version !== principal.session.version) {
      throw new InvalidTokenError("The account's roles, scope or state changed since the token was issued: refresh the session.");
    }
  }

  /** `session:<id>` or `user:<id>`. */
  forget(what: string): void {
    this.generation++;
    const [kind, id] = what.split(':');
    if (kind === 'session') this.kept.delete(id);
    else if (kind === 'user') for (const [sessionId, session] of this.kept) if (session.userId === id) this.kept.delete(sessionId);
  }

  private async read(sessionId: string, now: number): Promise<KeptSession | undefined> {
    const generation = this.generation;
    const [row] = await this.services.orm.em.getConnection().execute<Array<{ user_id: string; auth_version: number; expires_at: Date }>>(
      `select s.user_id, u.auth_version, s.expires_at from user_session s join app_user u on u.id = s.user_id
          where s.id = ? and s.revoked_at is null and u.state = 'ACTIVE'`,
      [sessionId],
    );
    if (!row) return undefined;
    const session = { userId: row.user_id, version: row.auth_version, expiresAt: new Date(row.expires_at).getTime(), keptAt: now };
    if (generation === this.generation) {
      if (this.kept.size >= MAX_SESSIONS) this.kept.clear();
      this.kept.set(sessionId, session);
    }
    return session;
  }
}
