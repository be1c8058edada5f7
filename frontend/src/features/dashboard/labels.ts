import type { components } from '../../api/schema';
import { complianceStatusLabels } from '../meetings';

type Schemas = components['schemas'];
export type GapKind = Schemas['GapKind'];
export type GapSeverity = Schemas['GapSeverity'];
export type PeriodKind = Schemas['MeetingPeriodKind'];
export type ComplianceStatus = Schemas['MeetingComplianceStatus'];

/** The labels of the dashboard's enum codes, in one place (Records make a new code a type error). */

/** 待整改事项的类别, in the order the filter offers them. */
export const gapKindLabels: Record<GapKind, string> = {
  ORG_SHAPE: '组织设置不规范',
  LEADERSHIP: '班子不健全',
  ELECTION_OVERDUE: '换届超期',
  ELECTION_DUE: '一个月内到期换届',
  MEETINGS_MISSED: '三会一课未落实',
  MEMBERS_INACTIVE: '连续6个月未参加组织生活',
  DUES_FLAGGED: '连续6个月未交党费',
  DUES_ARREARS: '欠缴党费3个月以上',
  PROBATION_OVERDUE: '预备期满未转正',
  TRANSFER_OVERDUE: '组织关系转接超期',
};

/** 紧急程度 */
export const gapSeverityLabels: Record<GapSeverity, string> = {
  URGENT: '立即整改',
  WARNING: '尽快整改',
  NOTICE: '提示',
};

export const gapSeverityColors: Record<GapSeverity, string> = {
  URGENT: 'red',
  WARNING: 'orange',
  NOTICE: 'blue',
};

/** 统计期间的类型 (the period picker's choices). */
export const periodKindLabels: Record<PeriodKind, string> = {
  MONTH: '月',
  QUARTER: '季度',
  YEAR: '年',
};

/**
 * Heat map colours by 落实情况; `NONE`: nothing ended that month (no status). Green, amber and red
 * as in the meetings matrix, grey for what is not due.
 */
export type HeatStatus = ComplianceStatus | 'NONE';

export const heatStatusColors: Record<HeatStatus, string> = {
  MET: '#52c41a',
  OPEN: '#faad14',
  MISSING: '#f5222d',
  FUTURE: '#d9d9d9',
  NONE: '#f0f0f0',
};

/** The legend's words for each colour: the meetings feature's, and 无要求 for a month where nothing ended. */
export const heatStatusLabels: Record<HeatStatus, string> = { ...complianceStatusLabels, NONE: '无要求' };

/** The dictionary's codes, in its order (typed). */
export function codesOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}
