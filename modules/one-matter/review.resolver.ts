import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { runMutation } from '../platform/errors/mutation';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../platform/relay/connection';
import { ServiceCase } from './case.entity';
import { Department } from './department.entity';
import { Rectification } from './rectification.entity';
import {
  RectificationFilter,
  RectificationFollowUpInput,
  RectificationPayload,
  RectificationReportInput,
  ReviewSubmitInput,
  ReviewSubmitPayload,
} from './review.inputs';
import { Review } from './review.entity';
import { ReviewService } from './review.service';
import { rectificationOfReview, reviewOfCase } from './review.loaders';
import { isRectificationReadable } from './rectification.access';

export const RectificationConnection = ConnectionType(Rectification, 'Rectification', 'rectifications');

@Resolver(() => Review)
export class ReviewResolver {
  @Authorized(Role.ENTERPRISE)
  @Mutation(() => ReviewSubmitPayload, {
    description: 'The applying enterprise reviews its finished case, once; a review at level 2 or below opens a rectification for the department.',
  })
  reviewSubmit(@Arg('input', () => ReviewSubmitInput) input: ReviewSubmitInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, ReviewSubmitPayload, (em) => new ReviewService(context).submit(em, input));
  }

  @FieldResolver(() => Department, { description: 'The department the review concerns.' })
  department(@Root() review: Review) {
    return review.department.load({ dataloader: true });
  }

  @FieldResolver(() => ServiceCase, { description: 'The reviewed case.' })
  case(@Root() review: Review) {
    return review.serviceCase.load({ dataloader: true });
  }

  @FieldResolver(() => Rectification, {
    nullable: true,
    description:
      'The rectification the review opened, if it was bad; null also for callers who may not read it (ADMIN, ANALYST and the department do).',
  })
  async rectification(@Root() review: Review, @Ctx() context: GraphQLContext): Promise<Rectification | null> {
    const rectification = await rectificationOfReview(context).load(review.id);
    // The review is visible with its case; the department's rectification only to those who may read it.
    return rectification && (await isRectificationReadable(context, rectification)) ? rectification : null;
  }
}

@Resolver(() => Rectification)
export class RectificationResolver {
  @Authorized(Role.ADMIN, Role.ANALYST, Role.OFFICER)
  @Query(() => RectificationConnection, {
    description: 'Rectifications after bad reviews, earliest due first; an OFFICER sees its department’s.',
    complexity: connectionComplexity(20),
  })
  async rectifications(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => RectificationFilter, { nullable: true, description: 'Conditions on the rectifications.' })
    filter: RectificationFilter | null,
    @Ctx() context: GraphQLContext,
  ) {
    return new RectificationConnection(await new ReviewService(context).list(args, filter));
  }

  @Authorized(Role.OFFICER)
  @Mutation(() => RectificationPayload, { description: 'The department reports the measures it took (officers of the department).' })
  rectificationReport(@Arg('input', () => RectificationReportInput) input: RectificationReportInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, RectificationPayload, async (em) => ({ rectification: await new ReviewService(context).report(em, input) }));
  }

  @Authorized(Role.OFFICER, Role.ADMIN)
  @Mutation(() => RectificationPayload, {
    description: 'Records the call back to the rater: satisfied closes the rectification, not satisfied opens it again.',
  })
  rectificationFollowUp(@Arg('input', () => RectificationFollowUpInput) input: RectificationFollowUpInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, RectificationPayload, async (em) => ({ rectification: await new ReviewService(context).followUp(em, input) }));
  }

  @FieldResolver(() => Department, { description: 'The department that owes the rectification.' })
  department(@Root() rectification: Rectification) {
    return rectification.department.load({ dataloader: true });
  }

  @FieldResolver(() => Review, { description: 'The bad review that opened it.' })
  review(@Root() rectification: Rectification) {
    return rectification.review.load({ dataloader: true });
  }

  @FieldResolver(() => Boolean, { description: 'Whether the measures are late: still open past the due date, or reported after it.' })
  overdue(@Root() rectification: Rectification, @Ctx() context: GraphQLContext): boolean {
    return new ReviewService(context).isOverdue(rectification);
  }
}

@Resolver(() => ServiceCase)
export class CaseReviewResolver {
  @FieldResolver(() => Review, { nullable: true, description: 'The applicant’s review of the case, once given.' })
  review(@Root() serviceCase: ServiceCase, @Ctx() context: GraphQLContext) {
    return reviewOfCase(context).load(serviceCase.id);
  }
}
