import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Request, type Response, type Router } from 'express';
import { parse as parseCookies, serialize as serializeCookie } from 'cookie';
import { Role } from '../platform/auth/principal';
import { scopeOfRole, scopeProblem } from '../platform/auth/jwt';
import type { ModuleHttp } from '../platform/server/module-routes';
import { developmentToolsFor } from '../platform/server/development-tools';
import { UserErrorsException } from '../platform/errors/user-error';
import { AccountService } from './account.service';
import type { IssuedSession } from './session.service';
import { OidcSignIn, SIGN_ON_MINUTES, SignOnRefusal } from './oidc-sign-in';
import { PASSWORD_SCRIPT, SIGN_IN_SCRIPT, passwordPage, signInPage } from './auth-pages';
import { digestOf } from './user-tokens';
import { SESSION_CLIENT_SCRIPT } from './session-client-script';

const REFRESH_COOKIE = 'esg_refresh';
const SIGN_ON_COOKIE = 'esg_sign_on';

/** Only paths of this server: a sign-in never sends a person elsewhere (open redirect). */
function localPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s]*$/.test(value) && value.length <= 500 ? value : '/graphql';
}

function refusal(response: Response, status: number, code: string, message: string, field: string[] = []): void {
  response.status(status).json({ errors: [{ message, code, field }] });
}

/**
 * Browser sign-in beside the graph: the sign-in page, single sign-on's redirect and callback, and the exchange of the
 * session's refresh cookie for access tokens. The refresh token of a browser lives in an HttpOnly, SameSite=Strict
 * cookie scoped to /auth, so that scripts never hold it and other sites cannot spend it; API clients use the
 * sessionSignIn and sessionRefresh mutations instead.
 */
export function authRoutes(router: Router, http: ModuleHttp): void {
  const { services } = http;
  const { config } = services;
  const oidc = config.oidcEnabled ? new OidcSignIn(services) : null;
  const secure = () => services.publicUrl.startsWith('https:');

  const setRefreshCookie = (response: Response, issued: IssuedSession) =>
    response.append(
      'set-cookie',
      serializeCookie(REFRESH_COOKIE, issued.refreshToken, {
        httpOnly: true,
        sameSite: 'strict',
        secure: secure(),
        path: '/auth',
        expires: issued.refreshTokenExpiresAt,
      }),
    );
  const clearCookie = (response: Response, name: string, path: string) =>
    response.append('set-cookie', serializeCookie(name, '', { httpOnly: true, sameSite: 'lax', secure: secure(), path, maxAge: 0 }));
  const accessAnswer = (issued: IssuedSession) => ({
    accessToken: issued.accessToken,
    accessTokenExpiresAt: issued.accessTokenExpiresAt.toISOString(),
    role: issued.session.role,
    name: issued.user.name,
  });
  const cookiesOf = (request: Request) => parseCookies(request.headers.cookie ?? '');

  router.use('/auth', (_request, response, next) => {
    response.setHeader('cache-control', 'no-store');
    next();
  });
  router.get('/auth/sign-in.js', (_request, response) => response.type('application/javascript').send(SIGN_IN_SCRIPT));
  router.get('/auth/password.js', (_request, response) => response.type('application/javascript').send(PASSWORD_SCRIPT));
  router.get('/auth/session.js', (_request, response) => response.type('application/javascript').send(SESSION_CLIENT_SCRIPT));
  router.get('/auth/sign-in', (request, response) => {
    response
      .type('html')
      .send(signInPage({ returnTo: localPath(request.query.returnTo), singleSignOn: oidc ? config.OIDC_DISPLAY_NAME : null, error: null }));
  });
  router.get('/auth/password', (_request, response) => response.type('html').send(passwordPage()));

  router.post('/auth/sign-in', express.json({ limit: '10kb' }), async (request: Request, response: Response) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const role = typeof body.role === 'string' && body.role in Role ? (body.role as Role) : null;
    try {
      const issued = await new AccountService(services).signInWithPassword({
        login: text(body.login),
        password: text(body.password),
        totpCode: text(body.totpCode) || null,
        role,
      });
      setRefreshCookie(response, issued);
      response.json(accessAnswer(issued));
    } catch (error) {
      if (!(error instanceof UserErrorsException)) throw error;
      const [first] = error.userErrors;
      refusal(response, 401, first.code, first.message, first.field);
    }
  });

  // JSON only: a form of another site cannot post JSON without the browser asking first (CORS), nor send the cookie.
  router.post('/auth/token', express.json({ limit: '1kb' }), async (request: Request, response: Response) => {
    if (!request.is('application/json')) return refusal(response, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request as application/json.');
    const token = cookiesOf(request)[REFRESH_COOKIE];
    if (!token) return refusal(response, 401, 'UNAUTHENTICATED', 'Not signed in.');
    const sessions = new AccountService(services).sessions;
    try {
      const issued = await sessions.refresh(token);
      setRefreshCookie(response, issued);
      response.json(accessAnswer(issued));
    } catch (error) {
      if (!(error instanceof UserErrorsException)) throw error;
      clearCookie(response, REFRESH_COOKIE, '/auth');
      const [first] = error.userErrors;
      refusal(response, 401, first.code, first.message);
    } finally {
      sessions.settle();
    }
  });

  router.post('/auth/sign-out', express.json({ limit: '1kb' }), async (request: Request, response: Response) => {
    if (!request.is('application/json')) return refusal(response, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request as application/json.');
    const token = cookiesOf(request)[REFRESH_COOKIE];
    clearCookie(response, REFRESH_COOKIE, '/auth');
    if (token) {
      const sessions = new AccountService(services).sessions;
      const em = services.orm.em.fork();
      const [row] = await em
        .getConnection()
        .execute<Array<{ session_id: string }>>('select session_id from user_refresh_token where digest = ?', [digestOf(token)]);
      if (row) await em.transactional((tx) => sessions.revoke(tx as EntityManager, row.session_id, 'signed out'));
      sessions.settle();
    }
    response.json({ signedOut: true });
  });

  router.get('/auth/oidc/start', async (request: Request, response: Response) => {
    if (!oidc) return refusal(response, 404, 'NOT_FOUND', 'Single sign-on is not configured on this server.');
    const { url, sealed } = await oidc.start(localPath(request.query.returnTo));
    response.append(
      'set-cookie',
      // Lax: the provider's redirect back is a top-level navigation from its site, which Strict would strip.
      serializeCookie(SIGN_ON_COOKIE, sealed, {
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(),
        path: '/auth/oidc',
        maxAge: SIGN_ON_MINUTES * 60,
      }),
    );
    response.redirect(302, url);
  });

  router.get('/auth/oidc/callback', async (request: Request, response: Response) => {
    if (!oidc) return refusal(response, 404, 'NOT_FOUND', 'Single sign-on is not configured on this server.');
    clearCookie(response, SIGN_ON_COOKIE, '/auth/oidc');
    try {
      const { issued, returnTo } = await oidc.finish(new URL(request.originalUrl, services.publicUrl), cookiesOf(request)[SIGN_ON_COOKIE]);
      setRefreshCookie(response, issued);
      response.redirect(302, returnTo);
    } catch (error) {
      if (!(error instanceof SignOnRefusal || error instanceof UserErrorsException)) throw error;
      const message = error instanceof UserErrorsException ? error.userErrors[0].message : error.message;
      response
        .status(403)
        .type('html')
        .send(signInPage({ returnTo: '/graphql', singleSignOn: config.OIDC_DISPLAY_NAME, error: message }));
    }
  });

  // `npm run token`: a development server on this machine signs a token for any role; nowhere else does this exist.
  router.post('/auth/dev-token', express.json({ limit: '2kb' }), async (request: Request, response: Response) => {
    if (!developmentToolsFor(config, request.socket.remoteAddress)) {
      return refusal(response, 404, 'NOT_FOUND', 'Development tokens are only issued by a development server to its own machine.');
    }
    const body = (request.body ?? {}) as Record<string, unknown>;
    const role = String(body.role ?? '').toUpperCase() as Role;
    if (!(role in Role) || role === Role.ANONYMOUS)
      return refusal(response, 400, 'BAD_USER_INPUT', 'Give a role: ADMIN, DESK, OFFICER, PARTNER, ANALYST or ENTERPRISE.', ['role']);
    const scope = typeof body.scope === 'string' ? body.scope.trim() : '';
    const request_ = {
      role,
      subject: typeof body.subject === 'string' && body.subject ? body.subject : `dev-${role.toLowerCase()}`,
      // One scope text: a desk's comma-separated chains, an officer's department or an enterprise's credit code.
      ...scopeOfRole(role, {
        chains: scope
          .split(',')
          .map((chain) => chain.trim())
          .filter(Boolean),
        department: scope || undefined,
        enterpriseUscc: scope || undefined,
      }),
      ttlSeconds: Number.isInteger(body.ttl) && (body.ttl as number) > 0 ? (body.ttl as number) : config.JWT_TTL_SECONDS,
    };
    const problem = scopeProblem(request_);
    if (problem) return refusal(response, 400, 'BAD_USER_INPUT', `The scope is missing: ${problem}.`, ['scope']);
    response.json({ token: await services.jwt.sign(request_) });
  });
}
