import { Role } from '../../platform/auth/principal';
import type { GraphQLContext } from '../../platform/context';
import { ForbiddenError } from '../../platform/errors/top-level-errors';
import type { Enterprise } from '../../enterprise/enterprise.entity';
import { isOwnEnterprise } from '../../enterprise/enterprise.access';

/** Authorizations, report accesses and loans are the enterprise's own business: it and administrators see them. */
export function assertOwnOrAdmin(context: GraphQLContext, enterprise: Enterprise): void {
  if (context.principal.role !== Role.ADMIN && !isOwnEnterprise(context.principal, enterprise))
    throw new ForbiddenError('Only the enterprise itself and administrators see this.');
}
