/**
 * The pages' side of a browser session (/auth/session.js), shared by the explorer and the dashboard: short-lived
 * access tokens taken from /auth/token with the HttpOnly refresh cookie. A refresh token works once, so exchanges
 * never overlap: one at a time per page, and across the person's tabs through the Web Locks API, where each tab
 * waits for the others' exchange and then spends the cookie that one left.
 */
export const SESSION_CLIENT_SCRIPT = `
(function () {
  let session = null;
  let pending = null;
  const listeners = [];
  const fresh = () => session && Date.parse(session.accessTokenExpiresAt) - Date.now() > 30000;
  async function exchange() {
    if (fresh()) return session;
    const response = await fetch('/auth/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    session = response.ok ? await response.json() : null;
    listeners.forEach((listener) => listener(session));
    return session;
  }
  function current() {
    if (fresh()) return Promise.resolve(session);
    pending = pending || (navigator.locks ? navigator.locks.request('esg-session-refresh', exchange) : exchange()).finally(() => { pending = null; });
    return pending;
  }
  window.esgSession = {
    /** The signed-in person ({ accessToken, name, role, … }) or null. */
    current,
    accessToken: () => current().then((signedIn) => signedIn && signedIn.accessToken),
    onChange: (listener) => listeners.push(listener),
    signInUrl: () => '/auth/sign-in?returnTo=' + encodeURIComponent(location.pathname),
    async signOut() {
      await fetch('/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      session = null;
      listeners.forEach((listener) => listener(null));
    },
  };
})();`;
