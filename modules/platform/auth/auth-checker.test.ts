import type { ResolverData } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors/top-level-errors';
import { AuthChecker, type AccessRule } from './auth-checker';
import { ANONYMOUS, Principal, Role } from './principal';

function data(principal: Principal, args: Record<string, unknown> = {}): ResolverData<GraphQLContext> {
  return {
    root: {},
    args,
    context: { principal } as GraphQLContext,
    info: { parentType: { name: 'Query' }, fieldName: 'bundle' } as never,
  };
}

const desk = (chains: string[]): Principal => ({ ...ANONYMOUS, role: Role.DESK, subject: 'desk', chains });
const ownChain: AccessRule = { role: Role.DESK, scope: (principal, { args }) => principal.chains.includes(String(args.chain)) };

describe('the auth checker', () => {
  const checker = new AuthChecker();

  it('grants a listed role and refuses others with FORBIDDEN', () => {
    expect(checker.check(data({ ...ANONYMOUS, role: Role.ADMIN, subject: 'a' }), [Role.ADMIN])).toBe(true);
    expect(() => checker.check(data({ ...ANONYMOUS, role: Role.ANALYST, subject: 'b' }), [Role.ADMIN])).toThrow(ForbiddenError);
  });

  it('refuses anonymous callers with UNAUTHENTICATED, also where any authenticated role would do', () => {
    expect(() => checker.check(data(ANONYMOUS), [Role.ADMIN])).toThrow(UnauthenticatedError);
    expect(() => checker.check(data(ANONYMOUS), [])).toThrow(UnauthenticatedError);
    expect(checker.check(data(desk(['tea'])), [])).toBe(true);
  });

  it('applies a scope test: a DESK only for its own chains', () => {
    expect(checker.check(data(desk(['bamboo', 'tea']), { chain: 'tea' }), [Role.ADMIN, ownChain])).toBe(true);
    expect(() => checker.check(data(desk(['bamboo']), { chain: 'silk' }), [Role.ADMIN, ownChain])).toThrow(ForbiddenError);
  });
});
