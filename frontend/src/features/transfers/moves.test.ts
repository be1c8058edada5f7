import { describe, expect, it } from 'vitest';
import { actionButtons, canRequestTransfer, confirmationOf, openTransferOf, type ActionMove } from './moves';

const member = { name: '李晓东', status: 'FULL' as const, joinedOn: '2010-07-01', recentlyAdmitted: false };

describe('actionButtons: exactly the moves of `actions`', () => {
  it.each<[string[], ActionMove[]]>([
    [[], []],
    [['APPROVE', 'RETURN', 'WITHDRAW'], ['APPROVE', 'RETURN', 'WITHDRAW']],
    [['WITHDRAW', 'ACCEPT', 'RETURN'], ['ACCEPT', 'RETURN', 'WITHDRAW']],
    [['CONFIRM_RECEIPT', 'RETURN', 'WITHDRAW', 'REISSUE'], ['CONFIRM_RECEIPT', 'REISSUE', 'RETURN', 'WITHDRAW']],
    // REQUEST creates a transfer; it is never a button on one.
    [['REQUEST'], []],
  ])('%o → %o', (actions, buttons) => {
    expect(actionButtons(actions as never)).toEqual(buttons);
  });
});

describe('confirmationOf', () => {
  it('asks again before a move that closes the transfer or changes the roster', () => {
    expect(confirmationOf('ACCEPT', { scope: 'INTERNAL', state: 'ISSUED', member }, '和平社区第二党支部')?.content).toBe(
      '李晓东的组织关系将转入和平社区第二党支部，原支部的组织关系同日结束，转接办结。',
    );
    expect(confirmationOf('ACCEPT', { scope: 'INCOMING', state: 'ISSUED', member }, '阳光社区党支部')?.content).toMatch(/登记入册/);
    expect(confirmationOf('APPROVE', { scope: 'OUTGOING', state: 'REQUESTED', member })?.content).toMatch(/移出党员名册/);
    expect(confirmationOf('CONFIRM_RECEIPT', { scope: 'OUTGOING', state: 'ISSUED', member })?.okText).toBe('确认办结');
    expect(confirmationOf('RETURN', { scope: 'INTERNAL', state: 'REQUESTED', member })?.okText).toBe('确认退回');
    expect(confirmationOf('WITHDRAW', { scope: 'INTERNAL', state: 'ISSUED', member })?.okText).toBe('确认撤回');
  });

  it('says that an outgoing member whose letter is out comes back to the roster', () => {
    expect(confirmationOf('RETURN', { scope: 'OUTGOING', state: 'ISSUED', member })?.content).toMatch(/恢复到原支部的党员名册/);
    expect(confirmationOf('WITHDRAW', { scope: 'OUTGOING', state: 'ISSUED', member })?.content).toMatch(/恢复到原支部的党员名册/);
    expect(confirmationOf('WITHDRAW', { scope: 'OUTGOING', state: 'REQUESTED', member })?.content).not.toMatch(/名册/);
  });

  it('lets a letter be issued within the street, or reissued, without a second question', () => {
    expect(confirmationOf('APPROVE', { scope: 'INTERNAL', state: 'REQUESTED', member })).toBeNull();
    expect(confirmationOf('REISSUE', { scope: 'OUTGOING', state: 'ISSUED', member })).toBeNull();
  });
});

describe('canRequestTransfer', () => {
  it.each([
    ['PROBATIONARY', 'REGISTERED', true],
    ['FULL', 'REGISTERED', true],
    // 在职党员到社区报到: their 组织关系 is held elsewhere.
    ['FULL', 'REPORTING', false],
    ['LEFT', 'REGISTERED', false],
    ['DECEASED', 'REGISTERED', false],
    ['DISQUALIFIED', 'REGISTERED', false],
    ['TRANSFERRED_OUT', 'REGISTERED', false],
  ] as const)('%s, %s → %s', (status, registration, allowed) => {
    expect(canRequestTransfer({ status, registration })).toBe(allowed);
  });
});

describe('openTransferOf', () => {
  it('finds the transfer under way, if any', () => {
    expect(openTransferOf([{ state: 'COMPLETED' }, { state: 'RETURNED' }])).toBeUndefined();
    expect(openTransferOf([{ state: 'WITHDRAWN' }, { state: 'ISSUED' }])).toEqual({ state: 'ISSUED' });
    expect(openTransferOf([{ state: 'REQUESTED' }])).toEqual({ state: 'REQUESTED' });
  });
});
