import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { uniqueAsUserError, userError, UserErrorCode, UserErrorsException } from '../platform/errors/user-error';
import { uuidFromGlobalId } from '../platform/relay/global-id';
import { Enterprise } from '../enterprise/enterprise.entity';
import { isDeskOf } from './chain.access';
import { chainDefinition } from './bundle.service';
import { ChainMembership } from './chain-membership.entity';
import { chainMembershipChanged, type ChainMembershipChanged } from './chain.events';

export interface MembershipRequest {
  enterpriseId: string;
  chain: string;
  node: string;
}

export class MembershipService {
  constructor(private readonly context: GraphQLContext) {}

  /** The chain's desk, an ADMIN, or the enterprise itself places an enterprise at a node. */
  private async resolve(em: EntityManager, request: MembershipRequest): Promise<Enterprise> {
    const { principal } = this.context;
    if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
    const chain = chainDefinition(this.context, request.chain);
    const id = uuidFromGlobalId(request.enterpriseId, 'Enterprise');
    const enterprise = id ? await em.findOne(Enterprise, { id }) : null;
    if (!enterprise) throw new UserErrorsException([userError(['input', 'enterpriseId'], UserErrorCode.NOT_FOUND, 'No enterprise has this id.')]);
    const isSelf = principal.role === Role.ENTERPRISE && principal.enterpriseUscc === enterprise.uscc;
    if (!isSelf && !isDeskOf(principal, request.chain))
      throw new ForbiddenError('The chain’s desk or the enterprise itself manages its chain nodes.');
    if (!chain.nodes.some((node) => node.code === request.node)) {
      throw new UserErrorsException([
        userError(
          ['input', 'node'],
          UserErrorCode.NOT_FOUND,
          `The ${chain.code} chain has no node ${request.node}; it has ${chain.nodes.map((node) => node.code).join(', ')}.`,
        ),
      ]);
    }
    return enterprise;
  }

  async join(em: EntityManager, request: MembershipRequest): Promise<ChainMembership> {
    const enterprise = await this.resolve(em, request);
    const existing = await em.findOne(ChainMembership, { enterprise, chain: request.chain, node: request.node });
    if (existing) throw new UserErrorsException([userError(['input', 'node'], UserErrorCode.TAKEN, `The enterprise is already at ${request.node}.`)]);
    const membership = em.create(ChainMembership, {
      enterprise,
      chain: request.chain,
      node: request.node,
      joinedAt: this.context.platform.clock.now(),
      joinedBy: this.context.principal.subject,
    });
    await uniqueAsUserError(() => em.flush(), ['input', 'node'], UserErrorCode.TAKEN, `The enterprise is already at ${request.node}.`);
    await this.announce(em, { enterpriseId: enterprise.id, chain: request.chain, node: request.node, change: 'JOINED' });
    return membership;
  }

  async leave(em: EntityManager, request: MembershipRequest): Promise<Enterprise> {
    const enterprise = await this.resolve(em, request);
    const removed = await em.nativeDelete(ChainMembership, { enterprise, chain: request.chain, node: request.node });
    if (removed === 0)
      throw new UserErrorsException([userError(['input', 'node'], UserErrorCode.NOT_FOUND, `The enterprise is not at ${request.node}.`)]);
    await this.announce(em, { enterpriseId: enterprise.id, chain: request.chain, node: request.node, change: 'LEFT' });
    return enterprise;
  }

  /** What follows membership (credit+ scores) follows it in this transaction. */
  private announce(em: EntityManager, change: ChainMembershipChanged): Promise<unknown> {
    return this.context.platform.events.publish(chainMembershipChanged, change, { em, platform: this.context.platform });
  }
}
