import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithETag } from '../../../api/client';
import { ApiError, toProblem } from '../../../api/problem';
import type { components } from '../../../api/schema';
import { sessionStore } from '../../../lib/session';

type Schemas = components['schemas'];
export type Session = Schemas['Session'];
export type SignIn = Schemas['SignIn'];
export type PasswordChange = Schemas['PasswordChange'];
export type Account = Schemas['Account'];
export type AccountInput = Schemas['AccountInput'];
export type ApiToken = Schemas['ApiToken'];
export type ApiTokenCreate = Schemas['ApiTokenCreate'];
export type ApiTokenCreated = Schemas['ApiTokenCreated'];
export type AuditEvent = Schemas['AuditEvent'];
export type OrganizationTreeNode = Schemas['OrganizationTreeNode'];

/** The audit trail's filters, as the query parameters of listAuditEvents. */
export interface AuditFilters {
  action?: string;
  actorId?: string;
  objectId?: string;
  /** Instants (ISO 8601): from inclusive, to exclusive. */
  from?: string;
  to?: string;
}

export const accessKeys = {
  all: ['access'] as const,
  session: ['access', 'session'] as const,
  accounts: ['access', 'accounts'] as const,
  account: (id: string) => ['access', 'accounts', id] as const,
  tokens: ['access', 'tokens'] as const,
  audit: (filters: AuditFilters) => ['access', 'audit', filters] as const,
  organizationOptions: ['access', 'organization-options'] as const,
};

/** The ETag the server expects in If-Match for a versioned resource. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

// ---- session ----

/**
 * Asks the server who is signed in (on app load) and puts the answer into the session store:
 * the session, or signed out on 401. Other failures (network, 5xx) are errors to retry.
 */
export function useSessionLoader(enabled: boolean) {
  return useQuery({
    queryKey: accessKeys.session,
    enabled,
    gcTime: 0,
    queryFn: async () => {
      const { data, error, response } = await api.GET('/api/v1/session');
      if (response.status === 401) {
        sessionStore.signedOut('none');
        return null;
      }
      if (error !== undefined || data === undefined) throw new ApiError(toProblem(error, response.status));
      sessionStore.signedIn(data);
      return data;
    },
  });
}

/** A refused sign-in: the problem, and for 429 the seconds to wait (Retry-After). */
export class SignInError extends ApiError {
  readonly retryAfterSeconds: number | undefined;

  constructor(error: ApiError, retryAfterSeconds: number | undefined) {
    super(error.problem);
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Signs in; on success the session store holds the new session and the previous user's cached data is gone. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SignIn) => {
      const { data, error, response } = await api.POST('/api/v1/session', { body });
      if (error !== undefined || data === undefined) {
        const retryAfter = Number(response.headers.get('Retry-After'));
        throw new SignInError(
          new ApiError(toProblem(error, response.status)),
          Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
        );
      }
      return data;
    },
    onSuccess: (session) => {
      queryClient.clear();
      sessionStore.signedIn(session);
    },
  });
}

/** Signs out on the server (the cookie is cleared) and forgets everything cached. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { error, response } = await api.DELETE('/api/v1/session');
      // 401: the session had already ended, which is what signing out wants anyway.
      if (!response.ok && response.status !== 401) throw new ApiError(toProblem(error, response.status));
    },
    onSuccess: () => {
      sessionStore.signedOut();
      queryClient.clear();
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: PasswordChange) => unwrap(api.POST('/api/v1/session/password', { body })),
  });
}

// ---- organizations to pick from (the caller's subtree) ----

/** The organization tree of the caller's subtree, active organizations only, for the organization pickers. */
export function useOrganizationOptions() {
  return useQuery({
    queryKey: accessKeys.organizationOptions,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/tree', { params: { query: { includeArchived: false } } })),
  });
}

// ---- accounts ----

const PAGE_SIZE = 100;

export function useAccounts() {
  return useInfiniteQuery({
    queryKey: accessKeys.accounts,
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/accounts', { params: { query: { limit: PAGE_SIZE, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One account, freshly read whenever a form opens (nothing kept in between), with the ETag for its update. */
export function useAccount(id: string | undefined) {
  return useQuery({
    queryKey: accessKeys.account(id ?? ''),
    enabled: id !== undefined,
    staleTime: 0,
    gcTime: 0,
    queryFn: async () => {
      const { data, etag } = await unwrapWithETag(api.GET('/api/v1/accounts/{id}', { params: { path: { id: id ?? '' } } }));
      return { account: data, etag: etag ?? etagOf(data.version) };
    },
  });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountInput) => unwrap(api.POST('/api/v1/accounts', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.accounts }),
  });
}

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body, etag }: { id: string; body: AccountInput; etag: string }) =>
      unwrap(api.PUT('/api/v1/accounts/{id}', { body, params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.accounts }),
  });
}

// ---- API tokens ----

export function useApiTokens() {
  return useQuery({
    queryKey: accessKeys.tokens,
    queryFn: () => unwrap(api.GET('/api/v1/api-tokens')),
  });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApiTokenCreate) => unwrap(api.POST('/api/v1/api-tokens', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.tokens }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/api-tokens/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessKeys.tokens }),
  });
}

// ---- audit trail ----

const AUDIT_PAGE_SIZE = 50;

/** The audit trail, newest first, page by page ("加载更多"). */
export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: accessKeys.audit(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/audit-events', { params: { query: { ...filters, limit: AUDIT_PAGE_SIZE, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor,
  });
}
