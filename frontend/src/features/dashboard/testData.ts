import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** Dashboard answers as the API gives them, for the unit and page tests. */

export const STREET = { id: '11111111-1111-4111-8111-111111111111', code: 'JD-001', name: '幸福街道党工委', type: 'STREET_WORKING_COMMITTEE' as const };
export const XFL = { id: '22222222-2222-4222-8222-222222222222', code: 'SQ-0101', name: '幸福里社区党委', type: 'PARTY_COMMITTEE' as const };
export const XFL1 = { id: '33333333-3333-4333-8333-333333333333', code: 'SQ-0101-01', name: '幸福里社区第一党支部', type: 'BRANCH' as const };
export const CZY = { id: '44444444-4444-4444-8444-444444444444', code: 'SQ-0102', name: '翠竹园社区党总支', type: 'GENERAL_BRANCH' as const };

export function overview(organization: Schemas['OrgRef'] = STREET, overrides: Partial<Schemas['DashboardOverview']> = {}): Schemas['DashboardOverview'] {
  return {
    organization,
    period: { kind: 'QUARTER', label: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
    computedAt: '2026-11-23T03:08:35Z',
    pendingOrganizations: 0,
    organizations: {
      total: 19,
      byType: [
        { type: 'STREET_WORKING_COMMITTEE', count: 1 },
        { type: 'PARTY_COMMITTEE', count: 3 },
        { type: 'BRANCH', count: 10 },
        { type: 'JOINT_BRANCH', count: 0 },
      ],
    },
    members: {
      total: 215,
      full: 197,
      probationary: 18,
      reporting: 4,
      outflow: 20,
      inflow: 0,
      probationDue: 4,
      probationOverdue: 3,
      byCategory: [
        { category: 'RETIRED', count: 69 },
        { category: 'VETERAN', count: 15 },
        { category: 'BEDRIDDEN', count: 0 },
      ],
    },
    dues: { dueFen: 1084085, paidFen: 420000, rate: 0.3874, arrearsMembers: 15, flaggedMembers: 11 },
    meetings: { held: 5, required: 18, met: 4, missing: 2, open: 12, inactiveMembers: 0 },
    transfers: { open: 4, overdue: 16 },
    terms: { overdue: 2, dueWithinMonth: 0, noLeadership: 1 },
    gaps: {
      total: 48,
      urgent: 7,
      byKind: [
        { kind: 'LEADERSHIP', count: 1 },
        { kind: 'ELECTION_OVERDUE', count: 2 },
        { kind: 'TRANSFER_OVERDUE', count: 16 },
      ],
    },
    ...overrides,
  };
}

export const gaps: Schemas['DashboardGapList'] = {
  organization: STREET,
  total: 3,
  byKind: [
    { kind: 'ELECTION_OVERDUE', count: 1 },
    { kind: 'LEADERSHIP', count: 1 },
    { kind: 'TRANSFER_OVERDUE', count: 1 },
  ],
  items: [
    { kind: 'ELECTION_OVERDUE', severity: 'URGENT', organization: CZY, since: '2026-09-23', detail: '任期已于2026-09-23届满，应按期换届', code: 'ELECTION_OVERDUE' },
    { kind: 'LEADERSHIP', severity: 'WARNING', organization: XFL, detail: '未录入现任班子及任期', code: 'NO_LEADERSHIP' },
    {
      kind: 'TRANSFER_OVERDUE',
      severity: 'NOTICE',
      organization: XFL1,
      since: '2026-10-01',
      detail: '王秀英：回执超期未收回（53 天）',
      code: 'RECEIPT_MISSING',
      transferId: '77777777-7777-4777-8777-777777777777',
      memberId: '88888888-8888-4888-8888-888888888888',
      memberName: '王秀英',
    },
  ],
  truncated: false,
};

const row = (organization: Schemas['OrgRef'], own: boolean, hasChildren: boolean, members: number): Schemas['DashboardBreakdownRow'] => ({
  organization,
  own,
  hasChildren,
  organizations: hasChildren ? 4 : 1,
  members,
  probationary: 2,
  duesDueFen: 100000,
  duesPaidFen: 40000,
  duesRate: 0.4,
  duesFlagged: 1,
  meetingsRequired: 9,
  meetingsMet: 3,
  meetingsMissing: 2,
  inactiveMembers: 0,
  gaps: 5,
  urgentGaps: 1,
});

export function breakdown(organization: Schemas['OrgRef'] = STREET): Schemas['DashboardBreakdown'] {
  return {
    organization,
    period: { kind: 'QUARTER', label: '2026-Q4', from: '2026-10-01', to: '2026-12-31' },
    rows:
      organization.id === XFL1.id
        ? [row(XFL1, true, false, 30)]
        : organization.id === XFL.id
          ? [row(XFL1, false, false, 30)]
          : [row(XFL, false, true, 39), row(CZY, false, true, 52)],
  };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);

export const heatmap: Schemas['DashboardMeetingHeatmap'] = {
  organization: XFL,
  year: 2026,
  months: MONTHS,
  rows: [
    {
      organization: XFL,
      own: true,
      hasChildren: true,
      missing: 1,
      cells: [
        { month: '2026-01', required: 2, met: 1, missing: 1, open: 0, held: 1, status: 'MISSING', missingRequirements: ['COMMITTEE_MEETING'] },
        { month: '2026-02', required: 1, met: 1, missing: 0, open: 0, held: 2, status: 'MET', missingRequirements: [] },
      ],
    },
    {
      organization: XFL1,
      own: false,
      hasChildren: false,
      missing: 0,
      cells: [
        { month: '2026-11', required: 3, met: 0, missing: 0, open: 3, held: 0, status: 'OPEN', missingRequirements: [] },
        { month: '2026-12', required: 5, met: 0, missing: 0, open: 0, held: 0, status: 'FUTURE', missingRequirements: [] },
      ],
    },
  ],
};

export const duesTrend: Schemas['DashboardDuesTrend'] = {
  organization: STREET,
  months: ['2026-10', '2026-11'],
  series: [
    {
      organization: STREET,
      total: true,
      hasChildren: true,
      points: [
        { month: '2026-10', dueFen: 100000, paidFen: 79710, rate: 0.7971 },
        { month: '2026-11', dueFen: 0, paidFen: 0 },
      ],
    },
    {
      organization: XFL,
      total: false,
      hasChildren: true,
      points: [
        { month: '2026-10', dueFen: 50000, paidFen: 38825, rate: 0.7765 },
        { month: '2026-11', dueFen: 50000, paidFen: 0, rate: 0 },
      ],
    },
  ],
};
