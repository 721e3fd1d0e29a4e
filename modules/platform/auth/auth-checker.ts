import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors/top-level-errors';
import { Principal, Role } from './principal';

/**
 * A rule for `@Authorized`: a role, or a role with a scope test on the field's root and arguments
 * (e.g. an ENTERPRISE only for its own enterprise). Any matching rule grants access.
 */
export type AccessRule = Role | { role: Role; scope: (principal: Principal, data: ResolverData<GraphQLContext>) => boolean };

export class AuthChecker implements AuthCheckerInterface<GraphQLContext, AccessRule> {
  check(data: ResolverData<GraphQLContext>, rules: AccessRule[]): boolean {
    const { principal } = data.context;
    if (rules.length === 0) {
      if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
      return true;
    }
    const granted = rules.some((rule) =>
      typeof rule === 'string' ? rule === principal.role : rule.role === principal.role && rule.scope(principal, data),
    );
    if (granted) return true;
    if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
    throw new ForbiddenError(`Access denied: the ${principal.role} role may not use ${data.info.parentType.name}.${data.info.fieldName}.`);
  }
}
