import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { LockMode } from '@mikro-orm/core';
import { uniqueAsUserError, userError, UserErrorCode, UserErrorsException } from '../platform/errors/user-error';
import { BadUserInputError } from '../platform/errors/top-level-errors';
import { Matter } from '../one-matter/matter.entity';
import { MatterItem } from '../one-matter/matter-item.entity';
import { ServiceItem } from '../one-matter/service-item.entity';
import { LifecycleStage } from '../enterprise/lifecycle-stage';
import { bundleProblems, bundleSizeProblems, diffBundles, type BundleContent, type BundleDiff, type BundleProblem } from './bundle-content';
import { publishedPolicyCodes } from './bundle-policy-references';
import { assertDeskOf } from './chain.access';
import { chainsOf, type ChainDefinition } from './chain-definition';
import { BundleVersion, ChainBundle } from './chain-bundle.entity';
import { BundleDraft, BundleNode } from './bundle.types';

export function chainDefinition(context: GraphQLContext, code: string): ChainDefinition {
  const chain = chainsOf(context.platform.modules).find((candidate) => candidate.code === code);
  if (!chain) throw new UserErrorsException([userError(['input', 'chain'], UserErrorCode.NOT_FOUND, `No chain ${code} is enabled.`)]);
  return chain;
}

export function bundleNodes(content: BundleContent, chain: ChainDefinition, nodeMatters: Record<string, string> = {}): BundleNode[] {
  return content.nodes.map(
    (node) =>
      new BundleNode(
        node,
        chain.nodes.find((definition) => definition.code === node.code),
        nodeMatters[node.code] ?? null,
      ),
  );
}

export class BundleService {
  constructor(private readonly context: GraphQLContext) {}

  private async catalogue(em: EntityManager, content: BundleContent) {
    const matterCodes = [...new Set(content.nodes.flatMap((node) => node.matters))];
    const itemCodes = [...new Set(content.nodes.flatMap((node) => node.items))];
    // Plain rows, not partly loaded entities that later resolvers of the same request would meet.
    const [matters, items] = await Promise.all([
      em
        .createQueryBuilder(Matter)
        .select('code')
        .where({ code: { $in: matterCodes } })
        .execute<Array<{ code: string }>>('all', false),
      em
        .createQueryBuilder(ServiceItem)
        .select('code')
        .where({ code: { $in: itemCodes } })
        .execute<Array<{ code: string }>>('all', false),
    ]);
    const policyCodes = [
      ...new Set(content.nodes.flatMap((node) => node.policies.flatMap((policy) => (policy.policyCode ? [policy.policyCode] : [])))),
    ];
    return {
      matters: new Set(matters.map((matter) => matter.code)),
      items: new Set(items.map((item) => item.code)),
      policies: await publishedPolicyCodes(this.context.platform.modules, em, policyCodes),
    };
  }

  async problems(em: EntityManager, chain: ChainDefinition, content: BundleContent): Promise<BundleProblem[]> {
    // A list beyond its bound is refused on its length alone, before its codes are looked up.
    const oversized = bundleSizeProblems(content);
    if (oversized.length > 0) return oversized;
    return bundleProblems(content, chain, await this.catalogue(em, content));
  }

  async draft(em: EntityManager, chainCode: string): Promise<BundleDraft> {
    assertDeskOf(this.context.principal, chainCode);
    const chain = chainDefinition(this.context, chainCode);
    const bundle = await em.findOne(ChainBundle, { chain: chainCode });
    const content: BundleContent = bundle?.draft ?? { name: `${chain.name}产业“一类事”`, description: chain.description, nodes: [] };
    return this.toDraft(chain, content, bundle, await this.problems(em, chain, content));
  }

  private toDraft(chain: ChainDefinition, content: BundleContent, bundle: ChainBundle | null, problems: BundleProblem[]): BundleDraft {
    return Object.assign(new BundleDraft(), {
      chain: chain.code,
      name: content.name,
      description: content.description,
      nodes: bundleNodes(content, chain),
      revision: bundle?.revision ?? 0,
      latestVersion: bundle?.latestVersion ?? 0,
      problems: problems.map((problem) => userError(problem.field, problem.code, problem.message)),
    });
  }

  /** Saves a draft the desk has edited; an invalid draft is refused with every problem, and nothing is written. */
  async saveDraft(em: EntityManager, chainCode: string, content: BundleContent, expectedRevision: number | null | undefined): Promise<BundleDraft> {
    assertDeskOf(this.context.principal, chainCode);
    const chain = chainDefinition(this.context, chainCode);
    const problems = await this.problems(em, chain, content);
    if (problems.length > 0) throw new UserErrorsException(problems.map((problem) => userError(problem.field, problem.code, problem.message)));
    let bundle = await em.findOne(ChainBundle, { chain: chainCode }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (expectedRevision != null && expectedRevision !== (bundle?.revision ?? 0)) {
      throw new UserErrorsException([
        userError(
          ['input', 'expectedRevision'],
          UserErrorCode.STALE_VERSION,
          `The draft is at revision ${bundle?.revision ?? 0}, not ${expectedRevision}; reload it.`,
        ),
      ]);
    }
    if (!bundle) bundle = em.create(ChainBundle, { chain: chainCode, draft: content, draftedBy: this.context.principal.subject });
    else Object.assign(bundle, { draft: content, draftedBy: this.context.principal.subject });
    // Two first saves of a chain race on its unique row: the loser is told to reload, as for a stale revision.
    await uniqueAsUserError(
      () => em.flush(),
      ['input', 'expectedRevision'],
      UserErrorCode.STALE_VERSION,
      'Someone else saved the draft meanwhile; reload it.',
    );
    return this.toDraft(chain, content, bundle, []);
  }

  /** Publishes the draft as the next immutable version; a node's standalone items become a generated matter. */
  async publish(em: EntityManager, chainCode: string): Promise<BundleVersion> {
    assertDeskOf(this.context.principal, chainCode);
    const chain = chainDefinition(this.context, chainCode);
    // Locked, so that two publications cannot both take the next number.
    const bundle = await em.findOne(ChainBundle, { chain: chainCode }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!bundle) throw new UserErrorsException([userError(['input', 'chain'], UserErrorCode.EMPTY, 'There is no draft to publish yet.')]);
    const problems = await this.problems(em, chain, bundle.draft);
    if (problems.length > 0) throw new UserErrorsException(problems.map((problem) => userError(problem.field, problem.code, problem.message)));
    const number = bundle.latestVersion + 1;
    const nodeMatters: Record<string, string> = {};
    for (const node of bundle.draft.nodes.filter((candidate) => candidate.items.length > 0)) {
      nodeMatters[node.code] = await this.generateNodeMatter(em, chain, node.code, node.items, number);
    }
    const version = em.create(BundleVersion, {
      bundle,
      chain: chainCode,
      number,
      content: bundle.draft,
      nodeMatters,
      publishedAt: this.context.platform.clock.now(),
      publishedBy: this.context.principal.subject,
    });
    bundle.latestVersion = number;
    await em.flush();
    return version;
  }

  /** The standalone items of a node, bundled as a matter of their own so that the case machinery handles them. */
  private async generateNodeMatter(
    em: EntityManager,
    chain: ChainDefinition,
    nodeCode: string,
    itemCodes: string[],
    number: number,
  ): Promise<string> {
    const code = `${chain.code}_${nodeCode}_V${number}`;
    const nodeName = chain.nodes.find((node) => node.code === nodeCode)?.name ?? nodeCode;
    const items = await em.find(ServiceItem, { code: { $in: itemCodes } });
    const matter = em.create(Matter, {
      code,
      name: `${chain.name}·${nodeName}专项事项（第${number}版）`,
      description: `The chain-specific items of the ${chain.code} bundle at ${nodeCode}, version ${number}.`,
      stage: LifecycleStage.OPERATING,
    });
    itemCodes.forEach((itemCode, position) => em.create(MatterItem, { matter, item: items.find((item) => item.code === itemCode)!, position }));
    return code;
  }

  async versions(em: EntityManager, chainCode: string): Promise<BundleVersion[]> {
    return em.find(BundleVersion, { chain: chainCode }, { orderBy: { number: 'DESC' } });
  }

  async diff(em: EntityManager, chainCode: string, from: number, to: number): Promise<BundleDiff & { from: number; to: number }> {
    const versions = await em.find(BundleVersion, { chain: chainCode, number: { $in: [from, to] } });
    const older = versions.find((version) => version.number === from);
    const newer = versions.find((version) => version.number === to);
    if (!older || !newer) throw new BadUserInputError(`The ${chainCode} bundle has no version ${older ? to : from}.`, [older ? 'to' : 'from']);
    return { from, to, ...diffBundles(older.content, newer.content) };
  }
}
