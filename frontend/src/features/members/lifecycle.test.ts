import { describe, expect, it } from 'vitest';
import { allowedActions, canMove, consequence, lifecycleBody, lifecycleRules, type LifecycleAction } from './lifecycle';
import type { MemberStatus } from './labels';

describe('allowedActions: the actions a status allows', () => {
  it.each<[MemberStatus, boolean, LifecycleAction[]]>([
    ['PROBATIONARY', false, ['confirm', 'extend-probation', 'cancel-probation', 'leave', 'record-death']],
    // 预备期只能延长一次
    ['PROBATIONARY', true, ['confirm', 'cancel-probation', 'leave', 'record-death']],
    ['FULL', false, ['leave', 'record-death']],
    ['FULL', true, ['leave', 'record-death']],
    ['LEFT', false, ['restore']],
    ['DISQUALIFIED', false, []],
    ['DECEASED', false, []],
    // 已转出: off the roster while an outgoing letter is out; the transfer brings them back if it fails.
    ['TRANSFERRED_OUT', false, []],
  ])('%s (extended: %s) → %o', (status, probationExtended, actions) => {
    expect(allowedActions({ status, probationExtended })).toEqual(actions);
  });

  it('moves only members on the roster today', () => {
    expect((['PROBATIONARY', 'FULL', 'DISQUALIFIED', 'LEFT', 'DECEASED', 'TRANSFERRED_OUT'] as const).filter(canMove)).toEqual([
      'PROBATIONARY',
      'FULL',
    ]);
  });

  it('asks a reason for every action except 转正', () => {
    expect(Object.entries(lifecycleRules).filter(([, rule]) => !rule.reasonRequired).map(([action]) => action)).toEqual(['confirm']);
  });

  it('marks the actions that take a member off the roster as dangerous', () => {
    expect(Object.entries(lifecycleRules).filter(([, rule]) => rule.danger).map(([action]) => action)).toEqual([
      'cancel-probation',
      'leave',
      'record-death',
    ]);
  });
});

describe('lifecycleBody', () => {
  const values = { effectiveOn: '2026-07-01', documentNumber: ' 党委〔2026〕5号 ', reason: '  ', months: 6, kind: 'EXPELLED' as const };

  it('sends months only for 延长预备期 and kind only for 出党; blanks are absent', () => {
    expect(lifecycleBody('extend-probation', values)).toEqual({
      effectiveOn: '2026-07-01',
      documentNumber: '党委〔2026〕5号',
      reason: undefined,
      months: 6,
      kind: undefined,
    });
    expect(lifecycleBody('leave', { ...values, reason: '严重违纪' })).toEqual({
      effectiveOn: '2026-07-01',
      documentNumber: '党委〔2026〕5号',
      reason: '严重违纪',
      months: undefined,
      kind: 'EXPELLED',
    });
    expect(lifecycleBody('confirm', values)).toMatchObject({ months: undefined, kind: undefined, reason: undefined });
  });
});

describe('consequence', () => {
  it('says what will happen, in the words of the books', () => {
    expect(consequence('confirm', '张三', {})).toBe('张三将由预备党员转为正式党员，转正日期为预备期满之日。');
    expect(consequence('extend-probation', '张三', { months: 6 })).toContain('延长 6 个月');
    expect(consequence('leave', '张三', { kind: 'STRUCK_OFF' })).toContain('“除名”方式出党');
    expect(consequence('record-death', '张三', {})).toContain('移出党员名册');
    expect(consequence('restore', '张三', {})).toContain('恢复张三的党籍');
  });
});
