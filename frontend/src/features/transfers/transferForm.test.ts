import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  defaultValidDays,
  fromApiMonth,
  toAcceptanceBody,
  toApiMonth,
  toApprovalBody,
  toIncomingBody,
  toReasonBody,
  toReceiptBody,
  toReissueBody,
  toStartBody,
  type IncomingTransferValues,
} from './transferForm';

const MEMBER = '55555555-5555-4555-8555-555555555555';
const HP = '66666666-6666-4666-8666-666666666666';
const BRANCH = '77777777-7777-4777-8777-777777777777';
const day = (value: string) => dayjs(value, 'YYYY-MM-DD');

describe('months (党费交至)', () => {
  it('are YYYY-MM both ways; anything else is no month', () => {
    expect(toApiMonth(day('2026-03-31'))).toBe('2026-03');
    expect(toApiMonth(null)).toBeUndefined();
    expect(fromApiMonth('2026-10')?.format('YYYY-MM-DD')).toBe('2026-10-01');
    expect(fromApiMonth('2026-13')).toBeUndefined();
    expect(fromApiMonth(undefined)).toBeUndefined();
  });
});

describe('letter validity defaults', () => {
  it.each([
    ['INTERNAL', false, 10],
    ['INTERNAL', true, 10],
    ['OUTGOING', true, 10],
    ['OUTGOING', false, 30],
    ['INCOMING', false, 30],
    ['INCOMING', true, 10],
  ] as const)('%s (同城 %s) → %i days', (scope, inCity, days) => {
    expect(defaultValidDays(scope, inCity)).toBe(days);
  });
});

describe('发起转接 → TransferCreate', () => {
  it('INTERNAL sends the receiving organization of this street, not the fields of a transfer elsewhere', () => {
    const body = toStartBody(MEMBER, {
      scope: 'INTERNAL',
      toOrganizationId: HP,
      toName: '某外地党组织',
      toRegion: '某地',
      inCity: true,
      reason: '  迁居  ',
      duesPaidTo: day('2026-10-15'),
    });
    expect(body).toEqual({ scope: 'INTERNAL', memberId: MEMBER, toOrganizationId: HP, reason: '迁居', duesPaidTo: '2026-10' });
  });

  it('OUTGOING sends the name and region as typed (trimmed) and whether it is in the city', () => {
    const body = toStartBody(MEMBER, {
      scope: 'OUTGOING',
      toOrganizationId: HP,
      toName: ' 中共某某社区委员会 ',
      toRegion: '广东省深圳市南山区',
      reason: '工作调动',
      duesPaidTo: day('2026-09-01'),
    });
    expect(body).toEqual({
      scope: 'OUTGOING',
      memberId: MEMBER,
      toName: '中共某某社区委员会',
      toRegion: '广东省深圳市南山区',
      inCity: false,
      reason: '工作调动',
      duesPaidTo: '2026-09',
    });
  });
});

describe('登记转入 → TransferCreate (INCOMING)', () => {
  const values: IncomingTransferValues = {
    toOrganizationId: HP,
    fromName: ' 中共南京市玄武区某某社区委员会 ',
    fromRegion: '  ',
    reason: '工作调动',
    duesPaidTo: day('2026-10-01'),
    member: {
      name: ' 顾晓雯 ',
      idNumber: ' 11010519491231002x ',
      gender: 'FEMALE',
      ethnicity: '汉族',
      phone: '',
      status: 'FULL',
      joinedOn: day('2020-07-01'),
      fullOn: day('2021-07-01'),
      probationEndsOn: day('2021-07-01'),
    },
    letter: { number: ' 宁玄组转〔2026〕第0087号 ', issuedOn: day('2026-11-01'), validDays: 30 },
  };

  it('sends the member as the letter describes them: trimmed, the 身份证号 in capitals, blanks absent', () => {
    expect(toIncomingBody(values)).toEqual({
      scope: 'INCOMING',
      toOrganizationId: HP,
      fromName: '中共南京市玄武区某某社区委员会',
      fromRegion: undefined,
      inCity: false,
      reason: '工作调动',
      duesPaidTo: '2026-10',
      member: {
        name: '顾晓雯',
        idNumber: '11010519491231002X',
        gender: 'FEMALE',
        ethnicity: '汉族',
        phone: undefined,
        education: undefined,
        workUnit: undefined,
        jobTitle: undefined,
        address: undefined,
        status: 'FULL',
        joinedOn: '2020-07-01',
        fullOn: '2021-07-01',
        probationEndsOn: undefined,
      },
      letter: { number: '宁玄组转〔2026〕第0087号', issuedOn: '2026-11-01', validDays: 30 },
    });
  });

  it('sends 预备期满 only for a 预备党员, and 转正日期 only for a 正式党员', () => {
    const body = toIncomingBody({ ...values, member: { ...values.member, status: 'PROBATIONARY', probationEndsOn: day('2027-01-01') } });
    expect(body.member).toMatchObject({ status: 'PROBATIONARY', fullOn: undefined, probationEndsOn: '2027-01-01' });
  });

  it('leaves an empty validity to the server’s default', () => {
    expect(toIncomingBody({ ...values, letter: { ...values.letter, validDays: null } }).letter?.validDays).toBeUndefined();
  });
});

describe('the moves’ bodies', () => {
  it('审批通过: validity, 党费交至, the note; blanks absent', () => {
    expect(toApprovalBody({ validDays: 10, duesPaidTo: day('2026-11-01'), note: ' 同意 ' })).toEqual({
      validDays: 10,
      duesPaidTo: '2026-11',
      note: '同意',
    });
    expect(toApprovalBody({ validDays: null, duesPaidTo: null, note: '  ' })).toEqual({
      validDays: undefined,
      duesPaidTo: undefined,
      note: undefined,
    });
  });

  it('接收: the branch, the 党小组 only when chosen, the date', () => {
    expect(toAcceptanceBody({ branchId: BRANCH, groupId: null, effectiveOn: day('2026-11-20'), note: '' })).toEqual({
      branchId: BRANCH,
      groupId: undefined,
      effectiveOn: '2026-11-20',
      note: undefined,
    });
  });

  it('回执已收到, 退回 and 撤回', () => {
    expect(toReceiptBody({ receivedOn: day('2026-11-21'), note: '对方已接收' })).toEqual({ receivedOn: '2026-11-21', note: '对方已接收' });
    expect(toReasonBody({ reason: '  介绍信信息有误 ' })).toEqual({ reason: '介绍信信息有误' });
  });

  it('重开介绍信: a letter issued here gets its number and date from the server; an incoming one is recorded as it came', () => {
    const values = { reason: ' 原介绍信已过期 ', validDays: 30, duesPaidTo: null, number: 'X-1', issuedOn: day('2026-11-20') };
    expect(toReissueBody('INTERNAL', values)).toEqual({
      reason: '原介绍信已过期',
      validDays: 30,
      duesPaidTo: undefined,
      number: undefined,
      issuedOn: undefined,
    });
    expect(toReissueBody('INCOMING', values)).toEqual({
      reason: '原介绍信已过期',
      validDays: 30,
      duesPaidTo: undefined,
      number: 'X-1',
      issuedOn: '2026-11-20',
    });
  });
});
