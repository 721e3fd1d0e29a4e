import { Arg, Args, Authorized, Ctx, Extensions, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { publicFor } from '../platform/server/cache-hints';
import { sqlRead } from '../platform/reads/sql-read';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { runMutation } from '../platform/errors/mutation';
import { ConnectionArgs, connectionComplexity } from '../platform/relay/connection';
import { paginate } from '../platform/relay/paginate';
import { byForeignKey, requestLoader } from '../platform/relay/request-loader';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Enterprise } from '../enterprise/enterprise.entity';
import { EnterpriseConnection } from '../enterprise/enterprise.types';
import { ENTERPRISE_READERS } from '../enterprise/enterprise.access';
import { Matter } from '../one-matter/matter.entity';
import { ServiceItem } from '../one-matter/service-item.entity';
import { ServiceCase } from '../one-matter/case.entity';
import { CaseService } from '../one-matter/case.service';
import { CaseState } from '../one-matter/case-states';
import { ChainCode } from './chain-code';
import { Chain } from './chain.types';
import { chainsOf } from './chain-definition';
import { BundleDiff, BundleDraft, BundleNode } from './bundle.types';
import { BundleService, bundleNodes, chainDefinition } from './bundle.service';
import { BundleVersion } from './chain-bundle.entity';
import { ChainMembership } from './chain-membership.entity';
import { MembershipService } from './membership.service';
import { BundleApplication } from './bundle-application.entity';
import { ApplicationService } from './application.service';
import {
  BundleApplyInput,
  BundleApplyPayload,
  BundleDraftSaveInput,
  BundleDraftSavePayload,
  BundlePublishInput,
  BundlePublishPayload,
  ChainMembershipInput,
  ChainMembershipPayload,
} from './one-category.inputs';

@Resolver(() => Chain)
export class ChainResolver {
  @Extensions(publicFor(300))
  @Query(() => [Chain], { description: 'The enabled industry chains.' })
  chains(@Ctx() context: GraphQLContext): Chain[] {
    return chainsOf(context.platform.modules).map((definition) => new Chain(definition));
  }

  @Extensions(sqlRead({ kind: 'value-object', value: (args, context) => ({ code: chainDefinition(context, args.code as string).code }) }))
  @Extensions(publicFor(300))
  @Query(() => Chain, { description: 'One industry chain.' })
  chain(@Arg('code', () => ChainCode, { description: 'The chain.' }) code: string, @Ctx() context: GraphQLContext): Chain {
    return new Chain(chainDefinition(context, code));
  }

  @FieldResolver(() => BundleVersion, {
    nullable: true,
    description: 'The newest published version of the chain’s bundle; null before the first publication.',
  })
  published(@Root() chain: Chain, @Ctx() { em }: GraphQLContext) {
    return em.findOne(BundleVersion, { chain: chain.definition.code }, { orderBy: { number: 'DESC' } });
  }

  @FieldResolver(() => [BundleVersion], { description: 'Every published version, newest first.' })
  versions(@Root() chain: Chain, @Ctx() context: GraphQLContext) {
    return new BundleService(context).versions(context.em as EntityManager, chain.definition.code);
  }

  @Authorized(...ENTERPRISE_READERS)
  @Extensions(
    sqlRead({
      kind: 'connection',
      entity: Enterprise,
      where: ({ context, args, parent }) => chainMembersWhere(context, parent!.code as string, (args.node as string | undefined) ?? null),
      order: () => ({ sortField: 'name', direction: 'ASC' }),
    }),
  )
  @FieldResolver(() => EnterpriseConnection, {
    description: 'Enterprises at the chain’s nodes (or at one node), by name; an ENTERPRISE sees only itself.',
    complexity: connectionComplexity(20),
  })
  async enterprises(
    @Root() chain: Chain,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('node', () => String, { nullable: true, description: 'Only enterprises at this node.' }) node: string | null,
    @Ctx() context: GraphQLContext,
  ) {
    const where = chainMembersWhere(context, chain.definition.code, node);
    return new EnterpriseConnection(await paginate(context, { entity: Enterprise, where, sortField: 'name', direction: 'ASC', args }));
  }
}

/** Enterprises at a chain's nodes (or one node) as the caller may see them: an ENTERPRISE only itself. */
function chainMembersWhere(context: GraphQLContext, chain: string, node: string | null): Record<string, unknown> {
  const members = context.em
    .createQueryBuilder(ChainMembership, 'membership')
    .select('membership.enterprise')
    .where({ chain, ...(node ? { node } : {}) })
    .getKnexQuery();
  const where: Record<string, unknown> = { id: { $in: members } };
  if (context.principal.role === Role.ENTERPRISE) where.uscc = context.principal.enterpriseUscc;
  return where;
}

@Resolver(() => BundleVersion)
export class PublishedBundleResolver {
  @FieldResolver(() => String, { description: 'Name of the bundle.' })
  name(@Root() version: BundleVersion): string {
    return version.content.name;
  }

  @FieldResolver(() => String, { description: 'What the bundle offers.' })
  description(@Root() version: BundleVersion): string {
    return version.content.description;
  }

  @FieldResolver(() => [BundleNode], { description: 'The nodes with what is stacked on them.' })
  nodes(@Root() version: BundleVersion, @Ctx() context: GraphQLContext): BundleNode[] {
    return bundleNodes(version.content, chainDefinition(context, version.chain), version.nodeMatters);
  }
}

function matterByCode(context: GraphQLContext) {
  return requestLoader<Matter>(context, 'matterByCode', async (codes) =>
    byForeignKey(await context.em.find(Matter, { code: { $in: [...codes] } }), codes, (matter) => matter.code),
  );
}

@Resolver(() => BundleNode)
export class BundleNodeResolver {
  @FieldResolver(() => [Matter], { description: 'The lifecycle matters stacked on the node.' })
  async matters(@Root() node: BundleNode, @Ctx() context: GraphQLContext): Promise<Matter[]> {
    return (await matterByCode(context).loadMany(node.content.matters)).filter((matter): matter is Matter => matter instanceof Matter);
  }

  @FieldResolver(() => [ServiceItem], { description: 'The standalone service items stacked on the node.' })
  async items(@Root() node: BundleNode, @Ctx() context: GraphQLContext): Promise<ServiceItem[]> {
    const loader = requestLoader<ServiceItem>(context, 'itemByCode', async (codes) =>
      byForeignKey(await context.em.find(ServiceItem, { code: { $in: [...codes] } }), codes, (item) => item.code),
    );
    return (await loader.loadMany(node.content.items)).filter((item): item is ServiceItem => item instanceof ServiceItem);
  }

  @FieldResolver(() => Matter, {
    nullable: true,
    description: 'In a published version, the matter that bundles the node’s standalone items for applications.',
  })
  itemsMatter(@Root() node: BundleNode, @Ctx() context: GraphQLContext) {
    return node.generatedMatter ? matterByCode(context).load(node.generatedMatter) : null;
  }
}

@Resolver()
export class BundleDeskResolver {
  @Authorized(Role.ADMIN, Role.DESK)
  @Query(() => BundleDraft, { description: 'The working draft of a chain bundle with its problems (the chain’s DESK, ADMIN).' })
  bundleDraft(@Arg('chain', () => ChainCode, { description: 'The chain.' }) chain: string, @Ctx() context: GraphQLContext) {
    return new BundleService(context).draft(context.em as EntityManager, chain);
  }

  @Query(() => BundleDiff, { description: 'What changed between two published versions of a chain bundle.' })
  async bundleDiff(
    @Arg('chain', () => ChainCode, { description: 'The chain.' }) chain: string,
    @Arg('from', () => Int, { description: 'The older version.' }) from: number,
    @Arg('to', () => Int, { description: 'The newer version.' }) to: number,
    @Ctx() context: GraphQLContext,
  ): Promise<BundleDiff> {
    return Object.assign(new BundleDiff(), await new BundleService(context).diff(context.em as EntityManager, chain, from, to));
  }

  @Authorized(Role.ADMIN, Role.DESK)
  @Mutation(() => BundleDraftSavePayload, { description: 'Saves a chain bundle’s draft after validating it (the chain’s DESK, ADMIN).' })
  bundleDraftSave(@Arg('input', () => BundleDraftSaveInput) input: BundleDraftSaveInput, @Ctx() context: GraphQLContext) {
    const content = { name: input.name, description: input.description, nodes: input.nodes.map((node) => ({ ...node })) };
    return runMutation(context, BundleDraftSavePayload, async (em) => ({
      draft: await new BundleService(context).saveDraft(em, input.chain, content, input.expectedRevision),
    }));
  }

  @Authorized(Role.ADMIN, Role.DESK)
  @Mutation(() => BundlePublishPayload, { description: 'Publishes the draft as the next immutable version (the chain’s DESK, ADMIN).' })
  bundlePublish(@Arg('input', () => BundlePublishInput) input: BundlePublishInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, BundlePublishPayload, async (em) => ({ version: await new BundleService(context).publish(em, input.chain) }));
  }
}

@Resolver(() => BundleApplication)
export class BundleApplicationResolver {
  @Authorized(Role.ADMIN, Role.ANALYST, Role.PARTNER, Role.DESK, Role.OFFICER, Role.ENTERPRISE)
  @Query(() => BundleApplication, { nullable: true, description: 'One application for a chain bundle, to follow its cases.' })
  async bundleApplication(@Arg('id', () => ID, { description: 'Global id of the application.' }) id: string, @Ctx() context: GraphQLContext) {
    const key = uuidFromGlobalId(id, 'BundleApplication');
    const application = key ? await context.em.findOne(BundleApplication, { id: key }) : null;
    if (application) await assertApplicationReadable(context, application);
    return application;
  }

  @Authorized(Role.ENTERPRISE, Role.OFFICER)
  @Mutation(() => BundleApplyPayload, {
    description: 'Applies for the latest published bundle at a chain node: one case per stacked matter, linked as one application.',
  })
  async bundleApply(@Arg('input', () => BundleApplyInput) input: BundleApplyInput, @Ctx() context: GraphQLContext): Promise<BundleApplyPayload> {
    const service = new ApplicationService(context);
    try {
      return await runMutation(context, BundleApplyPayload, async (em) => ({ application: await service.apply(em, input) }));
    } catch (error) {
      // A retry raced the first application and lost on a unique key: answer with what the winner created, as a
      // later retry would be answered, and refuse a different application under the same key.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const existing = await service.findByIdempotencyKey(context.em.fork() as EntityManager, input.idempotencyKey);
      if (!existing) throw error;
      const userErrors = service.conflictWith(existing, input);
      return Object.assign(new BundleApplyPayload(), userErrors.length > 0 ? { userErrors } : { application: existing });
    }
  }

  @FieldResolver(() => Enterprise, { description: 'The applying enterprise.' })
  enterprise(@Root() application: BundleApplication) {
    return application.enterprise.load({ dataloader: true });
  }

  @FieldResolver(() => BundleVersion, { description: 'The published version applied for.' })
  version(@Root() application: BundleApplication) {
    return application.version.load({ dataloader: true });
  }

  @FieldResolver(() => [ServiceCase], { description: 'The cases of the application, one per stacked matter, as far as the caller may read them.' })
  async cases(@Root() application: BundleApplication, @Ctx() context: GraphQLContext): Promise<ServiceCase[]> {
    return readableCases(context, application);
  }

  @FieldResolver(() => CaseState, {
    description: 'COMPLETED when every case is, REJECTED or WITHDRAWN when one is, otherwise IN_PROGRESS or SUBMITTED.',
  })
  async state(@Root() application: BundleApplication): Promise<CaseState> {
    // The state of the whole application, which anyone who may read it may know.
    const states = (await application.cases.load({ dataloader: true })).getItems().map((serviceCase) => serviceCase.state);
    if (states.every((state) => state === CaseState.COMPLETED)) return CaseState.COMPLETED;
    for (const ended of [CaseState.REJECTED, CaseState.WITHDRAWN]) if (states.includes(ended)) return ended;
    return states.every((state) => state === CaseState.SUBMITTED) ? CaseState.SUBMITTED : CaseState.IN_PROGRESS;
  }
}

/** The cases of an application the caller may read: an OFFICER those with a task of its department. */
async function readableCases(context: GraphQLContext, application: BundleApplication): Promise<ServiceCase[]> {
  const cases = (await application.cases.load({ dataloader: true })).getItems();
  const service = new CaseService(context);
  const readable = await Promise.all(cases.map((serviceCase) => service.isReadable(serviceCase)));
  return cases.filter((_serviceCase, index) => readable[index]).sort((a, b) => a.number.localeCompare(b.number));
}

/** An application is readable by whoever may read one of its cases. */
export async function assertApplicationReadable(context: GraphQLContext, application: BundleApplication): Promise<void> {
  const cases = (await application.cases.load({ dataloader: true })).getItems();
  if ((await readableCases(context, application)).length > 0) return;
  await new CaseService(context).assertReadable(cases[0]);
}

@Resolver(() => Enterprise)
export class EnterpriseChainResolver {
  @Extensions(
    sqlRead({
      kind: 'related',
      entity: ChainMembership,
      parentProperty: 'enterprise',
      single: false,
      orderBy: [
        ['chain', 'ASC'],
        ['node', 'ASC'],
      ],
      condition: ({ column, bind, context }) => `${column('chain')} = any(${bind(chainsOf(context.platform.modules).map((chain) => chain.code))})`,
    }),
  )
  @FieldResolver(() => [ChainMembership], { description: 'The chain nodes the enterprise has joined (enabled chains only).' })
  async chainMemberships(@Root() enterprise: Enterprise, @Ctx() context: GraphQLContext): Promise<ChainMembership[]> {
    const enabled = chainsOf(context.platform.modules).map((chain) => chain.code);
    const loader = requestLoader<ChainMembership[]>(context, 'membershipsOfEnterprise', async (ids) => {
      const rows = await context.em.find(
        ChainMembership,
        { enterprise: { $in: [...ids] }, chain: { $in: enabled } },
        { orderBy: { chain: 'ASC', node: 'ASC' } },
      );
      return ids.map((id) => rows.filter((row) => row.enterprise.id === id));
    });
    return (await loader.load(enterprise.id)) ?? [];
  }

  @Authorized(Role.ADMIN, Role.DESK, Role.ENTERPRISE)
  @Mutation(() => ChainMembershipPayload, {
    description: 'Places an enterprise at a chain node (the chain’s DESK, ADMIN, or the enterprise itself).',
  })
  chainMembershipJoin(@Arg('input', () => ChainMembershipInput) input: ChainMembershipInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, ChainMembershipPayload, async (em) => {
      const membership = await new MembershipService(context).join(em, input);
      return { enterprise: await membership.enterprise.load() };
    });
  }

  @Authorized(Role.ADMIN, Role.DESK, Role.ENTERPRISE)
  @Mutation(() => ChainMembershipPayload, { description: 'Removes an enterprise from a chain node.' })
  chainMembershipLeave(@Arg('input', () => ChainMembershipInput) input: ChainMembershipInput, @Ctx() context: GraphQLContext) {
    return runMutation(context, ChainMembershipPayload, async (em) => ({ enterprise: await new MembershipService(context).leave(em, input) }));
  }
}
