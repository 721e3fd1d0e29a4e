import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { UserErrorCode, UserErrorCollector, UserErrorsException, uniqueAsUserError, userError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { paginate } from '../platform/relay/paginate';
import type { ConnectionArgs } from '../platform/relay/connection';
import { PERSON_ROLES, User, UserState, type Qualification } from './user.entity';
import { UserLink, UserLinkPurpose } from './user-link.entity';
import type { QualificationInput, UserInviteInput, UserScopeInput } from './user.inputs';
import { userScopeSource, type UserScopeKind } from './user-scopes';
import { newOpaqueSecret } from './user-tokens';
import { SessionService } from './session.service';

const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._@-]{2,59}$/;
const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
const PHONE_PATTERN = /^1\d{10}$/;
const LINK_PREFIX = 'esl_';

/** The scope each scoped role needs. */
const SCOPE_OF_ROLE: Partial<Record<Role, UserScopeKind>> = { [Role.OFFICER]: 'department', [Role.DESK]: 'chains', [Role.ENTERPRISE]: 'enterprise' };

/** The people of the registry as ADMINs manage them: domain verbs, each audited by the platform's mutation audit. */
export class UserService {
  readonly sessions: SessionService;

  constructor(private readonly context: GraphQLContext) {
    this.sessions = new SessionService(context.platform);
  }

  async find(em: EntityManager, globalId: string, field = 'id'): Promise<User> {
    const id = uuidFromGlobalId(globalId, 'User');
    const user = id ? await em.findOne(User, { id }) : null;
    if (!user) throw new UserErrorsException([userError(['input', field], UserErrorCode.NOT_FOUND, 'No person has this id.')]);
    return user;
  }

  list(args: ConnectionArgs, filter: { state?: UserState | null; role?: Role | null }) {
    return paginate(this.context, {
      entity: User,
      where: { ...(filter.state ? { state: filter.state } : {}), ...(filter.role ? { roles: { $contains: [filter.role] } } : {}) },
      sortField: 'login',
      direction: 'ASC',
      args,
    });
  }

  async invite(em: EntityManager, input: UserInviteInput): Promise<{ user: User; link: string; expiresAt: Date }> {
    const errors = new UserErrorCollector();
    const login = input.login.trim().toLowerCase();
    if (!LOGIN_PATTERN.test(login)) {
      errors.add(
        ['input', 'login'],
        UserErrorCode.INVALID_FORMAT,
        'A login has 3–60 letters, digits, dots, hyphens, underscores or @, and starts with a letter or digit.',
      );
    }
    const name = input.name.trim();
    if (!name) errors.add(['input', 'name'], UserErrorCode.BLANK, "Give the person's name.");
    else if (name.length > 100) errors.add(['input', 'name'], UserErrorCode.TOO_LONG, 'The name must not exceed 100 characters.');
    const email = input.email?.trim().toLowerCase() || null;
    if (email && (!EMAIL_PATTERN.test(email) || email.length > 200))
      errors.add(['input', 'email'], UserErrorCode.INVALID_FORMAT, 'Not an e-mail address.');
    const phone = input.phone?.trim() || null;
    if (phone && !PHONE_PATTERN.test(phone))
      errors.add(['input', 'phone'], UserErrorCode.INVALID_FORMAT, 'A mobile number has 11 digits and starts with 1.');
    if (input.roles.length === 0) errors.add(['input', 'roles'], UserErrorCode.EMPTY, 'Grant at least one role.');
    if (new Set(input.roles).size !== input.roles.length) errors.add(['input', 'roles'], UserErrorCode.DUPLICATE, 'A role is listed twice.');
    const qualifications = this.qualifications(input.qualifications ?? [], errors);
    const user = em.create(User, { login, name, email, phone, qualifications });
    for (const role of new Set(input.roles)) await this.checkRoleAndScope(em, user, role, input, errors);
    errors.throwIfAny();
    await uniqueAsUserError(() => em.flush(), ['input', 'login'], UserErrorCode.TAKEN, 'Another person already has this login.');
    const { link, expiresAt } = await this.issueLink(em, user, UserLinkPurpose.INVITATION);
    return { user, link, expiresAt };
  }

  async grantRole(em: EntityManager, user: User, role: Role, scope: UserScopeInput): Promise<User> {
    const errors = new UserErrorCollector();
    if (user.roles.includes(role)) errors.add(['input', 'role'], UserErrorCode.DUPLICATE, `The person already holds the ${role} role.`);
    await this.checkRoleAndScope(em, user, role, scope, errors);
    errors.throwIfAny();
    user.changeAccess();
    await this.sessions.accountChanged(em, user.id);
    return user;
  }

  async revokeRole(em: EntityManager, user: User, role: Role): Promise<User> {
    if (!user.roles.includes(role))
      throw new UserErrorsException([userError(['input', 'role'], UserErrorCode.NOT_FOUND, `The person does not hold the ${role} role.`)]);
    if (role === Role.ADMIN) await this.assertAnotherAdmin(em, user, 'role');
    user.roles = user.roles.filter((held) => held !== role);
    if (role === Role.OFFICER) user.department = null;
    if (role === Role.DESK) user.chains = [];
    if (role === Role.ENTERPRISE) user.enterpriseUscc = null;
    user.changeAccess();
    await this.sessions.accountChanged(em, user.id);
    return user;
  }

  async changeScope(em: EntityManager, user: User, scope: UserScopeInput): Promise<User> {
    const errors = new UserErrorCollector();
    const given = (['department', 'chains', 'enterpriseUscc'] as const).filter((key) => scope[key] !== undefined && scope[key] !== null);
    if (given.length === 0) errors.add(['input'], UserErrorCode.EMPTY, 'Give the department, the chains or the enterprise to change.');
    for (const [role, kind] of Object.entries(SCOPE_OF_ROLE) as Array<[Role, UserScopeKind]>) {
      const key = kind === 'enterprise' ? 'enterpriseUscc' : kind;
      if (!given.includes(key)) continue;
      if (!user.roles.includes(role))
        errors.add(['input', key], UserErrorCode.INVALID_ROLE, `Only a person holding the ${role} role has this scope.`);
      else await this.checkRoleAndScope(em, user, role, scope, errors, true);
    }
    errors.throwIfAny();
    user.changeAccess();
    await this.sessions.accountChanged(em, user.id);
    return user;
  }

  setQualifications(user: User, input: QualificationInput[]): User {
    const errors = new UserErrorCollector();
    const qualifications = this.qualifications(input, errors);
    errors.throwIfAny();
    user.qualifications = qualifications;
    return user;
  }

  async disable(em: EntityManager, user: User, reason: string): Promise<User> {
    const errors = new UserErrorCollector();
    const why = reason.trim();
    if (!why) errors.add(['input', 'reason'], UserErrorCode.BLANK, 'Say why the account is disabled.');
    else if (why.length > 200) errors.add(['input', 'reason'], UserErrorCode.TOO_LONG, 'The reason must not exceed 200 characters.');
    if (user.state === UserState.DISABLED) errors.add(['input', 'id'], UserErrorCode.INVALID_TRANSITION, 'The account is already disabled.');
    errors.throwIfAny();
    if (user.roles.includes(Role.ADMIN)) await this.assertAnotherAdmin(em, user, 'id');
    user.state = UserState.DISABLED;
    user.disabledReason = why;
    user.changeAccess();
    await this.sessions.revokeAll(em, user.id, 'account disabled');
    return user;
  }

  async enable(em: EntityManager, user: User): Promise<User> {
    if (user.state !== UserState.DISABLED) {
      throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.INVALID_TRANSITION, 'Only a disabled account can be enabled.')]);
    }
    user.state = user.passwordChangedAt || user.oidcSubject ? UserState.ACTIVE : UserState.INVITED;
    user.disabledReason = null;
    user.failedSignIns = 0;
    user.lockedUntil = null;
    user.changeAccess();
    await this.sessions.accountChanged(em, user.id);
    return user;
  }

  async issuePasswordReset(em: EntityManager, user: User): Promise<{ link: string; expiresAt: Date }> {
    if (user.state === UserState.DISABLED) {
      throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.ACCOUNT_DISABLED, 'Enable the account before issuing a reset link.')]);
    }
    return this.issueLink(em, user, UserLinkPurpose.PASSWORD_RESET);
  }

  /** Removes a lost second factor; the person enrols again after signing in with the password. */
  async resetSecondFactor(em: EntityManager, user: User): Promise<User> {
    if (!user.totpEnabledAt)
      throw new UserErrorsException([userError(['input', 'id'], UserErrorCode.INVALID_STATE, 'The person has no second factor.')]);
    user.totpSecret = null;
    user.totpEnabledAt = null;
    user.totpLastStep = null;
    await this.sessions.revokeAll(em, user.id, 'second factor reset');
    return user;
  }

  /** One-time links go out as a page of this server, the secret in the fragment so that it reaches no log. */
  private async issueLink(em: EntityManager, user: User, purpose: UserLinkPurpose): Promise<{ link: string; expiresAt: Date }> {
    const { config } = this.context.platform;
    const now = this.context.platform.clock.now();
    // A new link replaces the ones still open.
    await em.nativeUpdate(UserLink, { user, usedAt: null }, { usedAt: now });
    const { secret, digest } = newOpaqueSecret(LINK_PREFIX);
    const expiresAt = new Date(now.getTime() + config.USER_LINK_HOURS * 3_600_000);
    em.create(UserLink, { digest, user, purpose, issuedBy: this.context.principal.subject, issuedAt: now, expiresAt });
    await em.flush();
    return { link: `${this.context.platform.publicUrl}/auth/password#link=${secret}`, expiresAt };
  }

  private async assertAnotherAdmin(em: EntityManager, user: User, field: string): Promise<void> {
    const others = await em.count(User, { id: { $ne: user.id }, state: UserState.ACTIVE, roles: { $contains: [Role.ADMIN] } });
    if (others === 0) {
      throw new UserErrorsException([
        userError(['input', field], UserErrorCode.LAST_ADMIN, 'This is the last active administrator: appoint another one first.'),
      ]);
    }
  }

  /** Checks a role and its scope and writes them on the user; `scopeOnly` changes the scope of a role already held. */
  private async checkRoleAndScope(
    em: EntityManager,
    user: User,
    role: Role,
    scope: UserScopeInput,
    errors: UserErrorCollector,
    scopeOnly = false,
  ): Promise<void> {
    if (!(PERSON_ROLES as readonly Role[]).includes(role)) {
      errors.add(['input', 'roles'], UserErrorCode.INVALID_ROLE, `A person may hold ${PERSON_ROLES.join(', ')}; ${role} is not among them.`);
      return;
    }
    const kind = SCOPE_OF_ROLE[role];
    if (kind) {
      const field = kind === 'enterprise' ? 'enterpriseUscc' : kind;
      const codes =
        kind === 'chains'
          ? [...new Set((scope.chains ?? []).map((code) => code.trim()))]
          : [(scope[field] as string | null | undefined)?.trim() ?? ''].filter(Boolean);
      if (codes.length === 0) {
        errors.add(['input', field], UserErrorCode.REQUIRED, `The ${role} role needs a ${kind === 'chains' ? 'list of chains' : kind} in its scope.`);
        return;
      }
      const source = userScopeSource(this.context.platform.modules, kind);
      if (!source) {
        errors.add(['input', 'roles'], UserErrorCode.INVALID_ROLE, `No enabled module offers ${kind} scopes, so the ${role} role cannot be granted.`);
        return;
      }
      const unknown = await source.unknown(em, codes, this.context.platform.modules);
      if (unknown.length > 0) {
        errors.add(['input', field], UserErrorCode.NOT_FOUND, `Unknown ${kind === 'chains' ? 'chains' : kind}: ${unknown.join(', ')}.`);
        return;
      }
      if (kind === 'department') user.department = codes[0];
      if (kind === 'chains') user.chains = codes;
      if (kind === 'enterprise') user.enterpriseUscc = codes[0];
    }
    if (!scopeOnly && !user.roles.includes(role)) user.roles = [...user.roles, role];
  }

  private qualifications(input: QualificationInput[], errors: UserErrorCollector): Qualification[] {
    const seen = new Set<string>();
    return input.map((qualification, index) => {
      const path = ['input', 'qualifications', String(index)];
      const certificateNumber = qualification.certificateNumber.trim();
      if (!/^[0-9A-Za-z-]{4,40}$/.test(certificateNumber)) {
        errors.add([...path, 'certificateNumber'], UserErrorCode.INVALID_FORMAT, 'A certificate number has 4–40 letters, digits or hyphens.');
      } else if (seen.has(certificateNumber)) errors.add([...path, 'certificateNumber'], UserErrorCode.DUPLICATE, 'The certificate is listed twice.');
      seen.add(certificateNumber);
      const fields = [...new Set(qualification.fields.map((field) => field.trim()))];
      if (fields.length === 0 || fields.some((field) => !/^[a-z][a-z0-9-]{1,59}$/.test(field))) {
        errors.add(
          [...path, 'fields'],
          UserErrorCode.INVALID_FORMAT,
          'List the inspection fields as codes such as environment or market-regulation.',
        );
      }
      const validUntil = qualification.validUntil?.trim() || null;
      if (validUntil && (!/^\d{4}-\d{2}-\d{2}$/.test(validUntil) || Number.isNaN(Date.parse(`${validUntil}T00:00:00Z`)))) {
        errors.add([...path, 'validUntil'], UserErrorCode.INVALID_FORMAT, 'Give the last valid day as yyyy-mm-dd.');
      }
      return { certificateNumber, fields, validUntil };
    });
  }
}
