import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../platform/context';
import { ConnectionArgs, ConnectionType, connectionComplexity } from '../platform/relay/connection';
import { today } from '../platform/clock';
import { Enterprise } from '../enterprise/enterprise.entity';
import { Department } from '../one-matter/department.entity';
import { Rectification } from '../one-matter/rectification.entity';
import { isRectificationReadable } from '../one-matter/rectification.access';
import { Appeal, AppealCoHandling } from './appeal.entity';
import { APPEAL_READERS, maskedContact } from './appeal.access';
import { AppealCategory } from './appeal-category.entity';
import { AppealChannel } from './appeal-channel.entity';
import { AppealExtension } from './appeal-extension.entity';
import { AppealHistoryEntry } from './appeal-history.entity';
import { AppealFilter } from './appeal.inputs';
import { AppealReadService } from './appeal-read.service';
import { CLOCKED_STATES } from './appeal-states';
import { TypicalCase } from './typical-case.entity';

export const AppealConnection = ConnectionType(Appeal, 'Appeal', 'appeals');

@Resolver(() => Appeal)
export class AppealResolver {
  @Authorized(...APPEAL_READERS)
  @Query(() => AppealConnection, {
    description:
      'The pool (企呼我应), newest first: the dispatcher and ADMINs see every appeal, a department those assigned to it (lead or co-handling), an enterprise its own.',
    complexity: connectionComplexity(20),
  })
  async appeals(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AppealFilter, { nullable: true, description: 'Conditions on the appeals.' }) filter: AppealFilter | null,
    @Ctx() context: GraphQLContext,
  ) {
    return new AppealConnection(await new AppealReadService(context).list(args, filter));
  }

  @Query(() => [AppealChannel], { description: 'The channels of the pool (诉求渠道), built-in and added; public.' })
  appealChannels(@Ctx() context: GraphQLContext): Promise<AppealChannel[]> {
    return context.em.find(AppealChannel, {}, { orderBy: { builtIn: 'DESC', code: 'ASC' } });
  }

  @Query(() => [AppealCategory], { description: 'The problem catalogue the dispatcher classifies with (问题分类); public.' })
  appealCategories(@Ctx() context: GraphQLContext): Promise<AppealCategory[]> {
    return context.em.find(AppealCategory, {}, { orderBy: { code: 'ASC' } });
  }

  @FieldResolver(() => AppealChannel, { description: 'The channel it came through.' })
  channel(@Root() appeal: Appeal) {
    return appeal.channel.load({ dataloader: true });
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise concerned.' })
  enterprise(@Root() appeal: Appeal) {
    return appeal.enterprise.load({ dataloader: true });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Who to call back: personal data, in full for the enterprise, the handling departments and the dispatcher, masked (张**) for partners.',
  })
  contactName(@Root() appeal: Appeal, @Ctx() context: GraphQLContext): string | null {
    return maskedContact(context, appeal.contactName, 'name');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Their phone number: personal data, as contactName; partners see the last four digits.',
  })
  contactPhone(@Root() appeal: Appeal, @Ctx() context: GraphQLContext): string | null {
    return maskedContact(context, appeal.contactPhone, 'phone');
  }

  @FieldResolver(() => [AppealCategory], { description: 'Its problem categories, once classified.' })
  categories(@Root() appeal: Appeal, @Ctx() context: GraphQLContext) {
    return new AppealReadService(context).categories(appeal.categoryCodes);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'The lead department (牵头单位), once assigned.' })
  leadDepartment(@Root() appeal: Appeal) {
    return appeal.leadDepartment?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => [AppealCoHandling], { description: 'The co-handling departments and their parts (协办).' })
  async coHandlers(@Root() appeal: Appeal): Promise<AppealCoHandling[]> {
    return (await appeal.coHandlers.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => Boolean, { description: 'Whether its deadline passed without a reply.' })
  overdue(@Root() appeal: Appeal, @Ctx() context: GraphQLContext): boolean {
    return CLOCKED_STATES.includes(appeal.state) && appeal.dueOn !== null && appeal.dueOn < today(context.platform.clock);
  }

  @FieldResolver(() => [AppealHistoryEntry], { description: 'Its history, oldest step first (流转记录).' })
  history(@Root() appeal: Appeal, @Ctx() context: GraphQLContext) {
    return new AppealReadService(context).history(appeal);
  }

  @FieldResolver(() => [AppealExtension], { description: 'Its extension requests, oldest first.' })
  extensions(@Root() appeal: Appeal, @Ctx() context: GraphQLContext) {
    return new AppealReadService(context).extensions(appeal);
  }

  @FieldResolver(() => Appeal, { nullable: true, description: 'For a merged duplicate: the appeal that answers it.' })
  async mergedInto(@Root() appeal: Appeal, @Ctx() context: GraphQLContext): Promise<Appeal | null> {
    const survivor = await appeal.mergedInto?.load({ dataloader: true });
    return survivor && (await new AppealReadService(context).isReadable(survivor)) ? survivor : null;
  }

  @FieldResolver(() => [Appeal], { description: 'The duplicates merged into this appeal, which it answers.' })
  async duplicates(@Root() appeal: Appeal, @Ctx() context: GraphQLContext): Promise<Appeal[]> {
    const service = new AppealReadService(context);
    const duplicates = await service.duplicates(appeal);
    const readable = await Promise.all(duplicates.map((duplicate) => service.isReadable(duplicate)));
    return duplicates.filter((_duplicate, index) => readable[index]);
  }

  @FieldResolver(() => Rectification, {
    nullable: true,
    description: 'For a BAD_REVIEW appeal: the rectification that drives it; null also for callers who may not read it.',
  })
  async rectification(@Root() appeal: Appeal, @Ctx() context: GraphQLContext): Promise<Rectification | null> {
    const rectification = await appeal.rectification?.load({ dataloader: true });
    return rectification && (await isRectificationReadable(context, rectification)) ? rectification : null;
  }

  @FieldResolver(() => TypicalCase, { nullable: true, description: 'The typical case written from it, if published.' })
  typicalCase(@Root() appeal: Appeal, @Ctx() context: GraphQLContext) {
    return new AppealReadService(context).typicalCaseOf(appeal);
  }
}

@Resolver(() => AppealCoHandling)
export class AppealCoHandlingResolver {
  @FieldResolver(() => Department, { description: 'The co-handling department.' })
  department(@Root() coHandling: AppealCoHandling) {
    return coHandling.department.load({ dataloader: true });
  }
}

@Resolver(() => AppealHistoryEntry)
export class AppealHistoryEntryResolver {
  @FieldResolver(() => Department, { nullable: true, description: 'The department the step concerns, if any.' })
  department(@Root() entry: AppealHistoryEntry) {
    return entry.department?.load({ dataloader: true }) ?? null;
  }
}

@Resolver(() => AppealExtension)
export class AppealExtensionResolver {
  @FieldResolver(() => Appeal, { description: 'The appeal it extends.' })
  appeal(@Root() extension: AppealExtension) {
    return extension.appeal.load({ dataloader: true });
  }
}

export const TypicalCaseConnection = ConnectionType(TypicalCase, 'TypicalCase', 'typical cases');

@Resolver(() => TypicalCase)
export class TypicalCaseResolver {
  @Query(() => TypicalCaseConnection, { description: 'Typical cases (典型案例), newest first; public.', complexity: connectionComplexity(20) })
  async typicalCases(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() context: GraphQLContext) {
    return new TypicalCaseConnection(await new AppealReadService(context).typicalCases(args));
  }

  @FieldResolver(() => [AppealCategory], { description: 'The problem categories.' })
  categories(@Root() typicalCase: TypicalCase, @Ctx() context: GraphQLContext) {
    return new AppealReadService(context).categories(typicalCase.categoryCodes);
  }

  @FieldResolver(() => Department, { description: 'The department that solved it.' })
  leadDepartment(@Root() typicalCase: TypicalCase) {
    return typicalCase.leadDepartment.load({ dataloader: true });
  }
}
