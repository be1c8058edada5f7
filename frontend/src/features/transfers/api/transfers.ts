import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithETag } from '../../../api/client';
import type { components } from '../../../api/schema';
import { toTransferListQuery, type TransferFilters, type TransferListQuery } from '../filters';

type Schemas = components['schemas'];
export type Transfer = Schemas['TransferView'];
export type TransferCreate = Schemas['TransferCreate'];
export type TransferApproval = Schemas['TransferApproval'];
export type TransferAcceptance = Schemas['TransferAcceptance'];
export type ReceiptConfirmation = Schemas['ReceiptConfirmation'];
export type TransferReason = Schemas['TransferReason'];
export type LetterReissue = Schemas['LetterReissue'];
export type LetterView = Schemas['LetterView'];
export type TransferStep = Schemas['TransferStepView'];
export type OverdueReport = Schemas['OverdueReport'];
export type OverdueItem = Schemas['OverdueItem'];
export type OrgRef = Schemas['OrgRef'];

/** Query keys of the feature; everything starts with 'transfers' so one prefix reaches all. */
export const transferKeys = {
  all: ['transfers'] as const,
  list: (query: TransferListQuery) => ['transfers', 'list', query] as const,
  detail: (id: string) => ['transfers', 'detail', id] as const,
  overdue: (organizationId: string | undefined) => ['transfers', 'overdue', organizationId ?? ''] as const,
  destinations: (q: string) => ['transfers', 'destinations', q] as const,
  branches: (organizationId: string) => ['transfers', 'branches', organizationId] as const,
  groups: (branchId: string) => ['transfers', 'groups', branchId] as const,
  organizationTree: ['transfers', 'organization-tree'] as const,
};

/**
 * After any move, refetch what is on screen: the transfers, and the roster and the organizations'
 * member counts (an acceptance moves or registers a member, an outgoing letter takes one off the roster).
 */
export async function invalidateTransfers(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: transferKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['members'] }),
    queryClient.invalidateQueries({ queryKey: ['organizations'] }),
  ]);
}

/** The ETag the server expects in If-Match. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

// ---- reads ----

export const TRANSFER_PAGE_SIZE = 50;

/** Transfers page by page (keyset pagination: "加载更多"), newest first. */
export function useTransferList(query: TransferListQuery, enabled = true) {
  return useInfiniteQuery({
    queryKey: transferKeys.list(query),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/transfers', { params: { query: { ...query, limit: TRANSFER_PAGE_SIZE, cursor: pageParam } } })),
    getNextPageParam: (page) => page.nextCursor,
    enabled,
  });
}

/** 待我办理: transfers waiting for the caller's side (approval, acceptance, an outgoing letter's 回执). */
export function useInbox() {
  return useTransferList({ inbox: true });
}

/** 全部转接, filtered. */
export function useFilteredTransfers(filters: TransferFilters) {
  return useTransferList(toTransferListQuery(filters));
}

/** One member's transfers (the member page's card); a member has few, so the first page is all of them. */
export function useMemberTransfers(memberId: string) {
  return useQuery({
    queryKey: transferKeys.list({ memberId }),
    queryFn: () => unwrap(api.GET('/api/v1/transfers', { params: { query: { memberId, limit: TRANSFER_PAGE_SIZE } } })),
  });
}

/** One transfer with the ETag to send back with a move (falls back to its version if the header is hidden). */
export function useTransfer(id: string) {
  return useQuery({
    queryKey: transferKeys.detail(id),
    queryFn: async () => {
      const { data, etag } = await unwrapWithETag(api.GET('/api/v1/transfers/{id}', { params: { path: { id } } }));
      return { transfer: data, etag: etag ?? etagOf(data.version) };
    },
  });
}

export const OVERDUE_LIMIT = 200;

/** 超期提醒 for an organization (default: the caller's) and everything below it. */
export function useOverdueReport(organizationId?: string) {
  return useQuery({
    queryKey: transferKeys.overdue(organizationId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/transfers/overdue', { params: { query: { organizationId, subtree: true, limit: OVERDUE_LIMIT } } })),
  });
}

/** Organizations of the caller's street that may receive an INTERNAL transfer, matching `q` (at most 50). */
export function useTransferDestinations(q: string) {
  return useQuery({
    queryKey: transferKeys.destinations(q),
    queryFn: () => unwrap(api.GET('/api/v1/transfers/destinations', { params: { query: q ? { q } : {} } })),
    // Keep the previous matches on screen while the next ones load, so the options do not flicker.
    placeholderData: keepPreviousData,
  });
}

/** The branches (党支部, 联合党支部) of an organization's subtree, itself included: where an accepted member may go. */
export function useReceiverBranches(organizationId: string | undefined) {
  return useQuery({
    queryKey: transferKeys.branches(organizationId ?? ''),
    queryFn: async () => {
      const id = organizationId ?? '';
      const [branches, joint] = await Promise.all(
        (['BRANCH', 'JOINT_BRANCH'] as const).map((type) =>
          unwrap(api.GET('/api/v1/organizations', { params: { query: { subtreeOf: id, type, archived: 'EXCLUDE', limit: 500 } } })),
        ),
      );
      return [...(branches?.items ?? []), ...(joint?.items ?? [])].sort((a, b) => a.code.localeCompare(b.code));
    },
    enabled: organizationId !== undefined,
  });
}

/** The caller's organization tree (active organizations), for the receiving organization of 登记转入. */
export function useTransferOrganizationTree() {
  return useQuery({
    queryKey: transferKeys.organizationTree,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/tree', { params: { query: { includeArchived: false } } })),
  });
}

/** The active 党小组 of a branch. */
export function useBranchGroups(branchId: string | undefined) {
  return useQuery({
    queryKey: transferKeys.groups(branchId ?? ''),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/organizations', {
            params: { query: { parentId: branchId ?? '', type: 'PARTY_GROUP', archived: 'EXCLUDE', limit: 500 } },
          }),
        )
      ).items,
    enabled: branchId !== undefined,
  });
}

// ---- writes ----

/** 发起转接 or 登记转入; the key makes a retried submit of the same form create once. */
export function useCreateTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: TransferCreate; idempotencyKey: string }) =>
      unwrap(api.POST('/api/v1/transfers', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSuccess: () => invalidateTransfers(queryClient),
  });
}

/** A move on a transfer with its body; each is its own endpoint. */
export type MoveRequest =
  | { move: 'APPROVE'; body: TransferApproval }
  | { move: 'ACCEPT'; body: TransferAcceptance; idempotencyKey: string }
  | { move: 'CONFIRM_RECEIPT'; body: ReceiptConfirmation }
  | { move: 'RETURN'; body: TransferReason }
  | { move: 'WITHDRAW'; body: TransferReason }
  | { move: 'REISSUE'; body: LetterReissue };

/** Takes a move, with If-Match from the read the form was opened on (and Idempotency-Key for 接收). */
export function useTransferMove(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, etag }: { request: MoveRequest; etag: string }) => {
      const path = { id };
      const header = { 'If-Match': etag };
      switch (request.move) {
        case 'APPROVE':
          return unwrap(api.POST('/api/v1/transfers/{id}/approve', { body: request.body, params: { path, header } }));
        case 'ACCEPT':
          return unwrap(
            api.POST('/api/v1/transfers/{id}/accept', {
              body: request.body,
              params: { path, header: { ...header, 'Idempotency-Key': request.idempotencyKey } },
            }),
          );
        case 'CONFIRM_RECEIPT':
          return unwrap(api.POST('/api/v1/transfers/{id}/confirm-receipt', { body: request.body, params: { path, header } }));
        case 'RETURN':
          return unwrap(api.POST('/api/v1/transfers/{id}/return', { body: request.body, params: { path, header } }));
        case 'WITHDRAW':
          return unwrap(api.POST('/api/v1/transfers/{id}/withdraw', { body: request.body, params: { path, header } }));
        case 'REISSUE':
          return unwrap(api.POST('/api/v1/transfers/{id}/reissue', { body: request.body, params: { path, header } }));
      }
    },
    onSuccess: (transfer) => {
      queryClient.setQueryData(transferKeys.detail(id), { transfer, etag: etagOf(transfer.version) });
      return invalidateTransfers(queryClient);
    },
  });
}

/** The printable 介绍信 (HTML, opened in a new tab with the session cookie); `reveal` is audited by the server. */
export function letterUrl(id: string, reveal = false): string {
  return `/api/v1/transfers/${id}/letter${reveal ? '?reveal=true' : ''}`;
}
