import createClient from 'openapi-fetch';
import { ApiError, toProblem } from './problem';
import type { paths } from './schema';

/** The one typed client for the backend; paths are same-origin (/api/...). */
export const api = createClient<paths>({ baseUrl: '' });

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link ApiError}
 * carrying the problem+json body, so TanStack Query sees failures as errors.
 */
export async function unwrap<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await request;
  if (error !== undefined || !response.ok) {
    throw new ApiError(toProblem(error, response.status));
  }
  return data as T;
}
