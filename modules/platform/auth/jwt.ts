import { SignJWT, jwtVerify, errors } from 'jose';
import { z } from 'zod';
import { Principal, Role } from './principal';

const claimsSchema = z.object({
  sub: z.string().min(1),
  role: z.nativeEnum(Role).refine((role) => role !== Role.ANONYMOUS, 'a token cannot carry the ANONYMOUS role'),
  name: z.string().optional(),
  chains: z.array(z.string()).optional(),
  department: z.string().optional(),
  enterprise: z.string().optional(),
  /** The user registry's session and account version, for tokens issued at sign-in. */
  sid: z.string().uuid().optional(),
  ver: z.number().int().positive().optional(),
});

export interface TokenRequest {
  subject: string;
  role: Role;
  displayName?: string;
  chains?: string[];
  department?: string;
  enterpriseUscc?: string;
  ttlSeconds: number;
  /** Set for the access tokens of a signed-in person (see PlatformServices.sessionGuard). */
  session?: { id: string; version: number };
}

export class InvalidTokenError extends Error {}

/** What a scope may hold: a desk's chains, an officer's department, an enterprise user's credit code. */
export type TokenScope = Pick<TokenRequest, 'chains' | 'department' | 'enterpriseUscc'>;

/**
 * The part of a scope that a role carries, and nothing else: a DESK its chains, an OFFICER its department, an
 * ENTERPRISE user its enterprise; other roles no scope at all.
 */
export function scopeOfRole(role: Role, scope: { chains?: string[]; department?: string | null; enterpriseUscc?: string | null }): TokenScope {
  return {
    chains: role === Role.DESK ? scope.chains : undefined,
    department: role === Role.OFFICER ? (scope.department ?? undefined) : undefined,
    enterpriseUscc: role === Role.ENTERPRISE ? (scope.enterpriseUscc ?? undefined) : undefined,
  };
}

/** Scopes are mandatory for the scoped roles, so that a token can never mean "all chains" by omission. */
export function scopeProblem(request: Pick<TokenRequest, 'role' | 'chains' | 'department' | 'enterpriseUscc'>): string | null {
  if (request.role === Role.DESK && !(request.chains && request.chains.length > 0)) return 'a DESK token needs at least one chain in its scope';
  if (request.role === Role.OFFICER && !request.department) return 'an OFFICER token needs a department in its scope';
  if (request.role === Role.ENTERPRISE && !request.enterpriseUscc)
    return 'an ENTERPRISE token needs an enterprise (unified social credit code) in its scope';
  return null;
}

export class JwtService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly issuer: string,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(request: TokenRequest): Promise<string> {
    const problem = scopeProblem(request);
    if (problem) throw new InvalidTokenError(problem);
    return new SignJWT({
      role: request.role,
      name: request.displayName,
      chains: request.chains,
      department: request.department,
      enterprise: request.enterpriseUscc,
      sid: request.session?.id,
      ver: request.session?.version,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(request.subject)
      .setIssuer(this.issuer)
      .setIssuedAt()
      .setExpirationTime(`${request.ttlSeconds}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<Principal> {
    let payload: unknown;
    try {
      // A token without an expiry would be valid forever, whoever holds it: refused like a forged one.
      ({ payload } = await jwtVerify(token, this.key, { issuer: this.issuer, algorithms: ['HS256'], requiredClaims: ['exp'] }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new InvalidTokenError('The token has expired.');
      if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp') {
        throw new InvalidTokenError('The token carries no expiry (exp); every token must expire.');
      }
      throw new InvalidTokenError('The token is not valid.');
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw new InvalidTokenError('The token does not carry a valid role and scope.');
    const { sub, role, name, chains, department, enterprise, sid, ver } = claims.data;
    if ((sid === undefined) !== (ver === undefined)) throw new InvalidTokenError('The token is not valid.');
    const problem = scopeProblem({ role, chains, department, enterpriseUscc: enterprise });
    if (problem) throw new InvalidTokenError(`The token is not valid: ${problem}.`);
    return {
      role,
      subject: sub,
      displayName: name ?? null,
      chains: chains ?? [],
      department: department ?? null,
      enterpriseUscc: enterprise ?? null,
      apiKeyId: null,
      session: sid && ver ? { id: sid, version: ver } : null,
    };
  }
}
