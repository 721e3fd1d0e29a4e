import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { BadUserInputError } from '../platform/errors/top-level-errors';
import { runMutation } from '../platform/errors/mutation';
import { ServiceWindow } from './service-window.entity';
import { WindowRating } from './window-rating.entity';
import { MONTH, WindowRatingService } from './window-rating.service';
import { WindowBonusRecordInput, WindowBonusRecordPayload, WindowRatingsPublishInput, WindowRatingsPublishPayload } from './window-rating.inputs';

@Resolver(() => WindowRating)
export class WindowRatingResolver {
  @Query(() => [WindowRating], { description: 'The published star ratings of the windows for a month, best first; empty until published.' })
  async windowRatings(@Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string, @Ctx() context: GraphQLContext) {
    if (!MONTH.test(month)) throw new BadUserInputError('A month is written YYYY-MM, e.g. 2026-10.', ['month']);
    return new WindowRatingService(context.platform).forMonth(context.em, month);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WindowRatingsPublishPayload, {
    description: 'Computes and publishes every window’s star rating for a month, replacing an earlier publication (ADMIN).',
  })
  windowRatingsPublish(@Arg('input', () => WindowRatingsPublishInput) input: WindowRatingsPublishInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, WindowRatingsPublishPayload, async (em) => {
      await new WindowRatingService(context.platform).publish(em, input.month);
      return { ratings: await new WindowRatingService(context.platform).forMonth(em, input.month) };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WindowBonusRecordPayload, { description: 'Records bonus or deduction points for a window’s month, with the reason (ADMIN).' })
  windowBonusRecord(@Arg('input', () => WindowBonusRecordInput) input: WindowBonusRecordInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, WindowBonusRecordPayload, async (em) => ({
      bonus: await new WindowRatingService(context.platform).recordBonus(context, em, input),
    }));
  }

  @FieldResolver(() => ServiceWindow, { description: 'The rated window.' })
  window(@Root() rating: WindowRating) {
    return rating.window.load({ dataloader: true });
  }
}
