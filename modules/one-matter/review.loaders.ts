import type { GraphQLContext } from '../platform/context';
import { byForeignKey, requestLoader } from '../platform/relay/request-loader';
import { Rectification } from './rectification.entity';
import { Review } from './review.entity';

/** The review of each case, one query for a whole page of cases. */
export function reviewOfCase(context: GraphQLContext) {
  return requestLoader<Review>(context, 'reviewOfCase', async (caseIds) =>
    byForeignKey(await context.em.find(Review, { serviceCase: { $in: [...caseIds] } }), caseIds, (review) => review.serviceCase.id),
  );
}

/** The rectification of each review, one query for all of them. */
export function rectificationOfReview(context: GraphQLContext) {
  return requestLoader<Rectification>(context, 'rectificationOfReview', async (reviewIds) =>
    byForeignKey(await context.em.find(Rectification, { review: { $in: [...reviewIds] } }), reviewIds, (rectification) => rectification.review.id),
  );
}
