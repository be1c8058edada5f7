import { describe, expect, it } from 'vitest';
import { generatedEnum } from '../../test/contract';
import {
  ETHNICITIES,
  educationLabels,
  genderLabels,
  importOutcomeLabels,
  leaveKindLabels,
  memberCategoryLabels,
  memberEventKindColors,
  memberEventKindLabels,
  memberSortLabels,
  memberStatusColors,
  memberStatusLabels,
  mobilityLabels,
  optionsOf,
  registrationLabels,
  rosterLabels,
  tableFormatLabels,
} from './labels';

/**
 * The codes of an enum as the generated schema.d.ts spells them (`Name: "A" | "B";`). The Records
 * already make a missing code a type error; this also catches a dictionary with a code the
 * contract no longer has, and shows the contract's order.
 */
const dictionaries: [string, Record<string, string>][] = [
  ['MemberStatus', memberStatusLabels],
  ['LeaveKind', leaveKindLabels],
  ['Registration', registrationLabels],
  ['Mobility', mobilityLabels],
  ['MemberCategory', memberCategoryLabels],
  ['Education', educationLabels],
  ['Gender', genderLabels],
  ['MemberEventKind', memberEventKindLabels],
  ['MemberSort', memberSortLabels],
  ['Roster', rosterLabels],
  ['TableFormat', tableFormatLabels],
  ['MemberImportOutcome', importOutcomeLabels],
];

describe('member labels', () => {
  it.each(dictionaries)('%s: one Chinese label for every code of the contract, and no other', (name, labels) => {
    expect(Object.keys(labels).sort()).toEqual(generatedEnum(name).sort());
    const values = Object.values(labels);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has colors for every status and event', () => {
    expect(Object.keys(memberStatusColors)).toEqual(Object.keys(memberStatusLabels));
    expect(Object.keys(memberEventKindColors)).toEqual(Object.keys(memberEventKindLabels));
  });

  it('uses the words of the import files', () => {
    // The import reads these labels (性别 男/女, 党员状态 预备党员/正式党员, 学历 …, 特殊群体 joined by 、).
    expect(Object.values(genderLabels)).toEqual(['男', '女']);
    expect([memberStatusLabels.PROBATIONARY, memberStatusLabels.FULL]).toEqual(['预备党员', '正式党员']);
    expect(Object.values(registrationLabels)).toEqual(['在册党员', '在职党员到社区报到']);
    expect(Object.values(memberCategoryLabels)).toEqual(['离退休', '下岗失业', '困难党员', '老党员', '长期卧床']);
    expect(Object.values(mobilityLabels)).toEqual(['流出', '流入']);
    expect(Object.values(educationLabels)).toEqual(['研究生', '大学本科', '大学专科', '中专', '高中', '初中', '小学及以下']);
    expect(Object.values(leaveKindLabels)).toEqual(['自行脱党', '除名', '开除党籍']);
  });

  it('lists the 56 ethnic groups and 其他', () => {
    expect(ETHNICITIES).toHaveLength(57);
    expect(new Set(ETHNICITIES).size).toBe(57);
    expect(ETHNICITIES[0]).toBe('汉族');
    expect(ETHNICITIES.at(-1)).toBe('其他');
  });

  it('makes select options in dictionary order, or of the given codes', () => {
    expect(optionsOf(mobilityLabels)).toEqual([
      { value: 'OUTFLOW', label: '流出' },
      { value: 'INFLOW', label: '流入' },
    ]);
    expect(optionsOf(memberStatusLabels, ['PROBATIONARY', 'FULL']).map((option) => option.label)).toEqual(['预备党员', '正式党员']);
  });
});
