import createClient from 'openapi-fetch';
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
