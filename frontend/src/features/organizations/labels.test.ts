import { describe, expect, it } from 'vitest';
import {
  archivedFilterLabels,
  daysLeftText,
  electionStatusLabels,
  optionsOf,
  orgCategoryLabels,
  orgEventKindLabels,
  orgTypeLabels,
  positionLabels,
  warningSeverityLabels,
} from './labels';

describe('labels', () => {
  it('names every organization type in Chinese, in tree order', () => {
    expect(Object.values(orgTypeLabels)).toEqual(['街道党工委', '党委', '党总支', '党支部', '联合党支部', '党小组']);
    expect(orgTypeLabels.JOINT_BRANCH).toBe('联合党支部');
  });

  it.each([
    ['OrgCategory', orgCategoryLabels, ['街道', '社区', '机关事业单位', '非公有制经济组织', '社会组织', '流动党员', '网格', '其他']],
    ['Position', positionLabels, ['书记', '副书记', '组织委员', '宣传委员', '纪检委员', '青年委员', '统战委员', '委员']],
    ['OrgEventKind', orgEventKindLabels, ['成立', '调整隶属关系', '类型变更', '换届', '撤销']],
    ['ElectionStatus', electionStatusLabels, ['未录入任期', '未到期', '6个月内到期', '1个月内到期', '已逾期']],
    ['WarningSeverity', warningSeverityLabels, ['严重', '较重', '提示']],
  ])('%s', (_, labels, expected) => {
    expect(Object.values(labels)).toEqual(expected);
  });

  it('has one distinct Chinese label per code in every dictionary', () => {
    for (const labels of [
      orgTypeLabels,
      orgCategoryLabels,
      positionLabels,
      orgEventKindLabels,
      electionStatusLabels,
      warningSeverityLabels,
      archivedFilterLabels,
    ]) {
      const values: string[] = Object.values(labels);
      expect(new Set(values).size).toBe(values.length);
      for (const value of values) expect(value).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('maps the election fields the API sends', () => {
    expect(electionStatusLabels.DUE_VERY_SOON).toBe('1个月内到期');
    expect(positionLabels.DISCIPLINE_COMMITTEE_MEMBER).toBe('纪检委员');
  });
});

describe('optionsOf', () => {
  it('lists every code in dictionary order, or only the given codes', () => {
    expect(optionsOf(warningSeverityLabels)).toEqual([
      { value: 'HIGH', label: '严重' },
      { value: 'MEDIUM', label: '较重' },
      { value: 'LOW', label: '提示' },
    ]);
    expect(optionsOf(orgTypeLabels, ['BRANCH', 'JOINT_BRANCH'])).toEqual([
      { value: 'BRANCH', label: '党支部' },
      { value: 'JOINT_BRANCH', label: '联合党支部' },
    ]);
  });
});

describe('daysLeftText', () => {
  it.each([
    [48, '剩余 48 天'],
    [1, '剩余 1 天'],
    [0, '今日到期'],
    [-3, '已逾期 3 天'],
  ])('%i → %s', (days, text) => {
    expect(daysLeftText(days)).toBe(text);
  });
});
