import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { runMutation } from '../platform/errors/mutation';
import { Appeal } from './appeal.entity';
import { APPEAL_SUBMITTERS } from './appeal.access';
import { addAppealChannel } from './appeal-channel.service';
import { AppealHandlingService } from './appeal-handling.service';
import { AppealIntakeService } from './appeal-intake.service';
import { AppealRoutingService } from './appeal-routing.service';
import {
  AppealAssignInput,
  AppealChannelAddInput,
  AppealChannelAddPayload,
  AppealExtensionDecideInput,
  AppealExtensionPayload,
  AppealExtensionRequestInput,
  AppealFollowUpInput,
  AppealMergeInput,
  AppealPayload,
  AppealStepInput,
  AppealSubmitInput,
  AppealSubmitPayload,
  AppealTextStepInput,
  TypicalCasePublishInput,
  TypicalCasePublishPayload,
} from './appeal.inputs';
import { TypicalCaseService } from './typical-case.service';

/** Dispatcher steps: an officer of the dispatching department (APPEAL_DISPATCHER_DEPARTMENT), or an ADMIN. */
const DISPATCHER_ROLES = [Role.ADMIN, Role.OFFICER];

const step = (context: GraphQLContext, work: (em: Parameters<Parameters<typeof runMutation>[2]>[0]) => Promise<Appeal>) =>
  runMutation(context, AppealPayload, async (em) => ({ appeal: await work(em) }));

@Resolver()
export class AppealStepsResolver {
  @Authorized(...APPEAL_SUBMITTERS)
  @Mutation(() => AppealSubmitPayload, {
    description:
      'Puts a problem into the pool: an enterprise for itself (ONLINE_PLATFORM), an officer from a visit, call or letter (naming the channel), a channel system with its key and its own reference.',
  })
  appealSubmit(@Arg('input', () => AppealSubmitInput) input: AppealSubmitInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, AppealSubmitPayload, (em) => new AppealIntakeService(context).submit(em, input));
  }

  @Authorized(...DISPATCHER_ROLES)
  @Mutation(() => AppealPayload, {
    description: 'The dispatcher classifies a received appeal and assigns it to a lead department and any co-handlers; the clock starts.',
  })
  appealAssign(@Arg('input', () => AppealAssignInput) input: AppealAssignInput, @Ctx() context: GraphQLContext) {
    return step(context, (em) => new AppealRoutingService(context).assign(em, input));
  }

  @Authorized(Role.OFFICER)
  @Mutation(() => AppealPayload, {
    description:
      'The lead department returns a wrong assignment to the pool, with its reason (text), within APPEAL_RETURN_WORKING_DAYS working days (退回).',
  })
  appealReturn(@Arg('input', () => AppealTextStepInput) input: AppealTextStepInput, @Ctx() context: GraphQLContext) {
    return step(context, (em) => new AppealRoutingService(context).return(em, input));
  }

  @Authorized(Role.OFFICER)
  @Mutation(() => AppealPayload, { description: 'The lead department takes an assigned appeal up (签收).' })
  appealAccept(@Arg('input', () => AppealStepInput) input: AppealStepInput, @Ctx() context: GraphQLContext) {
    return step(context, (em) => new AppealHandlingService(context).accept(em, input));
  }

  @Authorized(Role.OFFICER)
  @Mutation(() => AppealExtensionPayload, { description: 'The lead department asks for more working days, before the deadline (申请延期).' })
  appealExtensionRequest(@Arg('input', () => AppealExtensionRequestInput) input: AppealExtensionRequestInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, AppealExtensionPayload, (em) => new AppealHandlingService(context).requestExtension(em, input));
  }

  @Authorized(...DISPATCHER_ROLES)
  @Mutation(() => AppealExtensionPayload, { description: 'The dispatcher approves an extension (the deadline moves) or refuses it with a note.' })
  appealExtensionDecide(@Arg('input', () => AppealExtensionDecideInput) input: AppealExtensionDecideInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, AppealExtensionPayload, (em) => new AppealHandlingService(context).decideExtension(em, input));
  }

  @Authorized(Role.OFFICER)
  @Mutation(() => AppealPayload, {
    description: 'A co-handling department gives its part of the answer (text); the lead department’s reply waits for every part.',
  })
  appealPartAdd(@Arg('input', () => AppealTextStepInput) input: AppealTextStepInput, @Ctx() context: GraphQLContext) {
    return step(context, (em) => new AppealHandlingService(context).addPart(em, input));
  }

  @Authorized(Role.OFFICER)
  @Mutation(() => AppealPayload, { description: 'The lead department replies with its measures (text) (答复).' })
  appealReply(@Arg('input', () => AppealTextStepInput) input: AppealTextStepInput, @Ctx() context: GraphQLContext) {
    return step(context, (em) => new AppealHandlingService(context).reply(em, input));
  }

  @Authorized(Role.ADMIN, Role.OFFICER, Role.ENTERPRISE)
  @Mutation(() => AppealPayload, {
    description:
      'Records the follow-up (回访), by the dispatcher or the enterprise itself: satisfied and solved settles the appeal; otherwise it reopens to the department with a new deadline, and a second reopening escalates it.',
  })
  appealFollowUp(@Arg('input', () => AppealFollowUpInput) input: AppealFollowUpInput, @Ctx() context: GraphQLContext) {
    return step(context, (em) => new AppealHandlingService(context).followUp(em, input));
  }

  @Authorized(...DISPATCHER_ROLES)
  @Mutation(() => AppealPayload, { description: 'The dispatcher closes a followed-up appeal and strikes it off (办结销号).' })
  appealClose(@Arg('input', () => AppealStepInput) input: AppealStepInput, @Ctx() context: GraphQLContext) {
    return step(context, (em) => new AppealHandlingService(context).close(em, input));
  }

  @Authorized(...DISPATCHER_ROLES)
  @Mutation(() => AppealPayload, { description: 'The dispatcher moves an appeal up a layer, with the reason (text) (提级).' })
  appealEscalate(@Arg('input', () => AppealTextStepInput) input: AppealTextStepInput, @Ctx() context: GraphQLContext) {
    return step(context, (em) => new AppealRoutingService(context).escalate(em, input));
  }

  @Authorized(...DISPATCHER_ROLES)
  @Mutation(() => AppealPayload, { description: 'The dispatcher merges duplicates into this appeal, which answers them all (合并).' })
  appealMerge(@Arg('input', () => AppealMergeInput) input: AppealMergeInput, @Ctx() context: GraphQLContext) {
    return step(context, (em) => new AppealRoutingService(context).merge(em, input));
  }

  @Authorized(...DISPATCHER_ROLES)
  @Mutation(() => TypicalCasePublishPayload, {
    description: 'The dispatcher publishes a closed appeal as a typical case (典型案例), without personal data.',
  })
  typicalCasePublish(@Arg('input', () => TypicalCasePublishInput) input: TypicalCasePublishInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, TypicalCasePublishPayload, async (em) => ({ typicalCase: await new TypicalCaseService(context).publish(em, input) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AppealChannelAddPayload, { description: 'Adds a channel to the pool, optionally bound to its system’s API key (ADMIN).' })
  appealChannelAdd(@Arg('input', () => AppealChannelAddInput) input: AppealChannelAddInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, AppealChannelAddPayload, async (em) => ({ channel: await addAppealChannel(em, input) }));
  }
}
