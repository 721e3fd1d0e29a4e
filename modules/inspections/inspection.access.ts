import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';

/** Who runs a department's inspections: its officers, and ADMINs. */
export function assertDepartmentInspector(context: GraphQLContext, departmentCode: string): void {
  const { principal } = context;
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (principal.role === Role.ADMIN) return;
  if (principal.role === Role.OFFICER && principal.department === departmentCode) return;
  throw new ForbiddenError('Only officers of the department and administrators run its inspections.');
}

/** Who reads a department's plans, draws and inspections: those who run them, and ANALYSTs. */
export function assertDepartmentReader(context: GraphQLContext, departmentCode: string): void {
  if (context.principal.role === Role.ANALYST) return;
  assertDepartmentInspector(context, departmentCode);
}
