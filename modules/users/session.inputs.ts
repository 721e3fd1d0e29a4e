import { Field, InputType, ObjectType } from 'type-graphql';
import { MutationPayload } from '../platform/errors/mutation';
import { Role } from '../platform/auth/principal';
import { User } from './user.entity';

@InputType({ description: 'Sign-in with the local password (账号密码登录).' })
export class SessionSignInInput {
  @Field(() => String, { description: 'The login.' })
  login!: string;

  @Field(() => String, { description: 'The password.' })
  password!: string;

  @Field(() => String, { nullable: true, description: "The authenticator app's current 6-digit code, when the account has a second factor." })
  totpCode?: string | null;

  @Field(() => Role, { nullable: true, description: 'The role to act in, for a person holding several; the widest held by default.' })
  role?: Role | null;
}

@InputType({ description: 'A refresh token to trade for a new access token and a new refresh token.' })
export class SessionRefreshInput {
  @Field(() => String, { description: 'The refresh token the last sign-in or refresh handed out; it works once.' })
  refreshToken!: string;

  @Field(() => Role, { nullable: true, description: 'Switch the session to another role the person holds.' })
  role?: Role | null;
}

@ObjectType({ description: 'The tokens of a session (会话令牌). Send the access token as `Authorization: Bearer …`.' })
export class SessionTokens {
  @Field(() => String, { description: 'Short-lived bearer token for the graph.' })
  accessToken!: string;

  @Field(() => Date, { description: 'When the access token expires: refresh before.' })
  accessTokenExpiresAt!: Date;

  @Field(() => String, {
    description: 'Trades for the next pair once (sessionRefresh); keep it secret, never send it to the graph as a bearer token.',
  })
  refreshToken!: string;

  @Field(() => Date, { description: 'When the refresh token stops working unless used.' })
  refreshTokenExpiresAt!: Date;

  @Field(() => Date, { description: 'When the session ends whatever its refreshes.' })
  sessionExpiresAt!: Date;

  @Field(() => Role, { description: 'The role the session acts in.' })
  role!: Role;

  @Field(() => User, { description: 'The person signed in.' })
  user!: User;
}

@ObjectType({ description: 'Result of sessionSignIn or sessionRefresh.' })
export class SessionPayload extends MutationPayload {
  @Field(() => SessionTokens, { nullable: true, description: "The session's tokens." })
  session: SessionTokens | null = null;
}

@ObjectType({ description: 'Result of sessionSignOut.' })
export class SessionSignOutPayload extends MutationPayload {
  @Field(() => Boolean, { description: 'Whether a session was ended by this call.' })
  signedOut = false;
}

@InputType({ description: 'A new password, set with the one-time link of an invitation or a reset.' })
export class UserPasswordSetInput {
  @Field(() => String, { description: 'The secret of the link (the part after #link=).' })
  link!: string;

  @Field(() => String, { description: 'The new password; the policy is in the README ("Users and sign-in").' })
  password!: string;
}

@InputType({ description: "A person's change of their own password." })
export class UserPasswordChangeInput {
  @Field(() => String, { description: 'The password in use now.' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password.' })
  newPassword!: string;
}

@ObjectType({ description: "Result of a person's change of their own account." })
export class AccountPayload extends MutationPayload {
  @Field(() => User, { nullable: true, description: 'The account as the change left it.' })
  user: User | null = null;
}

@ObjectType({ description: 'Result of userSecondFactorEnrol: what to load into the authenticator app, shown once.' })
export class SecondFactorEnrolPayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'The secret in base32, to type into the app.' })
  secret: string | null = null;

  @Field(() => String, { nullable: true, description: 'The otpauth:// URI, to show as a QR code.' })
  uri: string | null = null;
}

@InputType({ description: 'A code from the authenticator app, confirming its enrolment.' })
export class UserSecondFactorConfirmInput {
  @Field(() => String, { description: "The app's current 6-digit code." })
  code!: string;
}
