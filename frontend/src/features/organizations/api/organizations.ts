import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithETag } from '../../../api/client';
import type { components } from '../../../api/schema';

type Schemas = components['schemas'];
export type Organization = Schemas['Organization'];
export type OrganizationCreate = Schemas['OrganizationCreate'];
export type OrganizationUpdate = Schemas['OrganizationUpdate'];
export type OrganizationMove = Schemas['OrganizationMove'];
export type OrganizationTypeChange = Schemas['OrganizationTypeChange'];
export type OrganizationArchive = Schemas['OrganizationArchive'];
export type LeadershipTermInput = Schemas['LeadershipTermInput'];
export type LeadershipTerm = Schemas['LeadershipTerm'];
export type ShapeWarning = Schemas['ShapeWarning'];
export type OrganizationWarnings = Schemas['OrganizationWarnings'];
export type OrganizationEvent = Schemas['OrganizationEvent'];
export type OrgRef = Schemas['OrgRef'];
type ArchivedFilter = Schemas['ArchivedFilter'];

/** Query keys of the feature; everything starts with 'organizations' so one prefix reaches all. */
export const orgKeys = {
  all: ['organizations'] as const,
  tree: (includeArchived: boolean) => ['organizations', 'tree', { includeArchived }] as const,
  detail: (id: string) => ['organizations', 'detail', id] as const,
  warnings: (id: string) => ['organizations', 'warnings', id] as const,
  subtreeWarnings: (id: string) => ['organizations', 'subtree-warnings', id] as const,
  leadership: (id: string) => ['organizations', 'leadership', id] as const,
  history: (id: string) => ['organizations', 'history', id] as const,
  children: (id: string, archived: ArchivedFilter) => ['organizations', 'children', id, { archived }] as const,
};

/**
 * After any write, refetch everything of the feature that is on screen. A change to one
 * organization reaches further than itself: member counts and warnings roll up to the ancestors,
 * a move changes two parents' children and every descendant's ancestors, a 换届 changes the
 * warnings of the whole subtree summary. Inactive queries are only marked stale.
 */
export function invalidateOrganizations(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: orgKeys.all });
}

/** The ETag the server expects in If-Match for a versioned resource. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

// ---- reads ----

export function useOrganizationTree(includeArchived = false) {
  return useQuery({
    queryKey: orgKeys.tree(includeArchived),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/tree', { params: { query: { includeArchived } } })),
    // Keep showing the previous tree while the other archive view loads, so the search box keeps its text.
    placeholderData: keepPreviousData,
  });
}

/** One organization with the ETag to send back on edit (falls back to its version if the header is hidden). */
export function useOrganization(id: string) {
  return useQuery({
    queryKey: orgKeys.detail(id),
    queryFn: async () => {
      const { data, etag } = await unwrapWithETag(api.GET('/api/v1/organizations/{id}', { params: { path: { id } } }));
      return { organization: data, etag: etag ?? etagOf(data.version) };
    },
  });
}

export function useOrganizationWarnings(id: string) {
  return useQuery({
    queryKey: orgKeys.warnings(id),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/warnings', { params: { path: { id } } })),
  });
}

export function useSubtreeWarnings(id: string | undefined) {
  return useQuery({
    queryKey: orgKeys.subtreeWarnings(id ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/subtree-warnings', { params: { path: { id: id ?? '' } } })),
    enabled: id !== undefined,
  });
}

export function useLeadership(id: string) {
  return useQuery({
    queryKey: orgKeys.leadership(id),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/leadership', { params: { path: { id } } })),
  });
}

export function useOrganizationHistory(id: string) {
  return useQuery({
    queryKey: orgKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/v1/organizations/{id}/history', { params: { path: { id } } })),
  });
}

const CHILDREN_PAGE_SIZE = 100;

/** Direct children, page by page (keyset pagination, ordered by code). */
export function useChildOrganizations(parentId: string, archived: ArchivedFilter) {
  return useInfiniteQuery({
    queryKey: orgKeys.children(parentId, archived),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/organizations', {
          params: {
            query: {
              parentId,
              archived,
              limit: CHILDREN_PAGE_SIZE,
              cursor: pageParam,
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}

// ---- writes ----

/** Creates an organization; the key makes a retried submit of the same form create it once. */
export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: OrganizationCreate; idempotencyKey: string }) =>
      unwrap(api.POST('/api/v1/organizations', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSuccess: () => invalidateOrganizations(queryClient),
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: OrganizationUpdate; etag: string }) =>
      unwrap(api.PUT('/api/v1/organizations/{id}', { body, params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: () => invalidateOrganizations(queryClient),
  });
}

export function useMoveOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: OrganizationMove; etag?: string }) =>
      unwrap(api.POST('/api/v1/organizations/{id}/move', { body, params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: () => invalidateOrganizations(queryClient),
  });
}

export function useChangeOrganizationType(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: OrganizationTypeChange; etag?: string }) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/change-type', { body, params: { path: { id }, header: { 'If-Match': etag } } }),
      ),
    onSuccess: () => invalidateOrganizations(queryClient),
  });
}

export function useArchiveOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: OrganizationArchive; etag?: string }) =>
      unwrap(api.POST('/api/v1/organizations/{id}/archive', { body, params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: () => invalidateOrganizations(queryClient),
  });
}

/** Records a new term (换届); the previous term is closed by the server. */
export function useStartLeadershipTerm(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: LeadershipTermInput; idempotencyKey: string }) =>
      unwrap(
        api.POST('/api/v1/organizations/{id}/leadership/terms', {
          body,
          params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
        }),
      ),
    onSuccess: () => invalidateOrganizations(queryClient),
  });
}

/** Corrects a term; If-Match is the term's version. */
export function useUpdateLeadershipTerm(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ termId, body, version }: { termId: string; body: LeadershipTermInput; version: number }) =>
      unwrap(
        api.PUT('/api/v1/organizations/{id}/leadership/terms/{termId}', {
          body,
          params: { path: { id, termId }, header: { 'If-Match': etagOf(version) } },
        }),
      ),
    onSuccess: () => invalidateOrganizations(queryClient),
  });
}
