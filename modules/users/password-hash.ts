import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { DEFAULT_PASSWORD_HASH_COST } from '../platform/config';

/**
 * Passwords are hashed with scrypt, the memory-hard function in Node's own crypto (RFC 7914): N=2^15, r=8, p=1
 * costs 32 MiB and some 50–100 ms per hash, as OWASP's password storage guidance recommends as a minimum. The
 * parameters travel with each hash, so that they can be raised later without locking anyone out: a sign-in that
 * finds a hash of a lower cost than the configured one hashes the password again.
 */
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, { ...options, maxmem: 256 * (options.N ?? 0) * (options.r ?? 0) }, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** A stored hash's parts: `scrypt$N$r$p$salt$key`, or null for anything else. */
function parse(stored: string): { options: Required<Pick<ScryptOptions, 'N' | 'r' | 'p'>>; salt: Buffer; key: Buffer } | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !key) return null;
  return { options: { N: Number(n), r: Number(r), p: Number(p) }, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

/** Hashes and verifies passwords at a cost of 2^`cost` (PASSWORD_HASH_COST). */
export class PasswordHasher {
  private decoy: Promise<string> | null = null;

  constructor(private readonly cost = DEFAULT_PASSWORD_HASH_COST) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const N = 2 ** this.cost;
    const key = await derive(password, salt, { N, r: BLOCK_SIZE, p: PARALLELISM });
    return `scrypt$${N}$${BLOCK_SIZE}$${PARALLELISM}$${salt.toString('base64url')}$${key.toString('base64url')}`;
  }

  async verify(password: string, stored: string): Promise<boolean> {
    const parsed = parse(stored);
    if (!parsed) return false;
    const actual = await derive(password, parsed.salt, parsed.options);
    return actual.length === parsed.key.length && timingSafeEqual(actual, parsed.key);
  }

  /** Whether a stored hash was made with weaker parameters than this hasher's: its owner's next sign-in renews it. */
  isOutdated(stored: string): boolean {
    const options = parse(stored)?.options;
    return !options || options.N < 2 ** this.cost || options.r < BLOCK_SIZE || options.p < PARALLELISM;
  }

  /** Spends the time of a verification when there is no hash to verify, so that timing does not tell which logins exist. */
  async verifyNothing(password: string): Promise<false> {
    await this.verify(password, await (this.decoy ??= this.hash('decoy-password-never-matches')));
    return false;
  }
}
