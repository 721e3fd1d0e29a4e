/** A session or an account changed: every instance forgets what it kept of them (payload `session:<id>` or `user:<id>`). */
export const USER_SESSION_CHANGED = 'user_session_changed';
