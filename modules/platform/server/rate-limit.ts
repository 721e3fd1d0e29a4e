import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/top-level-errors';
import { Role, type Principal } from '../auth/principal';

/**
 * Requests per minute per credential (an API key, or a token's role and subject), counted in this instance's memory:
 * behind a load balancer of N instances a caller gets up to N times the limit, which keeps one runaway client from
 * taking a whole instance without a shared store. Anonymous callers are limited by the same rule per address.
 */
export class RequestRateLimit {
  private readonly limiter: RateLimiterMemory | null;

  constructor(private readonly perMinute: number) {
    this.limiter = perMinute > 0 ? new RateLimiterMemory({ points: perMinute, duration: 60 }) : null;
  }

  /** Counts one request of the caller; throws RATE_LIMITED (HTTP 429, Retry-After) when it is over the limit. */
  async take(principal: Principal, address: string | undefined): Promise<void> {
    if (!this.limiter) return;
    const key = principal.role === Role.ANONYMOUS ? `address:${address ?? 'unknown'}` : `${principal.role}:${principal.subject}`;
    try {
      await this.limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new GraphQLError(`Too many requests: at most ${this.perMinute} a minute for this caller; retry in ${retryAfter} s.`, {
        extensions: {
          code: ErrorCode.RATE_LIMITED,
          retryAfterSeconds: retryAfter,
          http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
        },
      });
    }
  }
}
