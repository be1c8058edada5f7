import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type MeetingType = Schemas['MeetingType'];
export type MeetingRequirement = Schemas['MeetingRequirement'];
export type AttendanceStatus = Schemas['AttendanceStatus'];
export type MeetingComplianceStatus = Schemas['MeetingComplianceStatus'];
export type MeetingVote = Schemas['MeetingVote'];
export type MeetingState = Schemas['State'];
export type MeetingPeriodKind = Schemas['MeetingPeriodKind'];

/** The labels of the meetings feature's enum codes, in one place (Records make a new code a type error). */

/** 会议类型 */
export const meetingTypeLabels: Record<MeetingType, string> = {
  BRANCH_GENERAL_MEETING: '支部党员大会',
  BRANCH_COMMITTEE_MEETING: '支委会',
  PARTY_GROUP_MEETING: '党小组会',
  PARTY_LECTURE: '党课',
  THEMED_PARTY_DAY: '主题党日',
  ORGANIZATIONAL_LIFE_MEETING: '组织生活会',
  DEMOCRATIC_APPRAISAL: '民主评议党员',
  OTHER: '其他会议',
};

export const meetingTypeColors: Record<MeetingType, string> = {
  BRANCH_GENERAL_MEETING: 'red',
  BRANCH_COMMITTEE_MEETING: 'volcano',
  PARTY_GROUP_MEETING: 'orange',
  PARTY_LECTURE: 'blue',
  THEMED_PARTY_DAY: 'magenta',
  ORGANIZATIONAL_LIFE_MEETING: 'purple',
  DEMOCRATIC_APPRAISAL: 'geekblue',
  OTHER: 'default',
};

/** 规定动作: what the rules require (and what a held meeting counts for). */
export const meetingRequirementLabels: Record<MeetingRequirement, string> = {
  GENERAL_MEETING: '支部党员大会',
  COMMITTEE_MEETING: '支委会',
  GROUP_MEETING: '党小组会',
  PARTY_LECTURE: '党课',
  SECRETARY_LECTURE: '书记讲党课',
  THEMED_PARTY_DAY: '主题党日',
  ORGANIZATIONAL_LIFE_MEETING: '组织生活会',
  DEMOCRATIC_APPRAISAL: '民主评议党员',
};

/** 出勤 */
export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  EXPECTED: '应到',
  PRESENT: '出席',
  LEAVE: '请假',
  ABSENT: '缺席',
};

export const attendanceStatusColors: Record<AttendanceStatus, string> = {
  EXPECTED: 'default',
  PRESENT: 'green',
  LEAVE: 'gold',
  ABSENT: 'red',
};

/** 落实情况 of a requirement in a period. */
export const complianceStatusLabels: Record<MeetingComplianceStatus, string> = {
  MET: '已落实',
  MISSING: '未落实',
  OPEN: '待落实',
  FUTURE: '未到期',
};

export const complianceStatusColors: Record<MeetingComplianceStatus, string> = {
  MET: 'green',
  MISSING: 'red',
  OPEN: 'gold',
  FUTURE: 'default',
};

/** Cell backgrounds of the organization × month matrix. */
export const complianceStatusBackgrounds: Record<MeetingComplianceStatus, string> = {
  MET: '#d9f7be',
  MISSING: '#ffccc7',
  OPEN: '#fff1b8',
  FUTURE: '#f5f5f5',
};

/** 表决 */
export const meetingVoteLabels: Record<MeetingVote, string> = {
  NONE: '无表决',
  RESOLUTION: '表决事项',
  ELECTION: '选举',
};

/** 会议状态 */
export const meetingStateLabels: Record<MeetingState, string> = {
  PLANNED: '计划召开',
  HELD: '已召开',
  CANCELLED: '已取消',
};

export const meetingStateColors: Record<MeetingState, string> = {
  PLANNED: 'blue',
  HELD: 'green',
  CANCELLED: 'default',
};

export const periodKindLabels: Record<MeetingPeriodKind, string> = {
  MONTH: '每月',
  QUARTER: '每季度',
  YEAR: '每年',
};

/** A period as the books write it: 2026-07 → 2026年7月, 2026-Q3 → 2026年第三季度, 2026 → 2026年. */
export function periodLabel(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return `${quarter[1]}年第${'一二三四'[Number(quarter[2]) - 1]}季度`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  if (/^\d{4}$/.test(period)) return `${period}年`;
  return period;
}

/** Select options for an enum, in the dictionary's order (or only the given codes). */
export function optionsOf<K extends string>(labels: Record<K, string>, keys?: readonly K[]): { value: K; label: string }[] {
  return (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
}
