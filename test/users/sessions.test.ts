import { Role } from '../../modules/platform/auth/principal';
import { totpCode } from '../../modules/users/totp';
import { ManualClock } from '../../modules/platform/clock';
import type { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';
import { STRONG_PASSWORD, USER_FIELDS, invite, personSignedIn, refresh, setPassword, signIn, viewerOf } from './users-support';

describe('users: the registry, local sign-in and sessions', () => {
  let app: TestApp;
  let admin: GraphQLClient;
  const clock = new ManualClock(new Date('2026-12-01T02:00:00Z'));

  beforeAll(async () => {
    app = await TestApp.start({ clock, env: { SIGN_IN_LOCKOUT_ATTEMPTS: '3', SIGN_IN_LOCKOUT_MINUTES: '15' } });
    admin = await app.clientAs(Role.ADMIN);
  });
  afterAll(() => app?.stop());

  it('invites a person, who sets a password from the one-time link and signs in as themselves', async () => {
    const { id, link } = await invite(admin, {
      login: 'Li.Ming',
      name: '李明',
      email: 'li.ming@example.cn',
      phone: '13812345678',
      roles: ['OFFICER'],
      department: 'market-regulation',
    });
    const listed = await admin.raw<{ users: { nodes: Array<{ login: string; state: string }> } }>(
      `{ users(first: 10) { nodes { ${USER_FIELDS} } } }`,
    );
    expect(listed.data!.users.nodes).toEqual([
      expect.objectContaining({ login: 'li.ming', state: 'INVITED', roles: ['OFFICER'], department: 'market-regulation' }),
    ]);

    // Before a password is set, nobody can sign in as the person.
    expect((await signIn(app, { login: 'li.ming', password: STRONG_PASSWORD })).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await setPassword(app, link, 'short')).userErrors[0]).toMatchObject({ code: 'WEAK_PASSWORD', field: ['input', 'password'] });
    expect((await setPassword(app, link, 'li.ming-Password-1')).userErrors[0]).toMatchObject({ code: 'WEAK_PASSWORD' });
    expect((await setPassword(app, link)).user).toEqual({ login: 'li.ming' });
    // The link works once.
    expect((await setPassword(app, link)).userErrors[0].code).toBe('INVALID_LINK');

    const signed = await signIn(app, { login: 'LI.MING', password: STRONG_PASSWORD });
    expect(signed.userErrors).toEqual([]);
    expect(signed.session).toMatchObject({ role: 'OFFICER', user: { id, login: 'li.ming' } });
    const viewer = await viewerOf(app, signed.session!.accessToken);
    expect(viewer.data!.viewer).toMatchObject({ role: 'OFFICER', subject: expect.stringMatching(/^user:/), department: 'market-regulation' });

    // The person reads their own account in full; an officer token of someone else is refused.
    const own = await app.client
      .as({ token: signed.session!.accessToken })
      .raw<{ viewerAccount: { email: string; phone: string } }>(`{ viewerAccount { ${USER_FIELDS} } }`);
    expect(own.data!.viewerAccount).toMatchObject({ email: 'li.ming@example.cn', phone: '13812345678', state: 'ACTIVE' });
    const other = await (
      await app.clientAs(Role.OFFICER, { department: 'market-regulation' })
    ).raw(`query ($id: ID!) { node(id: $id) { id } }`, { id });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Every change to the registry is audited, as the ADMIN who made it.
    const audit = await admin.raw<{ auditEntries: { nodes: Array<{ operation: string; outcome: string }> } }>(
      '{ auditEntries(first: 50) { nodes { operation outcome } } }',
    );
    expect(audit.data!.auditEntries.nodes.map((entry) => entry.operation)).toEqual(
      expect.arrayContaining(['userInvite', 'userPasswordSet', 'sessionSignIn']),
    );
  });

  it('refuses invitations with bad input, naming the field, and writes nothing', async () => {
    const response = await admin.raw<{ userInvite: { user: unknown; userErrors: Array<{ field: string[]; code: string }> } }>(
      `mutation ($input: UserInviteInput!) { userInvite(input: $input) { user { id } userErrors { field code } } }`,
      {
        input: {
          login: 'x',
          name: ' ',
          email: 'not-an-address',
          phone: '123',
          roles: ['OFFICER', 'DESK', 'PARTNER'],
          department: 'no-such-department',
          chains: [],
        },
      },
    );
    expect(response.data!.userInvite.user).toBeNull();
    expect(response.data!.userInvite.userErrors).toEqual(
      expect.arrayContaining([
        { field: ['input', 'login'], code: 'INVALID_FORMAT' },
        { field: ['input', 'name'], code: 'BLANK' },
        { field: ['input', 'email'], code: 'INVALID_FORMAT' },
        { field: ['input', 'phone'], code: 'INVALID_FORMAT' },
        { field: ['input', 'department'], code: 'NOT_FOUND' },
        { field: ['input', 'chains'], code: 'REQUIRED' },
        { field: ['input', 'roles'], code: 'INVALID_ROLE' },
      ]),
    );
    const taken = await admin.raw<{ userInvite: { userErrors: Array<{ field: string[]; code: string }> } }>(
      `mutation ($input: UserInviteInput!) { userInvite(input: $input) { userErrors { field code } } }`,
      { input: { login: 'li.ming', name: '同名', roles: ['ANALYST'] } },
    );
    expect(taken.data!.userInvite.userErrors).toEqual([{ field: ['input', 'login'], code: 'TAKEN' }]);
    const count = await admin.raw<{ users: { totalCount: number } }>('{ users(first: 1) { totalCount } }');
    expect(count.data!.users.totalCount).toBe(1);
  });

  it('locks an account after repeated wrong passwords, and opens it again when the lock runs out', async () => {
    await personSignedIn(app, admin, { login: 'lockout', name: '王锁', roles: ['ANALYST'] });
    for (let attempt = 1; attempt <= 2; attempt++) {
      expect((await signIn(app, { login: 'lockout', password: 'Wrong-password-123' })).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    expect((await signIn(app, { login: 'lockout', password: 'Wrong-password-123' })).userErrors[0].code).toBe('ACCOUNT_LOCKED');
    // Locked: even the right password is refused, and the message says until when.
    const locked = await signIn(app, { login: 'lockout', password: STRONG_PASSWORD });
    expect(locked.userErrors[0]).toMatchObject({ code: 'ACCOUNT_LOCKED', message: expect.stringContaining('2026-12-01T02:15:00') });
    // An unknown login answers like a wrong password.
    expect((await signIn(app, { login: 'nobody', password: STRONG_PASSWORD })).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    clock.set('2026-12-01T02:16:00Z');
    expect((await signIn(app, { login: 'lockout', password: STRONG_PASSWORD })).session?.role).toBe('ANALYST');
  });

  it('hashes a password again at the configured cost when its owner signs in with a cheaper hash', async () => {
    await personSignedIn(app, admin, { login: 'rehash', name: '重算', roles: ['ANALYST'] });
    const storedHash = async () =>
      (await app.services.orm.em.fork().execute<Array<{ hash: string }>>(`select password_hash as hash from app_user where login = 'rehash'`))[0]
        .hash;
    const before = await storedHash();
    expect(before).toMatch(/^scrypt\$1024\$8\$1\$/);
    // A deployment that raises PASSWORD_HASH_COST: each person's next sign-in renews their hash, and the password still works.
    const raised = await app.startPeer({ PASSWORD_HASH_COST: '11' });
    expect((await signIn(raised, { login: 'rehash', password: STRONG_PASSWORD })).session?.role).toBe('ANALYST');
    const after = await storedHash();
    expect(after).toMatch(/^scrypt\$2048\$8\$1\$/);
    expect((await signIn(raised, { login: 'rehash', password: STRONG_PASSWORD })).session?.role).toBe('ANALYST');
    expect(await storedHash()).toBe(after);
    // A wrong password renews nothing.
    expect((await signIn(app, { login: 'rehash', password: 'Wrong-password-123' })).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect(await storedHash()).toBe(after);
  });

  it('rotates refresh tokens, and revokes the session when a spent one comes back', async () => {
    const first = await personSignedIn(app, admin, { login: 'rotation', name: '刘转', roles: ['ANALYST'] });
    const second = await refresh(app, first.refreshToken);
    expect(second.userErrors).toEqual([]);
    expect(second.session!.refreshToken).not.toBe(first.refreshToken);
    expect((await viewerOf(app, second.session!.accessToken)).data!.viewer.role).toBe('ANALYST');

    // The first token again: someone holds a copy. The session ends, for the thief and the owner alike.
    expect((await refresh(app, first.refreshToken)).userErrors[0]).toMatchObject({ code: 'TOKEN_REUSED', field: ['input', 'refreshToken'] });
    expect((await refresh(app, second.session!.refreshToken)).userErrors[0].code).toBe('SESSION_ENDED');
    const refused = await viewerOf(app, second.session!.accessToken);
    expect(refused.status).toBe(401);
    expect(refused.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await refresh(app, 'esr_not-a-token')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('lets exactly one of two simultaneous refreshes with the same token win', async () => {
    const signed = await personSignedIn(app, admin, { login: 'race', name: '赛跑', roles: ['ANALYST'] });
    const answers = await Promise.all([refresh(app, signed.refreshToken), refresh(app, signed.refreshToken)]);
    expect(answers.filter((answer) => answer.session).length).toBeLessThanOrEqual(1);
    expect(answers.filter((answer) => answer.userErrors[0]?.code === 'TOKEN_REUSED')).toHaveLength(1);
  });

  it('signs out at once: the access token and the refresh token are refused', async () => {
    const signed = await personSignedIn(app, admin, { login: 'leaver', name: '离开', roles: ['ANALYST'] });
    const client = app.client.as({ token: signed.accessToken });
    expect((await viewerOf(app, signed.accessToken)).status).toBe(200);
    const out = await client.raw<{ sessionSignOut: { signedOut: boolean } }>('mutation { sessionSignOut { signedOut userErrors { code } } }');
    expect(out.data!.sessionSignOut.signedOut).toBe(true);
    expect((await viewerOf(app, signed.accessToken)).status).toBe(401);
    expect((await refresh(app, signed.refreshToken)).userErrors[0].code).toBe('SESSION_ENDED');
  });

  it('refuses a disabled person at once, on this instance and on a peer, and may enable them again', async () => {
    const signed = await personSignedIn(app, admin, { login: 'disabled', name: '停用', roles: ['ANALYST'] });
    const peer = await app.startPeer();
    // The peer has read the session once and keeps it in memory.
    expect((await viewerOf(peer, signed.accessToken)).status).toBe(200);
    const disabled = await admin.raw<{ userDisable: { user: { state: string } } }>(
      `mutation ($input: UserDisableInput!) { userDisable(input: $input) { user { state } userErrors { code } } }`,
      { input: { id: signed.id, reason: '调离' } },
    );
    expect(disabled.data!.userDisable.user.state).toBe('DISABLED');
    expect((await viewerOf(app, signed.accessToken)).status).toBe(401);
    let peerStatus = 200;
    for (let attempt = 0; attempt < 50 && peerStatus === 200; attempt++) {
      peerStatus = (await viewerOf(peer, signed.accessToken)).status;
      if (peerStatus === 200) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(peerStatus).toBe(401);
    expect((await signIn(app, { login: 'disabled', password: STRONG_PASSWORD })).userErrors[0].code).toBe('ACCOUNT_DISABLED');
    await admin.raw(`mutation ($input: UserIdInput!) { userEnable(input: $input) { userErrors { code } } }`, { input: { id: signed.id } });
    expect((await signIn(app, { login: 'disabled', password: STRONG_PASSWORD })).session?.role).toBe('ANALYST');
  });

  it('applies a role or scope change at once: older tokens are refused, the next refresh carries the change', async () => {
    const signed = await personSignedIn(app, admin, { login: 'mover', name: '调动', roles: ['OFFICER'], department: 'market-regulation' });
    const moved = await admin.raw<{ userScopeChange: { user: { department: string }; userErrors: unknown[] } }>(
      `mutation ($input: UserScopeChangeInput!) { userScopeChange(input: $input) { user { department } userErrors { field code } } }`,
      { input: { id: signed.id, department: 'natural-resources' } },
    );
    expect(moved.data!.userScopeChange).toEqual({ user: { department: 'natural-resources' }, userErrors: [] });
    const stale = await viewerOf(app, signed.accessToken);
    expect(stale.status).toBe(401);
    expect(stale.errors![0].message).toMatch(/refresh/);
    const renewed = await refresh(app, signed.refreshToken);
    expect((await viewerOf(app, renewed.session!.accessToken)).data!.viewer).toMatchObject({ role: 'OFFICER', department: 'natural-resources' });

    // A second role, then switching to it; taking the first away moves the session to the one left.
    await admin.raw(`mutation ($input: UserRoleGrantInput!) { userRoleGrant(input: $input) { userErrors { code } } }`, {
      input: { id: signed.id, role: 'ANALYST' },
    });
    const asAnalyst = await refresh(app, renewed.session!.refreshToken, 'ANALYST');
    expect(asAnalyst.session!.role).toBe('ANALYST');
    const back = await refresh(app, asAnalyst.session!.refreshToken, 'OFFICER');
    await admin.raw(`mutation ($input: UserRoleRevokeInput!) { userRoleRevoke(input: $input) { userErrors { code } } }`, {
      input: { id: signed.id, role: 'OFFICER' },
    });
    expect((await viewerOf(app, back.session!.accessToken)).status).toBe(401);
    const left = await refresh(app, back.session!.refreshToken);
    expect(left.session!.role).toBe('ANALYST');
  });

  it('asks for the authenticator code once a second factor is enrolled, and accepts each code once', async () => {
    const signed = await personSignedIn(app, admin, { login: 'totp', name: '双因素', roles: ['ANALYST'] });
    const me = app.client.as({ token: signed.accessToken });
    const enrol = await me.raw<{ userSecondFactorEnrol: { secret: string; uri: string } }>(
      'mutation { userSecondFactorEnrol { secret uri userErrors { code } } }',
    );
    const { secret, uri } = enrol.data!.userSecondFactorEnrol;
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    const wrong = await me.raw<{ userSecondFactorConfirm: { userErrors: Array<{ code: string }> } }>(
      `mutation ($input: UserSecondFactorConfirmInput!) { userSecondFactorConfirm(input: $input) { userErrors { code } } }`,
      { input: { code: '000000' === totpCode(secret, clock.now()) ? '111111' : '000000' } },
    );
    expect(wrong.data!.userSecondFactorConfirm.userErrors[0].code).toBe('INVALID_SECOND_FACTOR');
    const confirmed = await me.raw<{ userSecondFactorConfirm: { user: { totpEnabledAt: string } } }>(
      `mutation ($input: UserSecondFactorConfirmInput!) { userSecondFactorConfirm(input: $input) { user { totpEnabledAt } userErrors { code } } }`,
      { input: { code: totpCode(secret, clock.now()) } },
    );
    expect(confirmed.data!.userSecondFactorConfirm.user.totpEnabledAt).not.toBeNull();

    expect((await signIn(app, { login: 'totp', password: STRONG_PASSWORD })).userErrors[0].code).toBe('SECOND_FACTOR_REQUIRED');
    // The code confirmed the enrolment: it is spent.
    expect((await signIn(app, { login: 'totp', password: STRONG_PASSWORD, totpCode: totpCode(secret, clock.now()) })).userErrors[0].code).toBe(
      'INVALID_SECOND_FACTOR',
    );
    clock.set(new Date(clock.now().getTime() + 30_000));
    const next = totpCode(secret, clock.now());
    expect((await signIn(app, { login: 'totp', password: STRONG_PASSWORD, totpCode: next })).session?.role).toBe('ANALYST');
    expect((await signIn(app, { login: 'totp', password: STRONG_PASSWORD, totpCode: next })).userErrors[0].code).toBe('INVALID_SECOND_FACTOR');
  });

  it('resets a forgotten password through an ADMIN-issued link, ending the sessions open before', async () => {
    const signed = await personSignedIn(app, admin, { login: 'forgetful', name: '健忘', roles: ['ANALYST'] });
    const issued = await admin.raw<{ userPasswordResetIssue: { resetLink: string } }>(
      `mutation ($input: UserIdInput!) { userPasswordResetIssue(input: $input) { resetLink linkExpiresAt userErrors { code } } }`,
      { input: { id: signed.id } },
    );
    const link = new URL(issued.data!.userPasswordResetIssue.resetLink).hash.replace('#link=', '');
    expect((await setPassword(app, link, 'Another-Strong-Pass-77')).user).toEqual({ login: 'forgetful' });
    expect((await viewerOf(app, signed.accessToken)).status).toBe(401);
    expect((await signIn(app, { login: 'forgetful', password: STRONG_PASSWORD })).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await signIn(app, { login: 'forgetful', password: 'Another-Strong-Pass-77' })).session).not.toBeNull();
  });

  it('keeps one active administrator at least', async () => {
    const signed = await personSignedIn(app, admin, { login: 'only.admin', name: '唯一管理员', roles: ['ADMIN'] });
    const response = await app.client
      .as({ token: signed.accessToken })
      .raw<{ userDisable: { userErrors: Array<{ code: string }> } }>(
        `mutation ($input: UserDisableInput!) { userDisable(input: $input) { userErrors { code } } }`,
        { input: { id: signed.id, reason: '试试' } },
      );
    expect(response.data!.userDisable.userErrors[0].code).toBe('LAST_ADMIN');
  });
});
