import createClient, { type Middleware } from 'openapi-fetch';
import { sessionStore } from '../lib/session';
import { ApiError, toProblem } from './problem';
import type { paths } from './schema';

/**
 * The one typed client for the backend; paths are same-origin (/api/...).
 * The base URL is the page's origin so requests are absolute (Node's Request, used in tests, rejects
 * relative URLs), and fetch is looked up on every call so tests can stub it with vi.stubGlobal.
 */
export const api = createClient<paths>({
  baseUrl: globalThis.location?.origin ?? '',
  fetch: (request: Request) => globalThis.fetch(request),
});

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The session's part of every request, in one place:
 * - every write carries `X-CSRF-Token` (the session's csrfToken), which the server requires with the cookie;
 * - a 401 means the session is gone (expired, idle, signed out elsewhere, account disabled): the
 *   session store marks it expired and the app goes to the login page. A failed sign-in is a 401
 *   too, but it belongs to the login form; so is signing out of a session that already ended.
 */
export const sessionMiddleware: Middleware = {
  onRequest({ request }) {
    const token = sessionStore.csrfToken();
    if (token !== undefined && !SAFE_METHODS.has(request.method)) {
      request.headers.set('X-CSRF-Token', token);
    }
    return request;
  },
  onResponse({ request, response, schemaPath }) {
    // Signing in (a wrong password) and signing out (of a session that already ended) are not expiries.
    const ownSession = schemaPath === '/api/v1/session' && (request.method === 'POST' || request.method === 'DELETE');
    if (response.status === 401 && !ownSession) sessionStore.expired();
    return undefined;
  },
};

api.use(sessionMiddleware);

type ApiResult<T> = Promise<{ data?: T; error?: unknown; response: Response }>;

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link ApiError}
 * carrying the problem+json body, so TanStack Query sees failures as errors.
 */
export async function unwrap<T>(request: ApiResult<T>): Promise<T> {
  return (await unwrapWithETag(request)).data;
}

/** Like {@link unwrap}, and also returns the response's ETag (for a later If-Match), when it has one. */
export async function unwrapWithETag<T>(request: ApiResult<T>): Promise<{ data: T; etag: string | undefined }> {
  const { data, error, response } = await request;
  if (error !== undefined || !response.ok) {
    throw new ApiError(toProblem(error, response.status));
  }
  return { data: data as T, etag: response.headers.get('ETag') ?? undefined };
}
