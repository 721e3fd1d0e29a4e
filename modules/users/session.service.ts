import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { scopeProblem, scopeOfRole } from '../platform/auth/jwt';
import { ChangeNotifications } from '../platform/database/change-notifications';
import { UserErrorCode, UserErrorsException, userError } from '../platform/errors/user-error';
import { PERSON_ROLES, User, UserState } from './user.entity';
import { SignInMethod, UserRefreshToken, UserSession } from './user-session.entity';
import { digestOf, newOpaqueSecret } from './user-tokens';
import { USER_SESSION_CHANGED } from './session-notifications';

/** What a sign-in or a refresh hands out; the refresh token is shown this once. */
export interface IssuedSession {
  user: User;
  session: UserSession;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** The role a session acts in when the person does not say: the widest they hold. */
const ROLE_PRECEDENCE = [Role.ADMIN, Role.OFFICER, Role.DESK, Role.ANALYST, Role.ENTERPRISE];

const REFRESH_PREFIX = 'esr_';

function refused(field: string, code: UserErrorCode, message: string): UserErrorsException {
  return new UserErrorsException([userError(['input', field], code, message)]);
}

/**
 * Sessions of the user registry: short-lived access tokens (JWT, carrying the role and scope of the account) and
 * rotating refresh tokens kept as digests. A refresh token works once; a second use revokes the whole session, since
 * only a thief or a broken client would send it again (OAuth 2.0 Security BCP, refresh token rotation).
 */
export class SessionService {
  constructor(private readonly services: PlatformServices) {}

  private get config() {
    return this.services.config;
  }

  private now(): Date {
    return this.services.clock.now();
  }

  /** The role the session will act in: the one asked for when the person holds it, else the widest held. */
  roleFor(user: User, asked: Role | null | undefined, field = 'role'): Role {
    if (asked) {
      if (!user.roles.includes(asked)) throw refused(field, UserErrorCode.INVALID_ROLE, `The account does not hold the ${asked} role.`);
      return asked;
    }
    const role = ROLE_PRECEDENCE.find((candidate) => user.roles.includes(candidate));
    if (!role) throw refused(field, UserErrorCode.INVALID_ROLE, 'The account holds no role yet; ask an administrator to grant one.');
    return role;
  }

  /** Opens a session for a person who proved who they are, inside the caller's transaction. */
  async open(em: EntityManager, user: User, method: SignInMethod, askedRole?: Role | null): Promise<IssuedSession> {
    const role = this.roleFor(user, askedRole);
    const now = this.now();
    const session = em.create(UserSession, {
      user,
      role,
      method,
      idleExpiresAt: this.idleEnd(now, null),
      expiresAt: new Date(now.getTime() + this.config.SESSION_MAX_HOURS * 3_600_000),
    });
    session.idleExpiresAt = this.idleEnd(now, session.expiresAt);
    user.lastSignInAt = now;
    user.failedSignIns = 0;
    user.lockedUntil = null;
    return this.issue(em, user, session);
  }

  /** Trades a refresh token for a new pair. The old one is spent whatever happens next. */
  async refresh(refreshToken: string, askedRole?: Role | null): Promise<IssuedSession> {
    const digest = digestOf(refreshToken.trim());
    const em = this.services.orm.em.fork() as EntityManager;
    // One statement decides who spends the token, so that of two simultaneous refreshes exactly one wins.
    const [spent] = await em
      .getConnection()
      .execute<Array<{ session_id: string }>>(
        'update user_refresh_token set rotated_at = ? where digest = ? and rotated_at is null returning session_id',
        [this.now(), digest],
      );
    if (!spent) {
      const [known] = await em
        .getConnection()
        .execute<Array<{ session_id: string }>>('select session_id from user_refresh_token where digest = ?', [digest]);
      if (!known) throw refused('refreshToken', UserErrorCode.INVALID_CREDENTIALS, 'The refresh token is not valid.');
      await this.revoke(em, known.session_id, 'refresh token reused');
      throw refused('refreshToken', UserErrorCode.TOKEN_REUSED, 'The refresh token was already used: the session is revoked. Sign in again.');
    }
    return em.transactional(async (tx) => {
      const session = await tx.findOneOrFail(UserSession, { id: spent.session_id }, { populate: ['user'] });
      const user = session.user.getEntity();
      const now = this.now();
      if (session.revokedAt || session.expiresAt <= now || session.idleExpiresAt <= now) {
        throw refused('refreshToken', UserErrorCode.SESSION_ENDED, 'The session has ended (signed out, revoked or expired): sign in again.');
      }
      if (user.state !== UserState.ACTIVE) throw refused('refreshToken', UserErrorCode.ACCOUNT_DISABLED, 'The account is disabled.');
      // A role taken away since sign-in moves the session to the widest role left.
      session.role = this.roleFor(user, askedRole ?? (user.roles.includes(session.role) ? session.role : null));
      session.idleExpiresAt = this.idleEnd(now, session.expiresAt);
      return this.issue(tx as EntityManager, user, session);
    });
  }

  /** Ends one session at once, on every instance, inside the caller's transaction (or at once, outside one). */
  async revoke(em: EntityManager, sessionId: string, reason: string): Promise<boolean> {
    const rows = await em.execute<Array<{ id: string }>>(
      'update user_session set revoked_at = ?, revoked_reason = ? where id = ? and revoked_at is null returning id',
      [this.now(), reason, sessionId],
    );
    await this.changed(em, `session:${sessionId}`);
    return rows.length > 0;
  }

  /** Ends every session of a person (disabled, password reset) inside the caller's transaction. */
  async revokeAll(em: EntityManager, userId: string, reason: string): Promise<void> {
    await em.execute('update user_session set revoked_at = ?, revoked_reason = ? where user_id = ? and revoked_at is null', [
      this.now(),
      reason,
      userId,
    ]);
    await this.accountChanged(em, userId);
  }

  /** Tells every instance that tokens issued under the account's earlier roles, scopes or state no longer hold. */
  async accountChanged(em: EntityManager, userId: string): Promise<void> {
    await this.changed(em, `user:${userId}`);
  }

  /**
   * Once the transaction that changed sessions or accounts has committed: this instance forgets them before it
   * answers, so that the caller's next request is already refused; the others learn it from the notification.
   */
  settle(): void {
    for (const what of this.pending.splice(0)) this.services.sessionGuard?.forget(what);
  }

  private readonly pending: string[] = [];

  private async changed(em: EntityManager, what: string): Promise<void> {
    await ChangeNotifications.notify(em, USER_SESSION_CHANGED, what);
    this.pending.push(what);
  }

  private idleEnd(now: Date, absoluteEnd: Date | null): Date {
    const idle = new Date(now.getTime() + this.config.SESSION_IDLE_MINUTES * 60_000);
    return absoluteEnd && absoluteEnd < idle ? absoluteEnd : idle;
  }

  private async issue(em: EntityManager, user: User, session: UserSession): Promise<IssuedSession> {
    const scope = { role: session.role, ...scopeOfRole(session.role, user) };
    const problem = scopeProblem(scope);
    if (problem) throw refused('role', UserErrorCode.INVALID_ROLE, `The account cannot act in this role yet: ${problem}.`);
    if (!(PERSON_ROLES as readonly Role[]).includes(session.role)) throw refused('role', UserErrorCode.INVALID_ROLE, 'Not a role a person may hold.');
    const { secret, digest } = newOpaqueSecret(REFRESH_PREFIX);
    em.create(UserRefreshToken, { digest, session, issuedAt: this.now() });
    await em.flush();
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const accessToken = await this.services.jwt.sign({
      ...scope,
      subject: `user:${user.id}`,
      displayName: user.name,
      ttlSeconds: ttl,
      session: { id: session.id, version: user.authVersion },
    });
    return {
      user,
      session,
      accessToken,
      accessTokenExpiresAt: new Date(Date.now() + ttl * 1000),
      refreshToken: secret,
      refreshTokenExpiresAt: session.idleExpiresAt,
    };
  }
}
