import { Secret, TOTP } from 'otpauth';

/** RFC 6238 codes as authenticator apps make them: SHA-1, 6 digits, 30 seconds. */
const PERIOD = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, account: string): string {
  return new TOTP({ issuer: 'Enterprise-service graph', label: account, secret: Secret.fromBase32(secret), period: PERIOD }).toString();
}

/**
 * The time step a code is valid for (one step of clock drift either way), or null. The caller refuses a step at or
 * before the last one accepted, so that a code seen once cannot be replayed.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const totp = new TOTP({ secret: Secret.fromBase32(secret), period: PERIOD });
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/** The code of a moment, for tests and for the enrolment check. */
export function totpCode(secret: string, at: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secret), period: PERIOD }).generate({ timestamp: at.getTime() });
}
