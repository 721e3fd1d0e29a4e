import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../platform/context';
import { userError, UserErrorCode, UserErrorsException, type UserError } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Role } from '../platform/auth/principal';
import { ForbiddenError } from '../platform/errors/top-level-errors';
import { Enterprise } from '../enterprise/enterprise.entity';
import { CaseService } from '../one-matter/case.service';
import type { Channel } from '../one-matter/case-states';
import { BundleApplication } from './bundle-application.entity';
import { BundleVersion } from './chain-bundle.entity';
import { ChainMembership } from './chain-membership.entity';

export interface BundleApplyRequest {
  chain: string;
  node: string;
  enterpriseId: string;
  channel: Channel;
  windowCode?: string | null;
  idempotencyKey: string;
}

export class ApplicationService {
  constructor(private readonly context: GraphQLContext) {}

  findByIdempotencyKey(em: EntityManager, key: string): Promise<BundleApplication | null> {
    return em.findOne(BundleApplication, { submittedBy: this.context.principal.subject, idempotencyKey: key.trim() });
  }

  /** What a key already used answers: nothing for a retry of the same application, CONFLICT for a different one. */
  conflictWith(previous: BundleApplication, request: BundleApplyRequest): UserError[] {
    const same =
      previous.chain === request.chain &&
      previous.node === request.node &&
      previous.enterprise.id === uuidFromGlobalId(request.enterpriseId, 'Enterprise');
    return same ? [] : [userError(['input', 'idempotencyKey'], UserErrorCode.CONFLICT, 'This key was already used for a different application.')];
  }

  /**
   * Applies for the latest published bundle at a node: one case per stacked matter (and one for the node's own
   * items), each through the one-matter machinery, linked as one application.
   */
  async apply(em: EntityManager, request: BundleApplyRequest): Promise<BundleApplication> {
    const key = request.idempotencyKey.trim();
    const previous = key ? await this.findByIdempotencyKey(em, key) : null;
    if (previous) {
      const conflict = this.conflictWith(previous, request);
      if (conflict.length > 0) throw new UserErrorsException(conflict);
      return previous;
    }
    const version = await em.findOne(BundleVersion, { chain: request.chain }, { orderBy: { number: 'DESC' } });
    if (!version)
      throw new UserErrorsException([
        userError(['input', 'chain'], UserErrorCode.INVALID_STATE, `The ${request.chain} bundle has not been published yet.`),
      ]);
    const node = version.content.nodes.find((candidate) => candidate.code === request.node);
    if (!node)
      throw new UserErrorsException([
        userError(['input', 'node'], UserErrorCode.NOT_FOUND, `Version ${version.number} of the bundle has no node ${request.node}.`),
      ]);
    const enterpriseId = uuidFromGlobalId(request.enterpriseId, 'Enterprise');
    const enterprise = enterpriseId ? await em.findOne(Enterprise, { id: enterpriseId }) : null;
    if (!enterprise) throw new UserErrorsException([userError(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.')]);
    const { principal } = this.context;
    if (principal.role === Role.ENTERPRISE && principal.enterpriseUscc !== enterprise.uscc)
      throw new ForbiddenError('An enterprise may apply only for itself.');
    if (!(await em.count(ChainMembership, { enterprise, chain: request.chain, node: request.node }))) {
      throw new UserErrorsException([
        userError(['input', 'node'], UserErrorCode.INVALID_STATE, `The enterprise has not joined ${request.node}; join the node first.`),
      ]);
    }
    // Each matter once: versions published before drafts were checked for repeats may stack a matter many times.
    const matterCodes = [...new Set([...node.matters, ...(version.nodeMatters[node.code] ? [version.nodeMatters[node.code]] : [])])];
    const cases = [];
    for (const matterCode of matterCodes) {
      // Each case is checked (caller, channel, window) and scheduled exactly as a single case would be.
      cases.push(
        await new CaseService(this.context).submit(em, {
          matterCode,
          enterpriseId: request.enterpriseId,
          channel: request.channel,
          windowCode: request.windowCode,
          idempotencyKey: key ? `${key}/${matterCode}` : '',
        }),
      );
    }
    const application = em.create(BundleApplication, {
      enterprise,
      version,
      chain: request.chain,
      node: request.node,
      submittedAt: this.context.platform.clock.now(),
      submittedBy: this.context.principal.subject,
      idempotencyKey: key,
    });
    application.cases.set(cases);
    await em.flush();
    return application;
  }
}
