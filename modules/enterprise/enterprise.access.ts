import type { Principal } from '../platform/auth/principal';
import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import type { Enterprise } from './enterprise.entity';

/** Roles that read every enterprise; an ENTERPRISE reads only itself, anonymous callers none. */
export const ENTERPRISE_READERS = [Role.ADMIN, Role.DESK, Role.OFFICER, Role.PARTNER, Role.ANALYST, Role.ENTERPRISE];
/** Roles that read any enterprise (an ENTERPRISE reads only itself). */
export const EVERY_ENTERPRISE_READERS = ENTERPRISE_READERS.filter((role) => role !== Role.ENTERPRISE);
export const ENTERPRISE_WRITERS = [Role.ADMIN, Role.OFFICER];

/** Roles that handle registrations and see personal data in full; others see it masked. */
const PERSONAL_DATA_ROLES = new Set([Role.ADMIN, Role.OFFICER]);

export function isOwnEnterprise(principal: Principal, enterprise: Pick<Enterprise, 'uscc'>): boolean {
  return principal.role === Role.ENTERPRISE && principal.enterpriseUscc === enterprise.uscc;
}

export function assertEnterpriseReadable({ principal }: GraphQLContext, enterprise: Enterprise): void {
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (principal.role === Role.ENTERPRISE && !isOwnEnterprise(principal, enterprise)) {
    throw new ForbiddenError('An enterprise may read only its own record.');
  }
  if (!ENTERPRISE_READERS.includes(principal.role)) throw new ForbiddenError();
}

export function maySeePersonalData(principal: Principal, enterprise: Enterprise): boolean {
  return PERSONAL_DATA_ROLES.has(principal.role) || isOwnEnterprise(principal, enterprise);
}

/** Keeps the first character of a name and hides the rest: 张三丰 → 张**. */
export function maskPersonName(name: string): string {
  const characters = [...name];
  if (characters.length <= 1) return '*';
  return characters[0] + '*'.repeat(characters.length - 1);
}

/** An enterprise's own business (its authorizations): it and administrators see it. */
export function assertOwnOrAdmin(context: GraphQLContext, enterprise: Enterprise): void {
  if (context.principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (context.principal.role !== Role.ADMIN && !isOwnEnterprise(context.principal, enterprise)) {
    throw new ForbiddenError('Only the enterprise itself and administrators see this.');
  }
}
