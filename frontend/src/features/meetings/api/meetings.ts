import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapWithETag } from '../../../api/client';
import type { components } from '../../../api/schema';
import type { MeetingType } from '../labels';
import type { MeetingInput } from '../meetingForm';

type Schemas = components['schemas'];
export type Meeting = Schemas['MeetingView'];
export type MeetingAttachment = Schemas['MeetingAttachment'];
export type OrganizationTreeNode = Schemas['OrganizationTreeNode'];

/** Query keys of the feature; everything starts with 'meetings' so one prefix reaches all. */
export const meetingKeys = {
  all: ['meetings'] as const,
  list: (organizationId: string, from: string, to: string) => ['meetings', 'list', organizationId, from, to] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  expected: (query: ExpectedQuery) => ['meetings', 'expected', query] as const,
  reminders: (organizationId: string) => ['meetings', 'reminders', organizationId] as const,
  compliance: (organizationId: string, year: number) => ['meetings', 'compliance', organizationId, year] as const,
  matrix: (organizationId: string, year: number) => ['meetings', 'matrix', organizationId, year] as const,
  attendance: (organizationId: string, from: string, to: string) => ['meetings', 'attendance', organizationId, from, to] as const,
  organizationTree: ['meetings', 'organization-tree'] as const,
  groups: (branchId: string) => ['meetings', 'groups', branchId] as const,
};

/** The ETag the server expects in If-Match. */
export const etagOf = (version: number) => `"${version}"`;

export const MEETING_PAGE_LIMIT = 500;

/** Meetings below an organization between two days (a month of the calendar: one page is enough). */
export function useMeetings(organizationId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: meetingKeys.list(organizationId ?? '', from, to),
    queryFn: () =>
      unwrap(api.GET('/api/v1/meetings', { params: { query: { organizationId, from, to, limit: MEETING_PAGE_LIMIT } } })),
    enabled: organizationId !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** One meeting with the ETag to send back with an edit. */
export function useMeeting(id: string) {
  return useQuery({
    queryKey: meetingKeys.detail(id),
    queryFn: async () => {
      const { data, etag } = await unwrapWithETag(api.GET('/api/v1/meetings/{id}', { params: { path: { id } } }));
      return { meeting: data, etag: etag ?? etagOf(data.version) };
    },
  });
}

export interface ExpectedQuery {
  organizationId: string;
  types: MeetingType[];
  groupId?: string;
  date?: string;
}

/** Who a meeting of the organization on the day would expect (the 支委 for a 支委会, the group for a 党小组会). */
export function useExpectedAttendees(query: ExpectedQuery | undefined) {
  return useQuery({
    queryKey: meetingKeys.expected(query ?? { organizationId: '', types: [] }),
    queryFn: async () => {
      const q = query as ExpectedQuery;
      return (
        await unwrap(
          api.GET('/api/v1/meetings/expected-attendees', {
            params: {
              query: {
                organizationId: q.organizationId,
                types: q.types.length > 0 ? q.types.join(',') : undefined,
                groupId: q.groupId,
                date: q.date,
              },
            },
          }),
        )
      ).items;
    },
    enabled: query !== undefined,
  });
}

export function useMeetingReminders(organizationId: string | undefined) {
  return useQuery({
    queryKey: meetingKeys.reminders(organizationId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/meetings/reminders', { params: { query: { organizationId } } })),
    enabled: organizationId !== undefined,
  });
}

export function useMeetingCompliance(organizationId: string | undefined, year: number, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.compliance(organizationId ?? '', year),
    queryFn: () =>
      unwrap(api.GET('/api/v1/organizations/{id}/meeting-compliance', { params: { path: { id: organizationId ?? '' }, query: { year } } })),
    enabled: enabled && organizationId !== undefined,
  });
}

export function useSubtreeMeetingCompliance(organizationId: string | undefined, year: number, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.matrix(organizationId ?? '', year),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/organizations/{id}/meeting-compliance/subtree', { params: { path: { id: organizationId ?? '' }, query: { year } } }),
      ),
    enabled: enabled && organizationId !== undefined,
  });
}

export function useMeetingAttendance(organizationId: string | undefined, from: string, to: string) {
  return useQuery({
    queryKey: meetingKeys.attendance(organizationId ?? '', from, to),
    queryFn: () => unwrap(api.GET('/api/v1/meetings/attendance', { params: { query: { organizationId, from, to } } })),
    enabled: organizationId !== undefined,
  });
}

/** The caller's organization tree (active organizations): the organization picker. */
export function useMeetingOrganizationTree() {
  return useQuery({
    queryKey: meetingKeys.organizationTree,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/tree', { params: { query: { includeArchived: false } } })),
  });
}

/** The active 党小组 of a branch (for a 党小组会). */
export function useBranchGroups(branchId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: meetingKeys.groups(branchId ?? ''),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/organizations', {
            params: { query: { parentId: branchId ?? '', type: 'PARTY_GROUP', archived: 'EXCLUDE', limit: 500 } },
          }),
        )
      ).items,
    enabled: enabled && branchId !== undefined,
  });
}

// ---- writes ----

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meetingKeys.all });
}

export function useCreateMeeting() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: MeetingInput; idempotencyKey: string }) =>
      unwrap(api.POST('/api/v1/meetings', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
    onSuccess: invalidate,
  });
}

export function useUpdateMeeting(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ body, etag }: { body: MeetingInput; etag: string }) =>
      unwrap(api.PUT('/api/v1/meetings/{id}', { body, params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: invalidate,
  });
}

export function useCancelMeeting(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (reason: string) => unwrap(api.POST('/api/v1/meetings/{id}/cancel', { body: { reason }, params: { path: { id } } })),
    onSuccess: invalidate,
  });
}

/** Attachments the server takes (recognized by content there too) and their limit (meetings.attachment-max-size). */
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.pdf';
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

/** Why a file cannot be attached, or undefined when it can. */
export function attachmentProblem(file: { type: string; size: number }): string | undefined {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return '只能上传 JPG、PNG 图片或 PDF 文件';
  if (file.size > ATTACHMENT_MAX_BYTES) return '文件不能超过 5 MB';
  if (file.size === 0) return '文件是空的';
  return undefined;
}

export function useAddAttachment(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: async (file: File) => {
      const type = file.type as AttachmentType;
      return unwrap(
        api.POST('/api/v1/meetings/{id}/attachments', {
          params: { path: { id }, query: { fileName: file.name } },
          body: file as unknown as string,
          bodySerializer: (body: unknown) => body as Blob,
          headers: { 'Content-Type': type },
        }),
      );
    },
    onSuccess: invalidate,
  });
}

export function useDeleteAttachment(id: string) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(api.DELETE('/api/v1/meetings/{id}/attachments/{attachmentId}', { params: { path: { id, attachmentId } } })),
    onSuccess: invalidate,
  });
}

/** Where the browser downloads an attachment (with the session cookie). */
export const attachmentUrl = (meetingId: string, attachmentId: string) => `/api/v1/meetings/${meetingId}/attachments/${attachmentId}`;

/** 记实簿: the print page and the spreadsheet. */
export const bookPrintUrl = (organizationId: string, year: number) =>
  `/api/v1/meetings/book?${new URLSearchParams({ organizationId, year: String(year) }).toString()}`;
export const bookExportUrl = (organizationId: string, year: number) =>
  `/api/v1/meetings/book/export?${new URLSearchParams({ organizationId, year: String(year), format: 'XLSX' }).toString()}`;
export const attendanceExportUrl = (organizationId: string, from: string, to: string) =>
  `/api/v1/meetings/attendance/export?${new URLSearchParams({ organizationId, from, to, format: 'XLSX' }).toString()}`;
