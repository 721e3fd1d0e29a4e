import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformServices } from '../platform/context';
import type { Role } from '../platform/auth/principal';
import { UserErrorCode, UserErrorsException, userError } from '../platform/errors/user-error';
import { User, UserState } from './user.entity';
import { UserLink } from './user-link.entity';
import { SignInMethod } from './user-session.entity';
import { PasswordHasher } from './password-hash';
import { passwordProblem } from './password-policy';
import { SecretBox } from './secret-box';
import { newTotpSecret, totpStep, totpUri } from './totp';
import { digestOf } from './user-tokens';
import { SessionService, type IssuedSession } from './session.service';

function refused(field: string, code: UserErrorCode, message: string): UserErrorsException {
  return new UserErrorsException([userError(['input', field], code, message)]);
}

const WRONG_CREDENTIALS = 'The login or the password is wrong.';

/**
 * What a person does with their own account: sign in with the password (and the second factor), set a password from
 * a one-time link, change it, enrol an authenticator app. Failed attempts are counted in a transaction of their
 * own, so that the refusal rolling back cannot undo the count.
 */
export class AccountService {
  readonly sessions: SessionService;
  private readonly secrets: SecretBox;
  private readonly passwords: PasswordHasher;

  constructor(private readonly services: PlatformServices) {
    this.sessions = new SessionService(services);
    this.passwords = new PasswordHasher(services.config.PASSWORD_HASH_COST);
    this.secrets = new SecretBox(services.config.jwtSecret, 'totp');
  }

  async signInWithPassword(input: { login: string; password: string; totpCode?: string | null; role?: Role | null }): Promise<IssuedSession> {
    const em = this.services.orm.em.fork() as EntityManager;
    const now = this.services.clock.now();
    const user = await em.findOne(User, { login: input.login.trim().toLowerCase() }, { populate: ['passwordHash', 'totpSecret'] });
    if (!user?.passwordHash) {
      await this.passwords.verifyNothing(input.password);
      throw refused('password', UserErrorCode.INVALID_CREDENTIALS, WRONG_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > now) throw this.locked(user.lockedUntil);
    if (!(await this.passwords.verify(input.password, user.passwordHash)))
      throw await this.failed(user, 'password', WRONG_CREDENTIALS, UserErrorCode.INVALID_CREDENTIALS);
    // Only someone who knows the password learns that the account is disabled.
    if (user.state !== UserState.ACTIVE) throw refused('login', UserErrorCode.ACCOUNT_DISABLED, 'The account is disabled; ask an administrator.');
    const step = user.totpEnabledAt ? await this.secondFactor(user, input.totpCode, now) : null;
    const renewedHash = this.passwords.isOutdated(user.passwordHash) ? await this.passwords.hash(input.password) : null;
    return em.transactional(async (tx) => {
      if (renewedHash) await tx.nativeUpdate(User, { id: user.id }, { passwordHash: renewedHash });
      if (step !== null) {
        // Accepting a step at most once, even under two simultaneous sign-ins with the same code.
        const taken = await tx.nativeUpdate(
          User,
          { id: user.id, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: String(step) } }] },
          { totpLastStep: String(step) },
        );
        if (taken === 0) throw refused('totpCode', UserErrorCode.INVALID_SECOND_FACTOR, 'The code was already used; wait for the next one.');
      }
      return this.sessions.open(tx as EntityManager, user, SignInMethod.PASSWORD, input.role);
    });
  }

  /** Sets a password from an invitation or reset link; the link is spent, the account active, other sessions ended. */
  async setPasswordFromLink(link: string, password: string): Promise<User> {
    const em = this.services.orm.em.fork() as EntityManager;
    const now = this.services.clock.now();
    return em.transactional(async (tx) => {
      const found = await tx.findOne(UserLink, { digest: digestOf(link.trim()) }, { populate: ['user'] });
      if (!found || found.usedAt || found.expiresAt <= now) {
        throw refused('link', UserErrorCode.INVALID_LINK, 'The link is unknown, already used or expired; ask an administrator for a new one.');
      }
      const user = found.user.getEntity();
      if (user.state === UserState.DISABLED) throw refused('link', UserErrorCode.ACCOUNT_DISABLED, 'The account is disabled; ask an administrator.');
      await this.setPassword(tx as EntityManager, user, password, 'password');
      found.usedAt = now;
      user.state = UserState.ACTIVE;
      user.failedSignIns = 0;
      user.lockedUntil = null;
      await tx.flush();
      await this.sessions.revokeAll(tx as EntityManager, user.id, 'password set from a link');
      return user;
    });
  }

  async changePassword(em: EntityManager, user: User, current: string, next: string): Promise<User> {
    await em.populate(user, ['passwordHash']);
    if (!user.passwordHash || !(await this.passwords.verify(current, user.passwordHash))) {
      throw refused('currentPassword', UserErrorCode.INVALID_CREDENTIALS, 'The current password is wrong.');
    }
    await this.setPassword(em, user, next, 'newPassword');
    return user;
  }

  /** Starts enrolment: a new secret, shown once, that becomes the second factor when a code from it is confirmed. */
  async enrolSecondFactor(em: EntityManager, user: User): Promise<{ secret: string; uri: string }> {
    if (user.totpEnabledAt) throw refused('user', UserErrorCode.INVALID_STATE, 'A second factor is already enrolled; an administrator can reset it.');
    const secret = newTotpSecret();
    user.totpSecret = this.secrets.seal(secret);
    await em.flush();
    return { secret, uri: totpUri(secret, user.login) };
  }

  async confirmSecondFactor(em: EntityManager, user: User, code: string): Promise<User> {
    await em.populate(user, ['totpSecret']);
    if (user.totpEnabledAt) throw refused('code', UserErrorCode.INVALID_STATE, 'The second factor is already enrolled.');
    if (!user.totpSecret) throw refused('code', UserErrorCode.INVALID_STATE, 'Start with userSecondFactorEnrol.');
    const step = totpStep(this.secrets.open(user.totpSecret), code.trim(), this.services.clock.now());
    if (step === null)
      throw refused('code', UserErrorCode.INVALID_SECOND_FACTOR, "The code does not match; check the device's time and try the current code.");
    user.totpEnabledAt = this.services.clock.now();
    user.totpLastStep = String(step);
    return user;
  }

  private async setPassword(em: EntityManager, user: User, password: string, field: string): Promise<void> {
    const { PASSWORD_MIN_LENGTH, PASSWORD_MIN_CLASSES } = this.services.config;
    const problem = passwordProblem(password, { minLength: PASSWORD_MIN_LENGTH, minClasses: PASSWORD_MIN_CLASSES }, user);
    if (problem) throw refused(field, UserErrorCode.WEAK_PASSWORD, problem);
    user.passwordHash = await this.passwords.hash(password);
    user.passwordChangedAt = this.services.clock.now();
    await em.flush();
  }

  private async secondFactor(user: User, code: string | null | undefined, now: Date): Promise<number> {
    if (!code?.trim()) throw refused('totpCode', UserErrorCode.SECOND_FACTOR_REQUIRED, 'Enter the code of the authenticator app as well.');
    const step = totpStep(this.secrets.open(user.totpSecret!), code.trim(), now);
    if (step === null) throw await this.failed(user, 'totpCode', 'The code is wrong or expired.', UserErrorCode.INVALID_SECOND_FACTOR);
    return step;
  }

  /** Counts a failure in one statement (simultaneous failures all count) and locks the account at the threshold. */
  private async failed(user: User, field: string, message: string, code: UserErrorCode): Promise<UserErrorsException> {
    const { SIGN_IN_LOCKOUT_ATTEMPTS, SIGN_IN_LOCKOUT_MINUTES } = this.services.config;
    const lockUntil = new Date(this.services.clock.now().getTime() + SIGN_IN_LOCKOUT_MINUTES * 60_000);
    const [row] = await this.services.orm.em.getConnection().execute<Array<{ locked_until: Date | null }>>(
      `update app_user set failed_sign_ins = case when failed_sign_ins + 1 >= ? then 0 else failed_sign_ins + 1 end,
           locked_until = case when failed_sign_ins + 1 >= ? then ?::timestamptz else locked_until end
         where id = ? returning locked_until`,
      [SIGN_IN_LOCKOUT_ATTEMPTS, SIGN_IN_LOCKOUT_ATTEMPTS, lockUntil, user.id],
    );
    if (row?.locked_until && new Date(row.locked_until).getTime() === lockUntil.getTime()) return this.locked(lockUntil);
    return refused(field, code, message);
  }

  private locked(until: Date): UserErrorsException {
    return refused('login', UserErrorCode.ACCOUNT_LOCKED, `Too many failed sign-ins: the account is locked until ${until.toISOString()}.`);
  }
}
