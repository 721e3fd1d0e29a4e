import { Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { Appeal } from './appeal.entity';
import { APPEALS_TOPIC, AppealNotification, type AppealNotice } from './appeal-notifications';

@Resolver()
export class AppealNotificationsResolver {
  @Authorized(Role.OFFICER, Role.ADMIN)
  @Subscription(() => AppealNotification, {
    description:
      'Live notices for the caller’s department (over WebSocket, graphql-ws, on /graphql): new assignments, deadlines approaching, reopenings and escalations; the dispatcher also hears of returns and extension requests. ADMINs hear everything.',
    subscribe: ({ context }) => {
      const { principal, platform } = context as GraphQLContext;
      return platform.live.subscribe<AppealNotice>(
        APPEALS_TOPIC,
        (notice) => principal.role === Role.ADMIN || notice.departmentCodes.includes(principal.department ?? ''),
      );
    },
  })
  async appealNotifications(@Root() notice: AppealNotice, @Ctx() context: GraphQLContext): Promise<AppealNotification> {
    // Each notice reads the appeal afresh: the socket's context lives as long as the subscription.
    const appeal = await context.platform.orm.em.fork().findOneOrFail(Appeal, { id: notice.appealId });
    return Object.assign(new AppealNotification(), { kind: notice.kind, appeal, departmentCodes: notice.departmentCodes, at: new Date(notice.at) });
  }
}
