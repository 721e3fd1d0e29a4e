import { createHash, randomBytes } from 'node:crypto';

/** Opaque secrets handed out once (refresh tokens, one-time links); only their SHA-256 digests are kept. */
export function newOpaqueSecret(prefix: string): { secret: string; digest: string } {
  const secret = prefix + randomBytes(32).toString('base64url');
  return { secret, digest: digestOf(secret) };
}

export function digestOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
