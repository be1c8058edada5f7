import type { components } from '../../api/schema';
import type { Permission } from '../../lib/permissions';

type Schemas = components['schemas'];
export type DashboardGap = Schemas['DashboardGap'];

/**
 * Where the dashboard's figures and gaps lead: the pages of the other features, by their addresses
 * (the address parameters each of those pages reads). Pure.
 */

function withQuery(path: string, values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, String(value));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** What the member list can be narrowed to from here (its address parameters). */
export interface MemberListFilter {
  status?: 'PROBATIONARY' | 'FULL';
  registration?: Schemas['Registration'];
  mobility?: Schemas['Mobility'];
  category?: Schemas['MemberCategory'];
}

export type OrganizationTab = 'warnings' | 'leadership' | 'children';

export const to = {
  organization: (id: string, tab?: OrganizationTab) => withQuery(`/organizations/${id}`, { tab }),
  /** 党员名册 of the subtree, filtered. */
  members: (organizationId: string, filter: MemberListFilter = {}) =>
    withQuery('/members', {
      organizationId,
      status: filter.status,
      category: filter.category,
      registration: filter.registration,
      mobility: filter.mobility,
    }),
  member: (id: string) => `/members/${id}`,
  /** 党费登记表 of the subtree (the page picks its first branch when the organization is not one). */
  duesRegister: (organizationId: string, year: number) => withQuery('/dues', { org: organizationId, year }),
  duesArrears: (organizationId: string) => withQuery('/dues', { tab: 'arrears', org: organizationId }),
  meetingsCompliance: (organizationId: string, year?: number) => withQuery('/meetings', { org: organizationId, tab: 'compliance', year }),
  meetingsAttendance: (organizationId: string) => withQuery('/meetings', { org: organizationId, tab: 'attendance' }),
  transfer: (id: string) => `/transfers/${id}`,
  /** 全部转接 still open. The list has no "either end in this subtree" filter: it shows the caller's whole scope. */
  openTransfers: () => withQuery('/transfers', { tab: 'all', state: 'REQUESTED,ISSUED' }),
  overdueTransfers: (organizationId: string) => withQuery('/transfers', { tab: 'overdue', org: organizationId }),
};

/** Where a gap is fixed, what doing it is called, and who may do it (others only look). */
export interface GapAction {
  to: string;
  label: string;
  permission: Permission;
}

/** The shape warnings that are about the leadership seats, fixed on the 班子 tab. */
const LEADERSHIP_SHAPE_CODES = new Set(['NO_COMMITTEE', 'COMMITTEE_TOO_LARGE', 'COMMITTEE_NOT_EXPECTED', 'COMMUNITY_LEADERSHIP_SIZE']);

export function gapAction(gap: Pick<DashboardGap, 'kind' | 'organization' | 'code' | 'transferId' | 'memberId'>): GapAction {
  const org = gap.organization.id;
  switch (gap.kind) {
    case 'ORG_SHAPE':
      return LEADERSHIP_SHAPE_CODES.has(gap.code ?? '')
        ? { to: to.organization(org, 'leadership'), label: '调整班子', permission: 'organizations.write' }
        : { to: to.organization(org, 'warnings'), label: '查看预警', permission: 'organizations.write' };
    case 'LEADERSHIP':
      return { to: to.organization(org, 'leadership'), label: '录入班子', permission: 'organizations.write' };
    case 'ELECTION_OVERDUE':
    case 'ELECTION_DUE':
      return { to: to.organization(org, 'leadership'), label: '办理换届', permission: 'organizations.write' };
    case 'MEETINGS_MISSED':
      return { to: to.meetingsCompliance(org), label: '查看合规', permission: 'meetings.write' };
    case 'MEMBERS_INACTIVE':
      return { to: to.meetingsAttendance(org), label: '查看出勤', permission: 'meetings.write' };
    case 'DUES_FLAGGED':
    case 'DUES_ARREARS':
      return { to: to.duesArrears(org), label: '查看欠缴', permission: 'dues.write' };
    case 'PROBATION_OVERDUE':
      return { to: to.members(org, { status: 'PROBATIONARY' }), label: '办理转正', permission: 'members.write' };
    case 'TRANSFER_OVERDUE':
      if (gap.transferId) return { to: to.transfer(gap.transferId), label: '办理转接', permission: 'transfers.write' };
      if (gap.memberId) return { to: to.member(gap.memberId), label: '查看党员', permission: 'transfers.write' };
      return { to: to.overdueTransfers(org), label: '查看超期', permission: 'transfers.write' };
  }
}
