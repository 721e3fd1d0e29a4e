import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Extensions,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { MutationPayload, runMutation } from '../platform/errors/mutation';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../platform/relay/connection';
import { DecimalScalar } from '../platform/scalars/decimal';
import { LocalDateScalar } from '../platform/scalars/local-date';
import { maxLength } from '../platform/validation/input-policy';
import { range } from '../platform/validation/number-range';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Policy } from './policy.entity';
import { PolicyRedemption } from './policy-redemption.entity';
import { PolicyRedemptionService } from './policy-redemption.service';
import { REDEMPTION_READERS } from './policy.access';

@InputType({ description: 'An enterprise applies for an INSTANT or REVIEWED policy for a period.' })
export class PolicyApplyInput {
  @Field(() => String, { description: 'The policy’s code.' })
  policyCode!: string;

  @Field(() => ID, { description: 'Global id of the enterprise (the caller itself).' })
  enterpriseId!: string;

  @Field(() => String, { description: 'The period it is for: a year (2026) or a month (2026-11).' })
  period!: string;
}

@InputType({ description: 'The issuing department decides a reviewed application.' })
export class PolicyRedemptionDecideInput {
  @Field(() => ID, { description: 'Global id of the redemption.' })
  id!: string;

  @Field(() => Boolean, { description: 'Approve (granted) or reject.' })
  approve!: boolean;

  @Extensions(range('0.01', '999999999999.99'))
  @Field(() => DecimalScalar, { nullable: true, description: 'The amount approved, at most the calculated one; the calculated one when omitted.' })
  amount?: string | null;

  @Extensions(maxLength(2000))
  @Field(() => String, { nullable: true, description: 'Why it is rejected; required for a rejection.' })
  reason?: string | null;
}

@InputType({ description: 'Records the payment of a granted redemption.' })
export class PolicyRedemptionPayInput {
  @Field(() => ID, { description: 'Global id of the redemption.' })
  id!: string;

  @Field(() => LocalDateScalar, { description: 'When it was paid.' })
  paidOn!: string;

  @Field(() => String, { description: 'The payment’s reference, e.g. the treasury voucher number.' })
  paymentReference!: string;
}

@ObjectType({ description: 'Result of a redemption step.' })
export class PolicyRedemptionPayload extends MutationPayload {
  @Field(() => PolicyRedemption, { nullable: true, description: 'The redemption.' })
  redemption: PolicyRedemption | null = null;
}

export const PolicyRedemptionConnection = ConnectionType(PolicyRedemption, 'PolicyRedemption', 'policy redemptions');

@Resolver(() => PolicyRedemption)
export class PolicyRedemptionResolver {
  @Authorized(Role.ENTERPRISE)
  @Mutation(() => PolicyRedemptionPayload, {
    description:
      'The enterprise applies for an INSTANT policy (granted at once when eligible, 即申即享) or a REVIEWED one (the issuing department decides).',
  })
  policyApply(@Arg('input', () => PolicyApplyInput) input: PolicyApplyInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, PolicyRedemptionPayload, async (em) => ({ redemption: await new PolicyRedemptionService(context).apply(em, input) }));
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => PolicyRedemptionPayload, {
    description: 'The issuing department approves (with the amount) or rejects (with the reason) a reviewed application.',
  })
  policyRedemptionDecide(@Arg('input', () => PolicyRedemptionDecideInput) input: PolicyRedemptionDecideInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, PolicyRedemptionPayload, async (em) => ({
      redemption: await new PolicyRedemptionService(context).decide(em, input),
    }));
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => PolicyRedemptionPayload, { description: 'The issuing department records the payment of a granted redemption, once.' })
  policyRedemptionPay(@Arg('input', () => PolicyRedemptionPayInput) input: PolicyRedemptionPayInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, PolicyRedemptionPayload, async (em) => ({ redemption: await new PolicyRedemptionService(context).pay(em, input) }));
  }

  @Authorized(...REDEMPTION_READERS)
  @Query(() => PolicyRedemptionConnection, {
    description:
      'Redemptions, newest first: ADMINs and analysts all, an OFFICER those of its department’s policies, an ENTERPRISE its own, a PARTNER those of enterprises that authorized it for POLICIES.',
    complexity: connectionComplexity(20),
  })
  async policyRedemptions(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('policyCode', () => String, { nullable: true, description: 'Of this policy only.' }) policyCode: string | null,
    @Arg('enterpriseId', () => ID, { nullable: true, description: 'Of this enterprise only (global id).' }) enterpriseId: string | null,
    @Ctx() context: GraphQLContext,
  ) {
    return new PolicyRedemptionConnection(await new PolicyRedemptionService(context).list(args, { policyCode, enterpriseId }));
  }

  @FieldResolver(() => Policy, { description: 'The policy.' })
  policy(@Root() redemption: PolicyRedemption) {
    return redemption.policy.load({ dataloader: true });
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise.' })
  enterprise(@Root() redemption: PolicyRedemption) {
    return redemption.enterprise.load({ dataloader: true });
  }
}
