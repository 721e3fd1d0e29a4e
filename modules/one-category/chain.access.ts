import { Role, type Principal } from '../platform/auth/principal';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import { scopeOf } from './chain-definition';

/** A DESK configures its own chains only; an ADMIN any chain. */
export function assertDeskOf(principal: Principal, chainCode: string): void {
  if (principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (principal.role === Role.ADMIN) return;
  if (principal.role === Role.DESK && principal.chains.includes(scopeOf(chainCode))) return;
  throw new ForbiddenError(`Only the desk of the ${scopeOf(chainCode)} chain may do this.`);
}

export function isDeskOf(principal: Principal, chainCode: string): boolean {
  return principal.role === Role.ADMIN || (principal.role === Role.DESK && principal.chains.includes(scopeOf(chainCode)));
}
