import { describe, expect, it } from 'vitest';
import { generatedEnum } from '../../test/contract';
import {
  moveLabel,
  optionsOf,
  overdueKindColors,
  overdueKindLabels,
  transferMoveColors,
  transferMoveLabels,
  transferPartyLabels,
  transferScopeColors,
  transferScopeLabels,
  transferStateColors,
  transferStateLabels,
} from './labels';

/**
 * The codes of an enum as the generated schema.d.ts spells them (`Name: "A" | "B";`). The Records
 * already make a missing code a type error; this also catches a code the contract no longer has.
 */
const dictionaries: [string, Record<string, string>][] = [
  ['TransferState', transferStateLabels],
  ['TransferScope', transferScopeLabels],
  ['TransferMove', transferMoveLabels],
  ['TransferParty', transferPartyLabels],
  ['OverdueKind', overdueKindLabels],
];

describe('transfer labels', () => {
  it.each(dictionaries)('%s: one Chinese label for every code of the contract, and no other', (name, labels) => {
    expect(Object.keys(labels).sort()).toEqual(generatedEnum(name).sort());
    const values = Object.values(labels);
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/[\u4e00-\u9fff]/);
  });

  it('has colors for every state, scope, move and overdue kind', () => {
    expect(Object.keys(transferStateColors)).toEqual(Object.keys(transferStateLabels));
    expect(Object.keys(transferScopeColors)).toEqual(Object.keys(transferScopeLabels));
    expect(Object.keys(transferMoveColors)).toEqual(Object.keys(transferMoveLabels));
    expect(Object.keys(overdueKindColors)).toEqual(Object.keys(overdueKindLabels));
  });

  it('uses the words of the books', () => {
    expect(transferStateLabels).toEqual({
      REQUESTED: '待审批',
      ISSUED: '已开介绍信',
      COMPLETED: '已完成',
      RETURNED: '已退回',
      WITHDRAWN: '已撤回',
    });
    expect(Object.values(transferScopeLabels)).toEqual(['街道内转接', '转出', '转入']);
    expect(Object.values(transferPartyLabels)).toEqual(['转出支部', '审批党委', '接收党组织']);
  });

  it('calls the first step of an incoming transfer 登记转入, of the others 申请转接', () => {
    expect(moveLabel('REQUEST', 'INCOMING')).toBe('登记转入');
    expect(moveLabel('REQUEST', 'INTERNAL')).toBe('申请转接');
    expect(moveLabel('REQUEST', 'OUTGOING')).toBe('申请转接');
    expect(moveLabel('ACCEPT', 'INCOMING')).toBe('接收');
  });

  it('makes select options in dictionary order, or of the given codes', () => {
    expect(optionsOf(transferScopeLabels, ['INTERNAL', 'OUTGOING'])).toEqual([
      { value: 'INTERNAL', label: '街道内转接' },
      { value: 'OUTGOING', label: '转出' },
    ]);
  });
});
