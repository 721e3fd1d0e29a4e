import { Role } from '../../modules/platform/auth/principal';
import type { GraphQLClient } from '../support/graphql-client';
import type { TestApp } from '../support/test-app';

export const STRONG_PASSWORD = 'Correct-Horse-42-battery';

export const USER_FIELDS = 'id login name email phone state roles department chains enterpriseUscc lockedUntil totpEnabledAt passwordChangedAt';

export const SESSION_FIELDS = `session { accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt sessionExpiresAt role user { id login } }
  userErrors { field code message }`;

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  role: string;
  user: { id: string; login: string };
}

/** Invites a person as the ADMIN and returns the secret of their one-time link. */
export async function invite(admin: GraphQLClient, input: Record<string, unknown>): Promise<{ id: string; link: string }> {
  const response = await admin.raw<{ userInvite: { user: { id: string } | null; invitationLink: string | null; userErrors: unknown[] } }>(
    `mutation ($input: UserInviteInput!) { userInvite(input: $input) { user { id } invitationLink userErrors { field code message } } }`,
    { input },
  );
  const payload = response.data!.userInvite;
  if (!payload.user) throw new Error(`userInvite refused: ${JSON.stringify(payload.userErrors)}`);
  return { id: payload.user.id, link: new URL(payload.invitationLink!).hash.replace('#link=', '') };
}

export async function setPassword(app: TestApp, link: string, password = STRONG_PASSWORD) {
  const response = await app.client.raw<{
    userPasswordSet: { user: { login: string } | null; userErrors: Array<{ code: string; field: string[] }> };
  }>(`mutation ($input: UserPasswordSetInput!) { userPasswordSet(input: $input) { user { login } userErrors { field code message } } }`, {
    input: { link, password },
  });
  return response.data!.userPasswordSet;
}

export async function signIn(app: TestApp, input: Record<string, unknown>) {
  const response = await app.client.raw<{
    sessionSignIn: { session: IssuedTokens | null; userErrors: Array<{ code: string; field: string[]; message: string }> };
  }>(`mutation ($input: SessionSignInInput!) { sessionSignIn(input: $input) { ${SESSION_FIELDS} } }`, { input });
  return response.data!.sessionSignIn;
}

export async function refresh(app: TestApp, refreshToken: string, role?: string) {
  const response = await app.client.raw<{
    sessionRefresh: { session: IssuedTokens | null; userErrors: Array<{ code: string; field: string[]; message: string }> };
  }>(`mutation ($input: SessionRefreshInput!) { sessionRefresh(input: $input) { ${SESSION_FIELDS} } }`, {
    input: { refreshToken, ...(role ? { role } : {}) },
  });
  return response.data!.sessionRefresh;
}

/** Invites a person, sets their password and signs them in. */
export async function personSignedIn(app: TestApp, admin: GraphQLClient, input: Record<string, unknown>): Promise<IssuedTokens & { id: string }> {
  const { id, link } = await invite(admin, input);
  const set = await setPassword(app, link);
  if (!set.user) throw new Error(`userPasswordSet refused: ${JSON.stringify(set.userErrors)}`);
  const signed = await signIn(app, { login: input.login, password: STRONG_PASSWORD });
  if (!signed.session) throw new Error(`sessionSignIn refused: ${JSON.stringify(signed.userErrors)}`);
  return { ...signed.session, id };
}

export async function viewerOf(app: TestApp, accessToken: string) {
  return app.client
    .as({ token: accessToken })
    .raw<{ viewer: { role: string; subject: string; department: string | null; chains: string[] } }>(
      '{ viewer { role subject department chains enterpriseUscc } }',
    );
}

export { Role };
