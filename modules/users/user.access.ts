import type { GraphQLContext } from '../platform/context';
import { Role } from '../platform/auth/principal';
import { ForbiddenError, UnauthenticatedError } from '../platform/errors/top-level-errors';
import type { User } from './user.entity';
import { maskPhoneNumber } from '../platform/auth/personal-data-masking';

/** The registry's user id behind a principal signed in through it, or null (development tokens, API keys). */
export function userIdOf(context: GraphQLContext): string | null {
  const match = /^user:(.+)$/.exec(context.principal.subject);
  return context.principal.session && match ? match[1] : null;
}

/** ADMINs read every account; a person reads their own. */
export function assertUserReadable(context: GraphQLContext, user: User): void {
  if (context.principal.role === Role.ANONYMOUS) throw new UnauthenticatedError();
  if (context.principal.role === Role.ADMIN || userIdOf(context) === user.id) return;
  throw new ForbiddenError('Accounts are read by administrators and by the person themselves.');
}

/** Contact details are personal data: in full for ADMINs and the person, masked for anyone else. */
export function maskedContact(context: GraphQLContext, user: User, value: string | null, kind: 'email' | 'phone'): string | null {
  if (value === null || context.principal.role === Role.ADMIN || userIdOf(context) === user.id) return value;
  if (kind === 'phone') return maskPhoneNumber(value);
  const [local, domain] = value.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}
