import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { runMutation } from '../platform/errors/mutation';
import { Enterprise } from './enterprise.entity';
import { partnerAccessScopesOf } from './partner-access';
import { PartnerAuthorization } from './partner-authorization.entity';
import {
  PartnerAccessScopeInfo,
  PartnerAuthorizationGrantInput,
  PartnerAuthorizationPayload,
  PartnerAuthorizationRevokeInput,
} from './partner-authorization.inputs';
import { PartnerAuthorizationService } from './partner-authorization.service';

@Resolver(() => PartnerAuthorization)
export class PartnerAuthorizationResolver {
  @Query(() => [PartnerAccessScopeInfo], {
    description: 'What enterprises may open to partners with a partner authorization, by the enabled modules; public.',
  })
  partnerAccessScopes(@Ctx() context: GraphQLContext): PartnerAccessScopeInfo[] {
    return partnerAccessScopesOf(context.platform.modules).map((scope) => Object.assign(new PartnerAccessScopeInfo(), scope));
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => PartnerAuthorizationPayload, {
    description: 'The enterprise authorizes a partner (by API key) to read the scopes named, for at most a year (授权).',
  })
  partnerAuthorizationGrant(
    @Arg('input', () => PartnerAuthorizationGrantInput) input: PartnerAuthorizationGrantInput,
    @Ctx() context: GraphQLContext,
  ) {
    return runMutation(context, PartnerAuthorizationPayload, async (em) => ({
      authorization: await new PartnerAuthorizationService(context).grant(em, input),
    }));
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => PartnerAuthorizationPayload, {
    description: 'The enterprise revokes a partner authorization at once; a repeat gets ALREADY_REVOKED.',
  })
  partnerAuthorizationRevoke(
    @Arg('input', () => PartnerAuthorizationRevokeInput) input: PartnerAuthorizationRevokeInput,
    @Ctx() context: GraphQLContext,
  ) {
    return runMutation(context, PartnerAuthorizationPayload, async (em) => ({
      authorization: await new PartnerAuthorizationService(context).revoke(em, input.id),
    }));
  }
}

@Resolver(() => Enterprise)
export class EnterprisePartnerAuthorizationsResolver {
  @FieldResolver(() => [PartnerAuthorization], {
    description: 'The enterprise’s partner authorizations, newest first: for the enterprise itself and ADMINs, empty for others.',
  })
  partnerAuthorizations(@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext) {
    return new PartnerAuthorizationService(context).of(enterprise);
  }
}
