import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { runMutation } from '../platform/errors/mutation';
import { UserErrorCode, UserErrorsException, userError } from '../platform/errors/user-error';
import { User } from './user.entity';
import { AccountService } from './account.service';
import type { IssuedSession } from './session.service';
import { userIdOf } from './user.access';
import {
  AccountPayload,
  SecondFactorEnrolPayload,
  SessionPayload,
  SessionRefreshInput,
  SessionSignInInput,
  SessionSignOutPayload,
  SessionTokens,
  UserPasswordChangeInput,
  UserPasswordSetInput,
  UserSecondFactorConfirmInput,
} from './session.inputs';

export function sessionTokens(issued: IssuedSession): SessionTokens {
  return Object.assign(new SessionTokens(), {
    accessToken: issued.accessToken,
    accessTokenExpiresAt: issued.accessTokenExpiresAt,
    refreshToken: issued.refreshToken,
    refreshTokenExpiresAt: issued.refreshTokenExpiresAt,
    sessionExpiresAt: issued.session.expiresAt,
    role: issued.session.role,
    user: issued.user,
  });
}

/** Payloads whose refusals are data, for the mutations that commit what they must (a failure count) before refusing. */
async function payloadOf<P extends { userErrors: unknown[] }>(Payload: new () => P, work: () => Promise<Partial<P>>): Promise<P> {
  try {
    return Object.assign(new Payload(), await work());
  } catch (error) {
    if (error instanceof UserErrorsException) return Object.assign(new Payload(), { userErrors: error.userErrors });
    throw error;
  }
}

/** The account of the person calling, inside a mutation: only a token of a registry session has one. */
async function ownAccount(context: GraphQLContext, em: EntityManager): Promise<User> {
  const id = userIdOf(context);
  const user = id ? await em.findOne(User, { id }) : null;
  if (!user)
    throw new UserErrorsException([
      userError([], UserErrorCode.NOT_PERMITTED, 'Only a person signed in through the user registry has an account to change.'),
    ]);
  return user;
}

@Resolver()
export class SessionResolver {
  @Authorized()
  @Query(() => User, { nullable: true, description: 'The account of the person signed in; null for development tokens and API keys (当前账号).' })
  viewerAccount(@Ctx() context: GraphQLContext): Promise<User | null> | null {
    const id = userIdOf(context);
    return id ? context.em.findOne(User, { id }) : null;
  }

  @Mutation(() => SessionPayload, { description: "Signs in with the login and password (and the second factor); returns the session's tokens." })
  sessionSignIn(@Arg('input', () => SessionSignInInput) input: SessionSignInInput, @Ctx() context: GraphQLContext) {
    return payloadOf(SessionPayload, async () => ({ session: sessionTokens(await new AccountService(context.platform).signInWithPassword(input)) }));
  }

  @Mutation(() => SessionPayload, { description: 'Trades a refresh token for new tokens; a refresh token used twice revokes its session.' })
  sessionRefresh(@Arg('input', () => SessionRefreshInput) input: SessionRefreshInput, @Ctx() context: GraphQLContext) {
    return payloadOf(SessionPayload, async () => {
      const service = new AccountService(context.platform).sessions;
      try {
        return { session: sessionTokens(await service.refresh(input.refreshToken, input.role)) };
      } finally {
        service.settle();
      }
    });
  }

  @Authorized()
  @Mutation(() => SessionSignOutPayload, { description: "Ends the caller's session: its access and refresh tokens are refused at once." })
  async sessionSignOut(@Ctx() context: GraphQLContext) {
    const sessions = new AccountService(context.platform).sessions;
    const session = context.principal.session;
    const payload = await runMutation(context, SessionSignOutPayload, async (em) => {
      if (!session)
        throw new UserErrorsException([
          userError([], UserErrorCode.NOT_PERMITTED, 'The token belongs to no session (a development token or an API key).'),
        ]);
      return { signedOut: await sessions.revoke(em, session.id, 'signed out') };
    });
    sessions.settle();
    return payload;
  }

  @Mutation(() => AccountPayload, { description: 'Sets a password with the one-time link of an invitation or a reset; the account becomes active.' })
  async userPasswordSet(@Arg('input', () => UserPasswordSetInput) input: UserPasswordSetInput, @Ctx() context: GraphQLContext) {
    const accounts = new AccountService(context.platform);
    const payload = await payloadOf(AccountPayload, async () => ({ user: await accounts.setPasswordFromLink(input.link, input.password) }));
    accounts.sessions.settle();
    return payload;
  }

  @Authorized()
  @Mutation(() => AccountPayload, { description: "Changes the caller's own password." })
  userPasswordChange(@Arg('input', () => UserPasswordChangeInput) input: UserPasswordChangeInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, AccountPayload, async (em) => ({
      user: await new AccountService(context.platform).changePassword(em, await ownAccount(context, em), input.currentPassword, input.newPassword),
    }));
  }

  @Authorized()
  @Mutation(() => SecondFactorEnrolPayload, {
    description: "Starts enrolling an authenticator app (TOTP) as the caller's second factor; confirm with a code.",
  })
  userSecondFactorEnrol(@Ctx() context: GraphQLContext) {
    return runMutation(context, SecondFactorEnrolPayload, async (em) =>
      new AccountService(context.platform).enrolSecondFactor(em, await ownAccount(context, em)),
    );
  }

  @Authorized()
  @Mutation(() => AccountPayload, { description: 'Confirms the authenticator app with its current code: sign-in asks for a code from then on.' })
  userSecondFactorConfirm(@Arg('input', () => UserSecondFactorConfirmInput) input: UserSecondFactorConfirmInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, AccountPayload, async (em) => ({
      user: await new AccountService(context.platform).confirmSecondFactor(em, await ownAccount(context, em), input.code),
    }));
  }
}
