import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { runMutation } from '../platform/errors/mutation';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../platform/relay/connection';
import { User, UserState } from './user.entity';
import {
  Qualification,
  UserDisableInput,
  UserIdInput,
  UserInviteInput,
  UserInvitePayload,
  UserPasswordResetIssuePayload,
  UserPayload,
  UserQualificationsSetInput,
  UserRoleGrantInput,
  UserRoleRevokeInput,
  UserScopeChangeInput,
} from './user.inputs';
import { UserService } from './user.service';
import { maskedContact } from './user.access';

export const UserConnection = ConnectionType(User, 'User', 'people with accounts');

/** Runs an ADMIN's change of one account and forgets the account's sessions on this instance once it committed. */
async function changeUser(context: GraphQLContext, id: string, change: (service: UserService, user: User, em: EntityManager) => Promise<unknown>) {
  const service = new UserService(context);
  const payload = await runMutation(context, UserPayload, async (em) => {
    const user = await service.find(em, id);
    await change(service, user, em);
    return { user };
  });
  service.sessions.settle();
  return payload;
}

@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.ADMIN)
  @Query(() => UserConnection, { description: 'People with accounts, by login (ADMIN).', complexity: connectionComplexity(20) })
  async users(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('state', () => UserState, { nullable: true, description: 'Only accounts in this state.' }) state: UserState | null,
    @Arg('role', () => Role, { nullable: true, description: 'Only people holding this role.' }) role: Role | null,
    @Ctx() context: GraphQLContext,
  ) {
    return new UserConnection(await new UserService(context).list(args, { state, role }));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'E-mail address; personal data, masked (z***@example.cn) unless the caller is an ADMIN or the person.',
  })
  email(@Root() user: User, @Ctx() context: GraphQLContext): string | null {
    return maskedContact(context, user, user.email, 'email');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Mobile phone; personal data, masked (*******5678) unless the caller is an ADMIN or the person.',
  })
  phone(@Root() user: User, @Ctx() context: GraphQLContext): string | null {
    return maskedContact(context, user, user.phone, 'phone');
  }

  @FieldResolver(() => [Qualification], { description: 'Law-enforcement qualifications (执法资格), for inspectors.' })
  qualifications(@Root() user: User): Qualification[] {
    return user.qualifications.map((qualification) => Object.assign(new Qualification(), qualification));
  }

  @FieldResolver(() => Boolean, { description: "Whether the person's account is bound to the identity provider (single sign-on)." })
  singleSignOnBound(@Root() user: User): boolean {
    return user.oidcSubject !== null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserInvitePayload, { description: 'Invites a person with roles and scope; returns a one-time link to set a password (ADMIN).' })
  userInvite(@Arg('input', () => UserInviteInput) input: UserInviteInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, UserInvitePayload, async (em) => {
      const { user, link, expiresAt } = await new UserService(context).invite(em, input);
      return { user, invitationLink: link, linkExpiresAt: expiresAt };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Grants a role, with the scope it needs; tokens issued before are refused until refreshed (ADMIN).' })
  userRoleGrant(@Arg('input', () => UserRoleGrantInput) input: UserRoleGrantInput, @Ctx() context: GraphQLContext) {
    return changeUser(context, input.id, (service, user, em) => service.grantRole(em, user, input.role, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Takes a role away at once: tokens issued before are refused (ADMIN).' })
  userRoleRevoke(@Arg('input', () => UserRoleRevokeInput) input: UserRoleRevokeInput, @Ctx() context: GraphQLContext) {
    return changeUser(context, input.id, (service, user, em) => service.revokeRole(em, user, input.role));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Moves a person to another department, other chains or another enterprise; applies at once (ADMIN).' })
  userScopeChange(@Arg('input', () => UserScopeChangeInput) input: UserScopeChangeInput, @Ctx() context: GraphQLContext) {
    return changeUser(context, input.id, (service, user, em) => service.changeScope(em, user, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Records the law-enforcement qualifications a person holds, replacing the earlier list (ADMIN).' })
  userQualificationsSet(@Arg('input', () => UserQualificationsSetInput) input: UserQualificationsSetInput, @Ctx() context: GraphQLContext) {
    return changeUser(context, input.id, async (service, user) => service.setQualifications(user, input.qualifications));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Disables an account: every session ends and its tokens are refused at once (ADMIN).' })
  userDisable(@Arg('input', () => UserDisableInput) input: UserDisableInput, @Ctx() context: GraphQLContext) {
    return changeUser(context, input.id, (service, user, em) => service.disable(em, user, input.reason));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Enables a disabled account again (ADMIN).' })
  userEnable(@Arg('input', () => UserIdInput) input: UserIdInput, @Ctx() context: GraphQLContext) {
    return changeUser(context, input.id, (service, user, em) => service.enable(em, user));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, {
    description: "Removes a person's lost second factor and ends their sessions; they enrol again after signing in (ADMIN).",
  })
  userSecondFactorReset(@Arg('input', () => UserIdInput) input: UserIdInput, @Ctx() context: GraphQLContext) {
    return changeUser(context, input.id, (service, user, em) => service.resetSecondFactor(em, user));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPasswordResetIssuePayload, { description: 'Issues a one-time link with which the person sets a new password (ADMIN).' })
  userPasswordResetIssue(@Arg('input', () => UserIdInput) input: UserIdInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, UserPasswordResetIssuePayload, async (em) => {
      const service = new UserService(context);
      const user = await service.find(em, input.id);
      const { link, expiresAt } = await service.issuePasswordReset(em, user);
      return { user, resetLink: link, linkExpiresAt: expiresAt };
    });
  }
}
