import { describe, expect, it } from 'vitest';
import { generatedEnum } from '../../test/contract';
import {
  arrearsLevelColors,
  arrearsLevelHints,
  arrearsLevelLabels,
  duesAdjustmentColors,
  duesAdjustmentLabels,
  duesCategoryBases,
  duesCategoryLabels,
  duesPaymentKindColors,
  duesPaymentKindLabels,
  duesPaymentMethodLabels,
  formatBasisPoints,
  optionsOf,
  registerCellStateLabels,
  tableFormatLabels,
} from './labels';

/**
 * The codes of an enum as the generated schema.d.ts spells them (`Name: "A" | "B";`). The Records
 * already make a missing code a type error; this also catches a code the contract no longer has.
 */
const dictionaries: [string, Record<string, string>][] = [
  ['DuesCategory', duesCategoryLabels],
  ['DuesAdjustment', duesAdjustmentLabels],
  ['DuesPaymentKind', duesPaymentKindLabels],
  ['DuesPaymentMethod', duesPaymentMethodLabels],
  ['ArrearsLevel', arrearsLevelLabels],
  ['DuesRegisterCellState', registerCellStateLabels],
];

describe('dues labels', () => {
  it.each(dictionaries)('%s: one Chinese label for every code of the contract, and no other', (name, labels) => {
    expect(Object.keys(labels).sort()).toEqual(generatedEnum(name).sort());
    const values = Object.values(labels);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has colors, hints and base rules for every code', () => {
    expect(Object.keys(duesAdjustmentColors)).toEqual(Object.keys(duesAdjustmentLabels));
    expect(Object.keys(duesPaymentKindColors)).toEqual(Object.keys(duesPaymentKindLabels));
    expect(Object.keys(arrearsLevelColors)).toEqual(Object.keys(arrearsLevelLabels));
    expect(Object.keys(arrearsLevelHints)).toEqual(Object.keys(arrearsLevelLabels));
    expect(Object.keys(duesCategoryBases)).toEqual(Object.keys(duesCategoryLabels));
    expect(Object.keys(tableFormatLabels).sort()).toEqual(generatedEnum('TableFormat').sort());
  });

  it('uses the words of the rules and of the base import', () => {
    expect(Object.values(duesCategoryLabels)).toEqual(['在职', '离退休', '学生', '下岗失业', '低保/救济', '农民']);
    expect(Object.values(duesPaymentMethodLabels)).toEqual(['现金', '银行转账', '微信', '支付宝', '其他']);
    expect(duesAdjustmentLabels).toMatchObject({ REDUCED: '少交', EXEMPT: '免交' });
    expect(duesPaymentKindLabels).toMatchObject({ VOLUNTARY: '自愿多交', REVERSAL: '冲销' });
    expect(arrearsLevelLabels).toMatchObject({ WARNING: '欠缴满3个月', FLAG: '连续6个月未交' });
    expect(arrearsLevelHints.FLAG).toBe('可能属于自行脱党，提交支部大会审议');
    expect(arrearsLevelColors).toMatchObject({ WARNING: 'orange', FLAG: 'red' });
  });

  it('asks for a base only where the amount depends on one', () => {
    const needing = Object.entries(duesCategoryBases)
      .filter(([, rule]) => rule.needsBase)
      .map(([code]) => code);
    expect(needing).toEqual(['IN_WORK', 'RETIRED', 'FARMER']);
  });

  it('writes rates as people do', () => {
    expect(formatBasisPoints(50)).toBe('0.5%');
    expect(formatBasisPoints(100)).toBe('1%');
    expect(formatBasisPoints(150)).toBe('1.5%');
    expect(formatBasisPoints(200)).toBe('2%');
    expect(formatBasisPoints(125)).toBe('1.25%');
    expect(formatBasisPoints(undefined)).toBe('—');
  });

  it('makes select options in dictionary order, or of the given codes', () => {
    expect(optionsOf(duesPaymentMethodLabels, ['CASH', 'WECHAT'])).toEqual([
      { value: 'CASH', label: '现金' },
      { value: 'WECHAT', label: '微信' },
    ]);
  });
});
