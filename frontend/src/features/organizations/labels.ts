import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type OrgType = Schemas['OrgType'];
export type OrgCategory = Schemas['OrgCategory'];
export type Position = Schemas['Position'];
export type OrgEventKind = Schemas['OrgEventKind'];
export type ElectionStatus = Schemas['ElectionStatus'];
export type WarningSeverity = Schemas['WarningSeverity'];
export type ArchivedFilter = Schemas['ArchivedFilter'];

/** The labels of the organizations feature's enum codes, in one place. Records make a new code a type error here. */

/** 组织类型, in tree order (root first). */
export const orgTypeLabels: Record<OrgType, string> = {
  STREET_WORKING_COMMITTEE: '街道党工委',
  PARTY_COMMITTEE: '党委',
  GENERAL_BRANCH: '党总支',
  BRANCH: '党支部',
  JOINT_BRANCH: '联合党支部',
  PARTY_GROUP: '党小组',
};

/** antd Tag colors per type, so a level reads the same everywhere. */
export const orgTypeColors: Record<OrgType, string> = {
  STREET_WORKING_COMMITTEE: 'red',
  PARTY_COMMITTEE: 'volcano',
  GENERAL_BRANCH: 'orange',
  BRANCH: 'blue',
  JOINT_BRANCH: 'geekblue',
  PARTY_GROUP: 'cyan',
};

/** 组织类别 */
export const orgCategoryLabels: Record<OrgCategory, string> = {
  STREET: '街道',
  COMMUNITY: '社区',
  INSTITUTION: '机关事业单位',
  NON_PUBLIC: '非公有制经济组织',
  SOCIAL_ORGANIZATION: '社会组织',
  MOBILE_MEMBERS: '流动党员',
  GRID: '网格',
  OTHER: '其他',
};

/** 班子职务, in the order seats are listed. */
export const positionLabels: Record<Position, string> = {
  SECRETARY: '书记',
  DEPUTY_SECRETARY: '副书记',
  ORGANIZATION_COMMITTEE_MEMBER: '组织委员',
  PUBLICITY_COMMITTEE_MEMBER: '宣传委员',
  DISCIPLINE_COMMITTEE_MEMBER: '纪检委员',
  YOUTH_COMMITTEE_MEMBER: '青年委员',
  UNITED_FRONT_COMMITTEE_MEMBER: '统战委员',
  COMMITTEE_MEMBER: '委员',
};

/** 组织沿革事件 */
export const orgEventKindLabels: Record<OrgEventKind, string> = {
  CREATED: '成立',
  MOVED: '调整隶属关系',
  TYPE_CHANGED: '类型变更',
  TERM_STARTED: '换届',
  ARCHIVED: '撤销',
};

export const orgEventKindColors: Record<OrgEventKind, string> = {
  CREATED: 'green',
  MOVED: 'blue',
  TYPE_CHANGED: 'purple',
  TERM_STARTED: 'cyan',
  ARCHIVED: 'gray',
};

/** 换届状态 */
export const electionStatusLabels: Record<ElectionStatus, string> = {
  NO_TERM: '未录入任期',
  NOT_DUE: '未到期',
  DUE_SOON: '6个月内到期',
  DUE_VERY_SOON: '1个月内到期',
  OVERDUE: '已逾期',
};

export const electionStatusColors: Record<ElectionStatus, string> = {
  NO_TERM: 'default',
  NOT_DUE: 'green',
  DUE_SOON: 'gold',
  DUE_VERY_SOON: 'orange',
  OVERDUE: 'red',
};

/** 预警级别 */
export const warningSeverityLabels: Record<WarningSeverity, string> = {
  HIGH: '严重',
  MEDIUM: '较重',
  LOW: '提示',
};

export const warningSeverityColors: Record<WarningSeverity, string> = {
  HIGH: 'red',
  MEDIUM: 'orange',
  LOW: 'blue',
};

/** The antd Alert type that matches a severity. */
export const warningSeverityAlertTypes: Record<WarningSeverity, 'error' | 'warning' | 'info'> = {
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'info',
};

/** 撤销状态筛选 */
export const archivedFilterLabels: Record<ArchivedFilter, string> = {
  EXCLUDE: '仅现有组织',
  INCLUDE: '含已撤销',
  ONLY: '仅已撤销',
};

/** Select options for an enum, in the dictionary's order. */
export function optionsOf<K extends string>(labels: Record<K, string>, keys?: readonly K[]): { value: K; label: string }[] {
  return (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
}

/** "剩余 48 天" / "今日到期" / "已逾期 3 天" for an election's daysLeft. */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft > 0) return `剩余 ${daysLeft} 天`;
  if (daysLeft === 0) return '今日到期';
  return `已逾期 ${-daysLeft} 天`;
}
