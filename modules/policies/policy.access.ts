import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { scopeOf } from '../one-category/chain-definition';
import { isOwnEnterprise } from '../enterprise/enterprise.access';
import type { Enterprise } from '../enterprise/enterprise.entity';
import { PartnerAuthorizationService } from '../enterprise/partner-authorization.service';
import type { PolicyContent } from './policy-content';
import type { PolicyRedemption } from './policy-redemption.entity';

/** The partner authorization scope that opens an enterprise's policy matches to a partner. */
export const POLICIES_SCOPE = 'POLICIES';

/** Roles that reach the calculator; an ENTERPRISE is narrowed to itself, a PARTNER to enterprises that authorized it. */
export const POLICY_MATCH_READERS = [Role.ADMIN, Role.OFFICER, Role.DESK, Role.ANALYST, Role.ENTERPRISE, Role.PARTNER];
export const POLICY_EDITORS = [Role.ADMIN, Role.OFFICER, Role.DESK];

/**
 * Who edits and publishes a policy: ADMINs; officers of its issuing department; desks whose chains cover every chain it
 * targets (a policy for no chain in particular is the departments' and the administrators').
 */
export function assertPolicyEditor(context: GraphQLContext, content: Pick<PolicyContent, 'departmentCode' | 'targets'>): void {
  const { principal } = context;
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (principal.role === Role.ADMIN) return;
  if (principal.role === Role.OFFICER && principal.department === content.departmentCode) return;
  const chains = content.targets.chains;
  if (principal.role === Role.DESK && chains.length > 0 && chains.every((chain) => principal.chains.includes(scopeOf(chain)))) return;
  throw new ForbiddenError('A policy is edited by its issuing department’s officers, the desks of every chain it targets, and ADMINs.');
}

/** An enterprise sees its own matches; officers, desks, analysts and ADMINs any; a partner those it is authorized for. */
export async function assertMatchesReadable(context: GraphQLContext, enterprise: Enterprise): Promise<void> {
  const { principal } = context;
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if ([Role.ADMIN, Role.OFFICER, Role.DESK, Role.ANALYST].includes(principal.role)) return;
  if (principal.role === Role.ENTERPRISE && isOwnEnterprise(principal, enterprise)) return;
  if (principal.role === Role.PARTNER && (await new PartnerAuthorizationService(context).allows(enterprise.id, POLICIES_SCOPE))) return;
  throw new ForbiddenError('Policy matches are read by the enterprise itself, the administration, and partners it authorized for POLICIES.');
}

/** Roles that read redemptions; each but ADMIN and ANALYST narrowed as assertRedemptionReadable says. */
export const REDEMPTION_READERS = [Role.ADMIN, Role.ANALYST, Role.OFFICER, Role.ENTERPRISE, Role.PARTNER];

/**
 * A redemption is read by ADMINs and analysts, the issuing department's officers, the enterprise itself, and partners
 * it authorized for POLICIES.
 */
export async function assertRedemptionReadable(context: GraphQLContext, redemption: PolicyRedemption): Promise<void> {
  const { principal } = context;
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (principal.role === Role.ADMIN || principal.role === Role.ANALYST) return;
  const [policy, enterprise] = await Promise.all([redemption.policy.load({ dataloader: true }), redemption.enterprise.load({ dataloader: true })]);
  if (principal.role === Role.OFFICER && principal.department === policy!.draft.departmentCode) return;
  if (principal.role === Role.ENTERPRISE && isOwnEnterprise(principal, enterprise!)) return;
  if (principal.role === Role.PARTNER && (await new PartnerAuthorizationService(context).allows(enterprise!.id, POLICIES_SCOPE))) return;
  throw new ForbiddenError('A redemption is read by the enterprise, the issuing department, the administration and partners it authorized.');
}
