import { vi } from 'vitest';
import type { components } from '../api/schema';
import type { Role, Session } from '../lib/session';

export const STREET_ID = '11111111-1111-4111-8111-111111111111';

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

export const problem = (status: number, detail: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: detail, status, detail, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

/** A session as GET /api/v1/session answers it. */
export function sessionFor(role: Role, overrides: Partial<Session> = {}): Session {
  return {
    accountId: '99999999-9999-4999-8999-999999999999',
    username: 'wang.jianguo',
    displayName: '王建国',
    role,
    organization: { id: STREET_ID, code: 'JD-001', name: '幸福街道党工委', type: 'STREET_WORKING_COMMITTEE' },
    canRevealSensitive: false,
    csrfToken: 'csrf-token-1',
    expiresAt: '2030-01-01T00:00:00Z',
    ...overrides,
  };
}

export const emptyTree: components['schemas']['OrganizationTree'] = { size: 0, roots: [] };

type Handler = (request: Request, url: URL) => Response | Promise<Response> | undefined;

/**
 * Stubs fetch with a handler per request; what it does not answer is a 404 problem. Returns the
 * requests seen (cloned, so tests can read their bodies).
 */
export function stubFetch(handler: Handler): Request[] {
  const seen: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (request: Request) => {
      seen.push(request.clone());
      const answer = await handler(request, new URL(request.url));
      return answer ?? problem(404, `no stub for ${request.method} ${new URL(request.url).pathname}`);
    }),
  );
  return seen;
}
