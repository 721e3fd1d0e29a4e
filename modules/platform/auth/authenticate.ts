import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from './api-key.entity';
import type { ApiKeyUsage } from './api-key-usage';
import type { ApiKeyPrincipals } from './api-key-principals';
import { InvalidTokenError, JwtService } from './jwt';
import { ANONYMOUS, Principal, Role } from './principal';
import type { SessionGuard } from './session-guard';

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

/**
 * Turns request headers into a principal. Bad credentials are refused rather than downgraded to anonymous,
 * so that a client with an expired token learns why instead of seeing data vanish.
 */
export async function authenticate(
  credentials: Credentials,
  jwt: JwtService,
  em: EntityManager,
  keys: { principals: ApiKeyPrincipals; usage: ApiKeyUsage },
  sessions: SessionGuard | null,
): Promise<Principal> {
  if (credentials.authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(credentials.authorization.trim());
    if (!match) throw new InvalidTokenError('The Authorization header must be "Bearer <token>".');
    const principal = await jwt.verify(match[1]);
    if (principal.session) {
      // A person's token is only as good as the session it was issued in.
      if (!sessions) throw new InvalidTokenError('The token belongs to a session, and this server keeps no sessions.');
      await sessions.check({ ...principal, session: principal.session });
    }
    return principal;
  }
  if (credentials.apiKey) {
    const digest = ApiKey.digest(credentials.apiKey.trim());
    const kept = keys.principals.get(digest);
    if (kept) {
      keys.usage.note(kept.keyId, kept.lastUsedAt);
      return kept.principal;
    }
    // A plain row of the five columns needed, not a hydrated entity; then kept for the next requests, unless a
    // revocation came round while it was read.
    const generation = keys.principals.currentGeneration();
    const [key] = await em
      .getConnection()
      .execute<Array<{ id: string; role: Role; name: string; revoked_at: Date | null; last_used_at: Date | null }>>(
        'select id, role, name, revoked_at, last_used_at from api_key where secret_digest = ?',
        [digest],
      );
    if (!key || key.revoked_at) throw new InvalidTokenError('The API key is not valid or has been revoked.');
    const lastUsedAt = key.last_used_at && new Date(key.last_used_at);
    keys.usage.note(key.id, lastUsedAt);
    const principal: Principal = { ...ANONYMOUS, role: key.role, subject: `api-key:${key.id}`, displayName: key.name, apiKeyId: key.id };
    keys.principals.keep(digest, { principal, keyId: key.id, lastUsedAt }, generation);
    return principal;
  }
  return ANONYMOUS;
}
