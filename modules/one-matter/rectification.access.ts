import { Role } from '../platform/auth/principal';
import type { GraphQLContext } from '../platform/context';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import type { Rectification } from './rectification.entity';

/** Rectifications are read by administrators, analysts and the department that owes them. */
export async function isRectificationReadable(context: GraphQLContext, rectification: Rectification): Promise<boolean> {
  const { principal } = context;
  if (principal.role === Role.ADMIN || principal.role === Role.ANALYST) return true;
  if (principal.role !== Role.OFFICER) return false;
  const department = await rectification.department.load({ dataloader: true });
  return principal.department === department!.code;
}

export async function assertRectificationReadable(context: GraphQLContext, rectification: Rectification): Promise<void> {
  if (await isRectificationReadable(context, rectification)) return;
  if (context.principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  throw new ForbiddenError('Rectifications are read by administrators, analysts and the department that owes them.');
}
