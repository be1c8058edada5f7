import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { components } from '../../../api/schema';
import type { GapKind } from '../labels';

type Schemas = components['schemas'];
export type DashboardOverview = Schemas['DashboardOverview'];
export type DashboardGapList = Schemas['DashboardGapList'];
export type DashboardGap = Schemas['DashboardGap'];
export type DashboardBreakdown = Schemas['DashboardBreakdown'];
export type DashboardBreakdownRow = Schemas['DashboardBreakdownRow'];
export type DashboardMeetingHeatmap = Schemas['DashboardMeetingHeatmap'];
export type DashboardDuesTrend = Schemas['DashboardDuesTrend'];
export type OrganizationTreeNode = Schemas['OrganizationTreeNode'];

/** Query keys of the feature; everything starts with 'dashboard' so one prefix reaches all. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  organizationTree: ['dashboard', 'organization-tree'] as const,
  overview: (organizationId: string | undefined, period: string) => ['dashboard', 'overview', organizationId ?? '', period] as const,
  gaps: (organizationId: string | undefined, kinds: readonly GapKind[], limit: number) =>
    ['dashboard', 'gaps', organizationId ?? '', kinds, limit] as const,
  breakdown: (organizationId: string | undefined, period: string) => ['dashboard', 'breakdown', organizationId ?? '', period] as const,
  meetings: (organizationId: string | undefined, period: string) => ['dashboard', 'meetings', organizationId ?? '', period] as const,
  duesTrend: (organizationId: string | undefined, period: string) => ['dashboard', 'dues-trend', organizationId ?? '', period] as const,
};

/**
 * The dashboard reads what the other pages write: coming back to it after fixing something shows
 * the figures again from the server (no stale window), while a drill step keeps the previous
 * figures on screen until the next arrive.
 */
const fresh = { staleTime: 0, placeholderData: keepPreviousData } as const;

/** While the server is still bringing some organizations' figures up to date, ask again shortly. */
const PENDING_POLL_MS = 5_000;

/** The caller's organization tree (active organizations): the subtree picker and the breadcrumb. */
export function useDashboardOrganizationTree() {
  return useQuery({
    queryKey: dashboardKeys.organizationTree,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/tree', { params: { query: { includeArchived: false } } })),
  });
}

export function useDashboardOverview(organizationId: string | undefined, period: string) {
  return useQuery({
    queryKey: dashboardKeys.overview(organizationId, period),
    queryFn: () => unwrap(api.GET('/api/v1/dashboard/overview', { params: { query: { organizationId, period } } })),
    refetchInterval: (query) => ((query.state.data?.pendingOrganizations ?? 0) > 0 ? PENDING_POLL_MS : false),
    ...fresh,
  });
}

/** The default page of 待整改 and the most the API lists at once (the export has them all). */
export const GAP_LIMIT = 50;
export const GAP_LIMIT_MAX = 500;

export function useDashboardGaps(organizationId: string | undefined, kinds: readonly GapKind[], limit: number) {
  return useQuery({
    queryKey: dashboardKeys.gaps(organizationId, kinds, limit),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/dashboard/gaps', {
          params: { query: { organizationId, kind: kinds.length > 0 ? [...kinds] : undefined, limit } },
        }),
      ),
    ...fresh,
  });
}

export function useDashboardBreakdown(organizationId: string | undefined, period: string) {
  return useQuery({
    queryKey: dashboardKeys.breakdown(organizationId, period),
    queryFn: () => unwrap(api.GET('/api/v1/dashboard/breakdown', { params: { query: { organizationId, period } } })),
    ...fresh,
  });
}

export function useDashboardMeetings(organizationId: string | undefined, period: string) {
  return useQuery({
    queryKey: dashboardKeys.meetings(organizationId, period),
    queryFn: () => unwrap(api.GET('/api/v1/dashboard/meetings', { params: { query: { organizationId, period } } })),
    ...fresh,
  });
}

export function useDashboardDuesTrend(organizationId: string | undefined, period: string) {
  return useQuery({
    queryKey: dashboardKeys.duesTrend(organizationId, period),
    queryFn: () => unwrap(api.GET('/api/v1/dashboard/dues-trend', { params: { query: { organizationId, period } } })),
    ...fresh,
  });
}

// ---- the workbook and the print page (plain GETs: the session cookie authenticates them) ----

function query(organizationId: string | undefined, period: string): string {
  const params = new URLSearchParams();
  if (organizationId) params.set('organizationId', organizationId);
  params.set('period', period);
  return params.toString();
}

/** 导出 Excel: the overview, every gap, the breakdown, the heat map and the dues trend as one workbook. */
export function exportUrl(organizationId: string | undefined, period: string): string {
  return `/api/v1/dashboard/export?${query(organizationId, period)}`;
}

/** 打印: the overview as an A4 page, opened in a new tab. */
export function printUrl(organizationId: string | undefined, period: string): string {
  return `/api/v1/dashboard/print?${query(organizationId, period)}`;
}
