import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { ForbiddenError } from '../../platform/errors/top-level-errors';
import { MutationPayload, runMutation } from '../../platform/errors/mutation';
import { DecimalScalar } from '../../platform/scalars/decimal';
import { recordsOf } from '../../enterprise/enterprise-record.resolvers';
import { Enterprise } from '../../enterprise/enterprise.entity';
import { isOwnEnterprise } from '../../enterprise/enterprise.access';
import { CreditAuthorization, CreditLoan, CreditReportAccess, LoanOutcome, RateBand } from './credit-authorization.entity';
import { CreditAuthorizationService } from './credit-authorization.service';

@InputType({ description: 'An authorization for a partner to read the detailed credit report.' })
export class CreditAuthorizationGrantInput {
  @Field(() => ID, { description: 'Global id of the authorizing enterprise (the caller itself).' })
  enterpriseId!: string;

  @Field(() => ID, { description: 'Global id of the partner’s API key.' })
  partnerKeyId!: string;

  @Field(() => String, { description: 'What the partner may use the report for.' })
  purpose!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'First valid day; today when omitted.' })
  validFrom?: string | null;

  @Field(() => GraphQLLocalDate, { description: 'Last valid day, at most a year on.' })
  validUntil!: string;
}

@ObjectType({ description: 'Result of creditAuthorizationGrant or creditAuthorizationRevoke.' })
export class CreditAuthorizationPayload extends MutationPayload {
  @Field(() => CreditAuthorization, { nullable: true, description: 'The authorization.' })
  authorization: CreditAuthorization | null = null;
}

@InputType({ description: 'Which authorization to revoke.' })
export class CreditAuthorizationRevokeInput {
  @Field(() => ID, { description: 'Global id of the authorization.' })
  id!: string;
}

@InputType({ description: 'A credit loan, recorded by the lending partner.' })
export class CreditLoanRecordInput {
  @Field(() => ID, { description: 'Global id of the borrowing enterprise.' })
  enterpriseId!: string;

  @Field(() => DecimalScalar, { description: 'Amount in yuan.' })
  amount!: string;

  @Field(() => Int, { description: 'Term in months, 1 to 360.' })
  termMonths!: number;

  @Field(() => RateBand, { description: 'Rate band.' })
  rateBand!: RateBand;

  @Field(() => LoanOutcome, { description: 'Outcome.' })
  outcome!: LoanOutcome;
}

@ObjectType({ description: 'Result of creditLoanRecord.' })
export class CreditLoanPayload extends MutationPayload {
  @Field(() => CreditLoan, { nullable: true, description: 'The loan.' })
  loan: CreditLoan | null = null;
}

export function assertOwnOrAdmin(context: GraphQLContext, enterprise: Enterprise): void {
  if (context.principal.role !== Role.ADMIN && !isOwnEnterprise(context.principal, enterprise))
    throw new ForbiddenError('Only the enterprise itself and administrators see this.');
}

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
