import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiKey } from './api-key.entity';
import type { ApiKeyUsage } from './api-key-usage';
import { InvalidTokenError, JwtService } from './jwt';
import { ANONYMOUS, Principal } from './principal';

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

/**
 * Turns request headers into a principal. Bad credentials are refused rather than downgraded to anonymous,
 * so that a client with an expired token learns why instead of seeing data vanish.
 */
export async function authenticate(credentials: Credentials, jwt: JwtService, em: EntityManager, usage: ApiKeyUsage): Promise<Principal> {
  if (credentials.authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(credentials.authorization.trim());
    if (!match) throw new InvalidTokenError('The Authorization header must be "Bearer <token>".');
    return jwt.verify(match[1]);
  }
  if (credentials.apiKey) {
    const key = await em.findOne(ApiKey, { secretDigest: ApiKey.digest(credentials.apiKey.trim()) });
    if (!key || key.isRevoked) throw new InvalidTokenError('The API key is not valid or has been revoked.');
    usage.note(key.id, key.lastUsedAt);
    return {
      ...ANONYMOUS,
      role: key.role,
      subject: `api-key:${key.id}`,
      displayName: key.name,
      apiKeyId: key.id,
    };
  }
  return ANONYMOUS;
}
