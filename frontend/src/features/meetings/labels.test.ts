import { describe, expect, it } from 'vitest';
import { generatedEnum } from '../../test/contract';
import {
  attendanceStatusColors,
  attendanceStatusLabels,
  complianceStatusBackgrounds,
  complianceStatusColors,
  complianceStatusLabels,
  meetingRequirementLabels,
  meetingStateColors,
  meetingStateLabels,
  meetingTypeColors,
  meetingTypeLabels,
  meetingVoteLabels,
  periodKindLabels,
  periodLabel,
} from './labels';

const dictionaries: [string, Record<string, string>][] = [
  ['MeetingType', meetingTypeLabels],
  ['MeetingRequirement', meetingRequirementLabels],
  ['AttendanceStatus', attendanceStatusLabels],
  ['MeetingComplianceStatus', complianceStatusLabels],
  ['MeetingVote', meetingVoteLabels],
  ['State', meetingStateLabels],
  ['MeetingPeriodKind', periodKindLabels],
];

describe('meeting labels', () => {
  it.each(dictionaries)('%s: one Chinese label for every code of the contract, and no other', (name, labels) => {
    expect(Object.keys(labels).sort()).toEqual(generatedEnum(name).sort());
    const values = Object.values(labels);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has colors for every type, state, attendance and compliance status', () => {
    expect(Object.keys(meetingTypeColors)).toEqual(Object.keys(meetingTypeLabels));
    expect(Object.keys(meetingStateColors)).toEqual(Object.keys(meetingStateLabels));
    expect(Object.keys(attendanceStatusColors)).toEqual(Object.keys(attendanceStatusLabels));
    expect(Object.keys(complianceStatusColors)).toEqual(Object.keys(complianceStatusLabels));
    expect(Object.keys(complianceStatusBackgrounds)).toEqual(Object.keys(complianceStatusLabels));
  });

  it('uses the words of 三会一课', () => {
    expect(meetingTypeLabels.BRANCH_COMMITTEE_MEETING).toBe('支委会');
    expect(meetingTypeLabels.BRANCH_GENERAL_MEETING).toBe('支部党员大会');
    expect(meetingRequirementLabels.SECRETARY_LECTURE).toBe('书记讲党课');
    expect(Object.values(attendanceStatusLabels)).toEqual(['应到', '出席', '请假', '缺席']);
  });

  it('writes periods as the books do', () => {
    expect(periodLabel('2026-07')).toBe('2026年7月');
    expect(periodLabel('2026-Q3')).toBe('2026年第三季度');
    expect(periodLabel('2026')).toBe('2026年');
    expect(periodLabel('other')).toBe('other');
  });
});
