import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithETag } from '../../../api/client';
import type { components } from '../../../api/schema';
import { toListQuery, type MemberFilters } from '../filters';
import type { LifecycleAction } from '../lifecycle';

type Schemas = components['schemas'];
export type Member = Schemas['Member'];
export type MemberCreate = Schemas['MemberCreate'];
export type MemberUpdate = Schemas['MemberUpdate'];
export type MemberMove = Schemas['MemberMove'];
export type MemberHistory = Schemas['MemberHistory'];
export type MemberEvent = Schemas['MemberEvent'];
export type MembershipPeriod = Schemas['MembershipPeriod'];
export type MobileDetails = Schemas['MobileDetails'];
export type LifecycleInput = Schemas['LifecycleInput'];
export type OrgRef = Schemas['OrgRef'];
export type OrganizationTreeNode = Schemas['OrganizationTreeNode'];

/** Query keys of the feature; everything starts with 'members' so one prefix reaches all. */
export const memberKeys = {
  all: ['members'] as const,
  list: (filters: MemberFilters) => ['members', 'list', toListQuery(filters)] as const,
  detail: (id: string) => ['members', 'detail', id] as const,
  history: (id: string) => ['members', 'history', id] as const,
  organizationTree: ['members', 'organization-tree'] as const,
  importReport: (id: string) => ['members', 'import', id] as const,
};

/**
 * After any write to the roster, refetch what is on screen: the lists and the member, and the
 * organizations' member counts (they come from the roster and roll up to every ancestor).
 */
export async function invalidateRoster(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: memberKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['organizations'] }),
  ]);
}

/** The ETag the server expects in If-Match for a versioned resource. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

// ---- reads ----

export const MEMBER_PAGE_SIZE = 50;

/** The filtered roster, page by page (keyset pagination: "加载更多"). Always masked. */
export function useMemberList(filters: MemberFilters) {
  return useInfiniteQuery({
    queryKey: memberKeys.list(filters),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/members', {
          params: { query: { ...toListQuery(filters), limit: MEMBER_PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** One member, masked, with the ETag to send back on edit (falls back to its version if the header is hidden). */
export function useMember(id: string) {
  return useQuery({
    queryKey: memberKeys.detail(id),
    queryFn: async () => {
      const { data, etag } = await unwrapWithETag(api.GET('/api/v1/members/{id}', { params: { path: { id } } }));
      return { member: data, etag: etag ?? etagOf(data.version) };
    },
  });
}

/**
 * 显示完整信息: reads the member once with `reveal=true`. A mutation, not a query: each reveal is
 * audited by the server, so it happens only when the user asks, is never refetched in the
 * background, and is not kept in the query cache.
 */
export function useRevealMember(id: string) {
  return useMutation({
    mutationFn: () => unwrap(api.GET('/api/v1/members/{id}', { params: { path: { id }, query: { reveal: true } } })),
    // The full numbers leave memory with the page.
    gcTime: 0,
  });
}

export function useMemberHistory(id: string) {
  return useQuery({
    queryKey: memberKeys.history(id),
    queryFn: () => unwrap(api.GET('/api/v1/members/{id}/history', { params: { path: { id } } })),
  });
}

/** The caller's organization tree (active organizations), for the organization, branch and 党小组 pickers. */
export function useMemberOrganizationTree() {
  return useQuery({
    queryKey: memberKeys.organizationTree,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/tree', { params: { query: { includeArchived: false } } })),
  });
}

// ---- writes ----

/** 登记入册; the key makes a retried submit of the same form register the member once. */
export function useCreateMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: MemberCreate; idempotencyKey: string }) =>
      unwrap(api.POST('/api/v1/members', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSuccess: () => invalidateRoster(queryClient),
  });
}

export function useUpdateMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: MemberUpdate; etag: string }) =>
      unwrap(api.PUT('/api/v1/members/{id}', { body, params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: () => invalidateRoster(queryClient),
  });
}

/** 调整支部 */
export function useMoveMember(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: MemberMove; etag?: string }) =>
      unwrap(api.POST('/api/v1/members/{id}/move', { body, params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: () => invalidateRoster(queryClient),
  });
}

/** One lifecycle action (转正, 延长预备期, …): each is its own endpoint with the same body. */
export function useLifecycleAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, body, etag }: { action: LifecycleAction; body: LifecycleInput; etag?: string }) => {
      const params = { path: { id }, header: { 'If-Match': etag } };
      switch (action) {
        case 'confirm':
          return unwrap(api.POST('/api/v1/members/{id}/confirm', { body, params }));
        case 'extend-probation':
          return unwrap(api.POST('/api/v1/members/{id}/extend-probation', { body, params }));
        case 'cancel-probation':
          return unwrap(api.POST('/api/v1/members/{id}/cancel-probation', { body, params }));
        case 'leave':
          return unwrap(api.POST('/api/v1/members/{id}/leave', { body, params }));
        case 'record-death':
          return unwrap(api.POST('/api/v1/members/{id}/record-death', { body, params }));
        case 'restore':
          return unwrap(api.POST('/api/v1/members/{id}/restore', { body, params }));
      }
    },
    onSuccess: () => invalidateRoster(queryClient),
  });
}
