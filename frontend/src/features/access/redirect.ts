/** Where the login page sends the user after signing in, when nothing else is asked for, and where / leads: 总览. */
export const HOME_PATH = '/dashboard';

/** The login page's address that returns to `path` (path + search + hash of the page left) after sign-in. */
export function loginPath(path?: string): string {
  const next = path === undefined ? undefined : safeNext(path);
  return next === undefined || next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}

/**
 * The `next` parameter if it is a path of this app, else undefined: never another site
 * (`//evil.example`, `https://…`, `/\\evil`) and never the login page itself.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return undefined;
  return next;
}
