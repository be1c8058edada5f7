import type { components } from '../../api/schema';
import { formatPercent, yuanText } from '../../lib/money';
import { memberCategoryLabels } from '../members';
import { orgTypeLabels } from '../organizations';
import type { GapKind } from './labels';
import { to } from './links';
import { dashboardPath } from './pageState';
import { periodText, type Period } from './period';

export type DashboardOverview = components['schemas']['DashboardOverview'];

/** One headline figure and the list behind it. */
export interface Figure {
  key: string;
  label: string;
  value: number | string;
  unit?: string;
  to: string;
  /** Something to act on (shown in red when not zero). */
  alert?: boolean;
}

/** A card: its headline figure and the figures that break it down. */
export interface FigureGroup {
  key: string;
  title: string;
  main: Figure;
  rest: Figure[];
}

/** The anchor of the 待整改 list on the page. */
export const GAPS_ANCHOR = 'gaps';

/**
 * The headline cards of an overview: every figure with the link to the list it counts, for the
 * organization the overview is of. Figures that are zero and only break others down are left out
 * (an organization type or member category with nobody in it). Pure.
 */
export function headlineFigures(overview: DashboardOverview, period: Period): FigureGroup[] {
  const org = overview.organization.id;
  const { members, dues, meetings, transfers, terms, gaps } = overview;
  const gapList = (kinds: GapKind[] = []) => `${dashboardPath(org, period, kinds)}#${GAPS_ANCHOR}`;
  const when = periodText(period);

  return [
    {
      key: 'organizations',
      title: '党组织',
      main: { key: 'organizations', label: '党组织', value: overview.organizations.total, unit: '个', to: to.organization(org, 'children') },
      rest: overview.organizations.byType
        .filter((count) => count.count > 0)
        .map((count) => ({ key: `type-${count.type}`, label: orgTypeLabels[count.type], value: count.count, unit: '个', to: to.organization(org, 'children') })),
    },
    {
      key: 'members',
      title: '党员',
      main: { key: 'members', label: '在册党员', value: members.total, unit: '人', to: to.members(org, { registration: 'REGISTERED' }) },
      rest: [
        { key: 'full', label: '正式党员', value: members.full, unit: '人', to: to.members(org, { status: 'FULL', registration: 'REGISTERED' }) },
        {
          key: 'probationary',
          label: '预备党员',
          value: members.probationary,
          unit: '人',
          to: to.members(org, { status: 'PROBATIONARY', registration: 'REGISTERED' }),
        },
        { key: 'reporting', label: '在职党员报到', value: members.reporting, unit: '人', to: to.members(org, { registration: 'REPORTING' }) },
        { key: 'outflow', label: '流出党员', value: members.outflow, unit: '人', to: to.members(org, { mobility: 'OUTFLOW' }) },
        { key: 'inflow', label: '流入党员', value: members.inflow, unit: '人', to: to.members(org, { mobility: 'INFLOW' }) },
        ...members.byCategory
          .filter((count) => count.count > 0)
          .map((count) => ({
            key: `category-${count.category}`,
            label: memberCategoryLabels[count.category],
            value: count.count,
            unit: '人',
            to: to.members(org, { category: count.category }),
          })),
      ],
    },
    {
      key: 'probation',
      title: '预备党员转正',
      main: {
        key: 'probationOverdue',
        label: '预备期满未转正',
        value: members.probationOverdue,
        unit: '人',
        to: to.members(org, { status: 'PROBATIONARY' }),
        alert: true,
      },
      rest: [{ key: 'probationDue', label: '预备期满或即将期满', value: members.probationDue, unit: '人', to: to.members(org, { status: 'PROBATIONARY' }) }],
    },
    {
      key: 'dues',
      title: `党费（${when}）`,
      main: { key: 'duesRate', label: '收缴率', value: formatPercent(dues.rate), to: to.duesRegister(org, period.year) },
      rest: [
        { key: 'duesDue', label: '应交', value: yuanText(dues.dueFen), to: to.duesRegister(org, period.year) },
        { key: 'duesPaid', label: '实交', value: yuanText(dues.paidFen), to: to.duesRegister(org, period.year) },
        { key: 'arrears', label: '欠缴3个月以上', value: dues.arrearsMembers, unit: '人', to: to.duesArrears(org), alert: true },
        { key: 'flagged', label: '连续6个月未交', value: dues.flaggedMembers, unit: '人', to: to.duesArrears(org), alert: true },
      ],
    },
    {
      key: 'meetings',
      title: `三会一课（${when}）`,
      main: { key: 'meetingsMet', label: '已落实 / 应落实', value: `${meetings.met} / ${meetings.required}`, unit: '项', to: to.meetingsCompliance(org, period.year) },
      rest: [
        { key: 'meetingsMissing', label: '未落实', value: meetings.missing, unit: '项', to: to.meetingsCompliance(org, period.year), alert: true },
        { key: 'meetingsOpen', label: '待落实', value: meetings.open, unit: '项', to: to.meetingsCompliance(org, period.year) },
        { key: 'meetingsHeld', label: '召开会议', value: meetings.held, unit: '次', to: to.meetingsCompliance(org, period.year) },
        { key: 'inactive', label: '6个月未参加组织生活', value: meetings.inactiveMembers, unit: '人', to: to.meetingsAttendance(org), alert: true },
      ],
    },
    {
      key: 'transfers',
      title: '组织关系转接',
      main: { key: 'transfersOpen', label: '办理中', value: transfers.open, unit: '件', to: to.openTransfers() },
      rest: [{ key: 'transfersOverdue', label: '超期事项', value: transfers.overdue, unit: '项', to: to.overdueTransfers(org), alert: true }],
    },
    {
      key: 'terms',
      title: '班子换届',
      main: { key: 'termsOverdue', label: '换届超期', value: terms.overdue, unit: '个', to: gapList(['ELECTION_OVERDUE']), alert: true },
      rest: [
        { key: 'termsDue', label: '一个月内到期', value: terms.dueWithinMonth, unit: '个', to: gapList(['ELECTION_DUE']), alert: true },
        { key: 'noLeadership', label: '未录入班子', value: terms.noLeadership, unit: '个', to: gapList(['LEADERSHIP']), alert: true },
      ],
    },
    {
      key: 'gaps',
      title: '待整改',
      main: { key: 'gapsTotal', label: '待整改事项', value: gaps.total, unit: '项', to: gapList(), alert: true },
      rest: [{ key: 'gapsUrgent', label: '立即整改', value: gaps.urgent, unit: '项', to: gapList(), alert: true }],
    },
  ];
}

/** Whether a figure is one to act on now: an alert that is not zero. */
export function isAlarming(figure: Figure): boolean {
  return figure.alert === true && typeof figure.value === 'number' && figure.value > 0;
}
