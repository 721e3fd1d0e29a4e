import { Role, type Principal } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';

/** Roles that read cases; an OFFICER reads those with a task of its department, an ENTERPRISE its own. */
export const CASE_READERS = [Role.ADMIN, Role.ANALYST, Role.PARTNER, Role.DESK, Role.OFFICER, Role.ENTERPRISE];
/** Roles that read every case (an OFFICER reads those of its department, an ENTERPRISE its own). */
export const EVERY_CASE_READERS = [Role.ADMIN, Role.ANALYST, Role.PARTNER, Role.DESK];
/** Who submits: an ENTERPRISE for itself online, an OFFICER at a window. */
export const CASE_SUBMITTERS = [Role.ENTERPRISE, Role.OFFICER];

export function assertAuthenticated(principal: Principal): void {
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
}

/** Facts about a case that decide who may read it. */
export interface CaseAudience {
  enterpriseUscc: string;
  departmentCodes: string[];
}

export function assertCaseReadable(context: GraphQLContext, audience: CaseAudience): void {
  const { principal } = context;
  assertAuthenticated(principal);
  if (!CASE_READERS.includes(principal.role)) throw new ForbiddenError();
  if (principal.role === Role.ENTERPRISE && principal.enterpriseUscc !== audience.enterpriseUscc) {
    throw new ForbiddenError('An enterprise may read only its own cases.');
  }
  if (principal.role === Role.OFFICER && !audience.departmentCodes.includes(principal.department ?? '')) {
    throw new ForbiddenError('An officer may read only cases with a task of its department.');
  }
}

/** Only an officer of the task's department acts on it. */
export function assertActsForDepartment(principal: Principal, departmentCode: string): void {
  assertAuthenticated(principal);
  if (principal.role !== Role.OFFICER || principal.department !== departmentCode) {
    throw new ForbiddenError(`Only an officer of ${departmentCode} may act on this task.`);
  }
}

/** The applicant side of a case: the enterprise itself, or whoever submitted it at a window. */
export function assertApplicant(principal: Principal, audience: { enterpriseUscc: string; submittedBy: string }): void {
  assertAuthenticated(principal);
  const isEnterprise = principal.role === Role.ENTERPRISE && principal.enterpriseUscc === audience.enterpriseUscc;
  const isSubmitter = principal.role === Role.OFFICER && principal.subject === audience.submittedBy;
  if (!isEnterprise && !isSubmitter) throw new ForbiddenError('Only the applicant may do this.');
}
