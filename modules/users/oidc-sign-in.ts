import * as client from 'openid-client';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SignJWT, jwtVerify } from 'jose';
import type { PlatformServices } from '../platform/context';
import { isLoopback } from '../platform/config';
import { User, UserState } from './user.entity';
import { SignInMethod } from './user-session.entity';
import { SessionService, type IssuedSession } from './session.service';

/** What travels between the start of a sign-on and its callback, sealed in a short-lived cookie. */
interface PendingSignOn {
  verifier: string;
  state: string;
  nonce: string;
  returnTo: string;
}

export const SIGN_ON_MINUTES = 10;

/** A refusal a person sees on the page the provider sent them back to. */
export class SignOnRefusal extends Error {}

/**
 * Sign-in with the county's OpenID Connect provider (government single sign-on): authorization code with PKCE
 * (RFC 7636), state and nonce, through openid-client. The provider's subject binds to a person of the registry at
 * the first sign-in, through the configured claim matching an invited person's e-mail (or login); from then on the
 * subject alone identifies them.
 */
export class OidcSignIn {
  private configuration: Promise<client.Configuration> | null = null;
  private readonly key: Uint8Array;

  constructor(private readonly services: PlatformServices) {
    this.key = new TextEncoder().encode(`${services.config.jwtSecret}:oidc`);
  }

  private get config() {
    return this.services.config;
  }

  get redirectUri(): string {
    return `${this.services.publicUrl}/auth/oidc/callback`;
  }

  /** Discovery once, kept; a failed one is tried again at the next sign-in. */
  private discover(): Promise<client.Configuration> {
    const issuer = new URL(this.config.OIDC_ISSUER!);
    // Plain HTTP only for a provider on this machine (a test or a local one); a real provider speaks HTTPS.
    const options = issuer.protocol === 'http:' && isLoopback(issuer.hostname) ? { execute: [client.allowInsecureRequests] } : undefined;
    this.configuration ??= client
      .discovery(issuer, this.config.OIDC_CLIENT_ID!, this.config.OIDC_CLIENT_SECRET!, undefined, options)
      .catch((error) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  /** The provider's authorization URL and the sealed state to keep in the browser until the callback. */
  async start(returnTo: string): Promise<{ url: string; sealed: string }> {
    const configuration = await this.discover();
    const pending: PendingSignOn = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce(), returnTo };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.OIDC_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    const sealed = await new SignJWT({ ...pending }).setProtectedHeader({ alg: 'HS256' }).setExpirationTime(`${SIGN_ON_MINUTES}m`).sign(this.key);
    return { url: url.href, sealed };
  }

  /** Finishes a sign-on: the code exchanged, the ID token checked, the person found or bound, a session opened. */
  async finish(callbackUrl: URL, sealed: string | undefined): Promise<{ issued: IssuedSession; returnTo: string }> {
    if (!sealed) throw new SignOnRefusal('The sign-on took too long or started in another browser: start again.');
    let pending: PendingSignOn;
    try {
      pending = (await jwtVerify(sealed, this.key, { algorithms: ['HS256'] })).payload as unknown as PendingSignOn;
    } catch {
      throw new SignOnRefusal('The sign-on took too long or started in another browser: start again.');
    }
    const providerError = callbackUrl.searchParams.get('error');
    if (providerError) throw new SignOnRefusal(`The identity provider refused the sign-in (${providerError.slice(0, 60)}).`);
    const configuration = await this.discover();
    let claims: client.IDToken;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims()!;
    } catch (error) {
      this.services.logger.warn({ err: error }, 'single sign-on: the code exchange or the ID token was refused');
      throw new SignOnRefusal("The identity provider's answer could not be verified: start again.");
    }
    const em = this.services.orm.em.fork() as EntityManager;
    const sessions = new SessionService(this.services);
    const issued = await em.transactional(async (tx) => {
      const user = await this.personOf(tx as EntityManager, configuration.serverMetadata().issuer, claims);
      if (user.state === UserState.DISABLED) throw new SignOnRefusal('The account is disabled; ask an administrator.');
      user.state = UserState.ACTIVE;
      return sessions.open(tx as EntityManager, user, SignInMethod.SINGLE_SIGN_ON);
    });
    return { issued, returnTo: pending.returnTo };
  }

  private async personOf(em: EntityManager, issuer: string, claims: client.IDToken): Promise<User> {
    const bound = await em.findOne(User, { oidcIssuer: issuer, oidcSubject: claims.sub });
    if (bound) return bound;
    const claim = this.config.OIDC_MATCH_CLAIM;
    const value = typeof claims[claim] === 'string' ? (claims[claim] as string).trim().toLowerCase() : '';
    // An address the provider has not verified could be anyone's.
    if (!value || (claim === 'email' && claims.email_verified === false)) {
      throw new SignOnRefusal(`The identity provider did not give a verified ${claim}, so the account cannot be found.`);
    }
    const candidates = await em.find(User, { [claim === 'email' ? 'email' : 'login']: value, oidcSubject: null }, { limit: 2 });
    if (candidates.length !== 1) {
      throw new SignOnRefusal('No account is waiting for this identity: ask an administrator for an invitation with your e-mail address.');
    }
    const [user] = candidates;
    user.oidcIssuer = issuer;
    user.oidcSubject = claims.sub;
    return user;
  }
}
