import { Role, type Principal } from '../../platform/auth/principal';
import { ForbiddenError, UnauthenticatedError } from '../../platform/errors/top-level-errors';

/** Detailed credit records are not for partners: a bank reads them only under the enterprise's authorization. */
export const CREDIT_RECORD_READERS = [Role.ADMIN, Role.OFFICER, Role.ANALYST, Role.DESK, Role.ENTERPRISE];

/** An ADMIN, or an officer of the department that owns the kind of record. */
export function officerOf(...departments: string[]) {
  return (principal: Principal) => {
    if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
    if (principal.role === Role.ADMIN) return;
    if (principal.role === Role.OFFICER && (departments.length === 0 || departments.includes(principal.department ?? ''))) return;
    throw new ForbiddenError(`These records are kept by ${departments.join(' or ') || 'officers'}.`);
  };
}
