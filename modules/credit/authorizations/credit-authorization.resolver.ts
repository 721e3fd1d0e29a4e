import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { runMutation } from '../../platform/errors/mutation';
import { recordsOf } from '../../enterprise/enterprise-record.resolvers';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { CreditAuthorization, CreditLoan, CreditReportAccess } from './credit-authorization.entity';
import {
  CreditAuthorizationGrantInput,
  CreditAuthorizationPayload,
  CreditAuthorizationRevokeInput,
  CreditLoanPayload,
  CreditLoanRecordInput,
} from './credit-authorization.inputs';
import { CreditAuthorizationService } from './credit-authorization.service';
import { assertOwnOrAdmin } from './credit-authorization.access';

@Resolver(() => Enterprise)
export class CreditAuthorizationResolver {
  @Authorized(Role.ENTERPRISE)
  @Mutation(() => CreditAuthorizationPayload, {
    description: 'The enterprise authorizes a partner (bank) to read its detailed credit report for a purpose and a period.',
  })
  creditAuthorizationGrant(@Arg('input', () => CreditAuthorizationGrantInput) input: CreditAuthorizationGrantInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, CreditAuthorizationPayload, async (em) => ({
      authorization: await new CreditAuthorizationService(context).grant(em, input),
    }));
  }

  @Authorized(Role.ENTERPRISE)
  @Mutation(() => CreditAuthorizationPayload, { description: 'The enterprise revokes an authorization; the partner’s access ends at once.' })
  creditAuthorizationRevoke(
    @Arg('input', () => CreditAuthorizationRevokeInput) input: CreditAuthorizationRevokeInput,
    @Ctx() context: GraphQLContext,
  ) {
    return runMutation(context, CreditAuthorizationPayload, async (em) => ({
      authorization: await new CreditAuthorizationService(context).revoke(em, input.id),
    }));
  }

  @Authorized(Role.PARTNER)
  @Mutation(() => CreditLoanPayload, {
    description: 'A lending partner records a credit loan and its outcome, under the enterprise’s valid authorization (信易贷).',
  })
  creditLoanRecord(@Arg('input', () => CreditLoanRecordInput) input: CreditLoanRecordInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, CreditLoanPayload, async (em) => ({ loan: await new CreditAuthorizationService(context).recordLoan(em, input) }));
  }

  @Authorized(Role.ENTERPRISE, Role.ADMIN)
  @FieldResolver(() => [CreditAuthorization], {
    nullable: true,
    description:
      'The enterprise’s authorizations, newest first (the enterprise itself, ADMIN). Null, with an error on this field only, when the caller may not read it.',
  })
  creditAuthorizations(@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext) {
    assertOwnOrAdmin(context, enterprise);
    return recordsOf(context, CreditAuthorization, 'enterprise', enterprise.id, { createdAt: 'DESC' });
  }

  @Authorized(Role.ENTERPRISE, Role.ADMIN)
  @FieldResolver(() => [CreditReportAccess], {
    nullable: true,
    description:
      'Who read the detailed credit report, newest first (the enterprise itself, ADMIN). Null, with an error on this field only, when the caller may not read it.',
  })
  creditReportAccesses(@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext) {
    assertOwnOrAdmin(context, enterprise);
    return recordsOf(context, CreditReportAccess, 'enterprise', enterprise.id, { accessedAt: 'DESC' });
  }

  @Authorized(Role.ENTERPRISE, Role.ADMIN, Role.ANALYST)
  @FieldResolver(() => [CreditLoan], {
    nullable: true,
    description: 'Credit loans recorded for the enterprise, newest first. Null, with an error on this field only, when the caller may not read it.',
  })
  creditLoans(@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext) {
    if (context.principal.role === Role.ENTERPRISE) assertOwnOrAdmin(context, enterprise);
    return recordsOf(context, CreditLoan, 'enterprise', enterprise.id, { recordedOn: 'DESC' });
  }
}
