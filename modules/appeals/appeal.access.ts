import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { PartnerAuthorizationService } from '../enterprise/partner-authorization.service';
import { maskPersonName } from '../enterprise/enterprise.access';
import { maskPhoneNumber } from '../platform/auth/personal-data-masking';

/** Roles that may reach the appeal queries; each is narrowed by its scope (see mayReadAppeal). */
export const APPEAL_READERS = [Role.ADMIN, Role.OFFICER, Role.ENTERPRISE, Role.PARTNER];
/** The scope of a partner authorization that opens an enterprise's appeals to a partner (a credit authorization does not). */
export const APPEALS_SCOPE = 'APPEALS';
/** Who submits: an enterprise for itself, an officer registering a visit, call or letter, a channel system with its key. */
export const APPEAL_SUBMITTERS = [Role.ENTERPRISE, Role.OFFICER, Role.PARTNER];

/** The dispatcher of the pool: an officer of the business-environment office (configurable), or an ADMIN. */
export function isDispatcher(context: GraphQLContext): boolean {
  const { principal } = context;
  return (
    principal.role === Role.ADMIN ||
    (principal.role === Role.OFFICER && principal.department === context.platform.config.APPEAL_DISPATCHER_DEPARTMENT)
  );
}

export function assertDispatcher(context: GraphQLContext): void {
  if (context.principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (!isDispatcher(context)) {
    throw new ForbiddenError(`Only the dispatcher (an officer of ${context.platform.config.APPEAL_DISPATCHER_DEPARTMENT}, or an ADMIN) may do this.`);
  }
}

/** Facts about an appeal that decide who may read it. */
export interface AppealAudience {
  enterpriseId: string;
  enterpriseUscc: string;
  /** The lead department's code and the co-handlers'. */
  departmentCodes: string[];
}

/**
 * Enterprises read their own appeals; departments those assigned to them, as lead or co-handler; the dispatcher and
 * ADMINs the whole pool; a partner those of enterprises whose valid partner authorization names APPEALS. Analysts
 * see aggregates only (the indicators).
 */
export async function mayReadAppeal(context: GraphQLContext, audience: AppealAudience): Promise<boolean> {
  const { principal } = context;
  if (isDispatcher(context)) return true;
  if (principal.role === Role.ENTERPRISE) return principal.enterpriseUscc === audience.enterpriseUscc;
  if (principal.role === Role.OFFICER) return audience.departmentCodes.includes(principal.department ?? '');
  if (principal.role === Role.PARTNER) return new PartnerAuthorizationService(context).allows(audience.enterpriseId, APPEALS_SCOPE);
  return false;
}

export async function assertAppealReadable(context: GraphQLContext, audience: AppealAudience): Promise<void> {
  if (await mayReadAppeal(context, audience)) return;
  if (context.principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  throw new ForbiddenError(
    'Appeals are read by the enterprise, the departments they are assigned to, the dispatcher, and partners the enterprise authorized for APPEALS.',
  );
}

/** Contact details are personal data: partners see them masked (张**, the last four digits of a number). */
export function maskedContact(context: GraphQLContext, value: string | null, kind: 'name' | 'phone'): string | null {
  if (value === null || context.principal.role !== Role.PARTNER) return value;
  if (kind === 'name') return maskPersonName(value);
  return maskPhoneNumber(value);
}
