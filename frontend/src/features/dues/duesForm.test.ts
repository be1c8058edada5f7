import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import {
  adjustmentNeeds,
  reasonRequired,
  toAdjustmentBody,
  toBaseBody,
  toExpenseBody,
  toPaymentBody,
  toRemittanceBody,
  toReversalBody,
  withFormFieldNames,
  type PaymentValues,
} from './duesForm';

const MEMBER = '55555555-5555-4555-8555-555555555555';
const BRANCH = '77777777-7777-4777-8777-777777777777';
const day = (value: string) => dayjs(value, 'YYYY-MM-DD');

const payment: PaymentValues = {
  fromMonth: '2026-11',
  toMonth: '2027-01',
  amountYuan: '292.50',
  paidOn: day('2026-11-20'),
  method: 'CASH',
};

describe('交纳党费 → DuesPaymentInput', () => {
  it('sends a regular payment of the months in fen, blanks absent', () => {
    expect(toPaymentBody(MEMBER, { ...payment, collectedBy: ' 组织委员 ', paidBy: '', receiptNumber: '  ', reason: '' })).toEqual({
      memberId: MEMBER,
      kind: 'REGULAR',
      fromMonth: '2026-11',
      toMonth: '2027-01',
      amountFen: 29250,
      paidOn: '2026-11-20',
      method: 'CASH',
      reference: undefined,
      collectedBy: '组织委员',
      paidBy: undefined,
      receiptNumber: undefined,
      reason: undefined,
    });
  });

  it.each([
    ['0.1', 10],
    ['0.2', 20],
    ['3000.01', 300001],
    ['1,000', 100000],
    ['1,234.56', 123456],
    ['97.5', 9750],
    ['0.29', 29],
    ['６５．００', 6500],
  ])('converts %j 元 to %i fen exactly', (amountYuan, fen) => {
    expect(toPaymentBody(MEMBER, { ...payment, amountYuan }).amountFen).toBe(fen);
  });

  it('refuses to send an amount the form should not have let through', () => {
    expect(() => toPaymentBody(MEMBER, { ...payment, amountYuan: '1.005' })).toThrow('amountYuan');
    expect(() => toPaymentBody(MEMBER, { ...payment, amountYuan: '1,00' })).toThrow('amountYuan');
  });

  it('sends a transfer’s reference, and 代缴人 and the reason as typed', () => {
    const body = toPaymentBody(MEMBER, {
      ...payment,
      method: 'WECHAT',
      reference: ' 4200001 ',
      paidBy: '李四',
      amountYuan: '300',
      reason: ' 凑整交纳 ',
    });
    expect(body).toMatchObject({ method: 'WECHAT', reference: '4200001', paidBy: '李四', amountFen: 30000, reason: '凑整交纳' });
    // A reference typed before switching back to cash is not sent.
    expect(toPaymentBody(MEMBER, { ...payment, reference: '4200001' }).reference).toBeUndefined();
  });

  it('needs a reason exactly when the amount differs from the standards’ sum', () => {
    expect(reasonRequired('292.50', 29250)).toBe(false);
    expect(reasonRequired('292.5', 29250)).toBe(false);
    expect(reasonRequired('300', 29250)).toBe(true);
    expect(reasonRequired('0', 29250)).toBe(true);
    // Unknown expected amount, or no amount yet: the server decides.
    expect(reasonRequired('300', undefined)).toBe(false);
    expect(reasonRequired('abc', 29250)).toBe(false);
    expect(reasonRequired(undefined, 29250)).toBe(false);
  });
});

describe('核定 → DuesBaseInput', () => {
  it('sends the base in fen for categories rated by income', () => {
    expect(toBaseBody(MEMBER, { category: 'IN_WORK', baseYuan: '6,500.00', fromMonth: '2026-01', note: ' ' })).toEqual({
      memberId: MEMBER,
      fromMonth: '2026-01',
      category: 'IN_WORK',
      baseFen: 650000,
      note: undefined,
    });
    expect(toBaseBody(MEMBER, { category: 'IN_WORK', baseYuan: '3000.01', fromMonth: '2026-01' }).baseFen).toBe(300001);
    expect(toBaseBody(MEMBER, { category: 'FARMER', baseYuan: '0.5', fromMonth: '2026-01' }).baseFen).toBe(50);
  });

  it('sends no base for the fixed amounts, whatever was typed before the category changed', () => {
    expect(toBaseBody(MEMBER, { category: 'STUDENT', baseYuan: '6500', fromMonth: '2026-03', note: '在读研究生' })).toEqual({
      memberId: MEMBER,
      fromMonth: '2026-03',
      category: 'STUDENT',
      baseFen: undefined,
      note: '在读研究生',
    });
  });
});

describe('调整 → DuesStandardAdjustment', () => {
  it('asks for what each adjustment needs', () => {
    expect(adjustmentNeeds('REDUCED')).toEqual({ amount: true, reason: true, approval: true });
    expect(adjustmentNeeds('EXEMPT')).toEqual({ amount: false, reason: true, approval: true });
    expect(adjustmentNeeds('OVERRIDE')).toEqual({ amount: true, reason: true, approval: false });
    expect(adjustmentNeeds('NONE')).toEqual({ amount: false, reason: false, approval: false });
  });

  it('sends only those fields', () => {
    const values = { monthlyYuan: '20', reason: ' 长期患病 ', approvalReference: ' 幸福街党工委〔2026〕12号 ' };
    expect(toAdjustmentBody({ adjustment: 'REDUCED', ...values })).toEqual({
      adjustment: 'REDUCED',
      monthlyFen: 2000,
      reason: '长期患病',
      approvalReference: '幸福街党工委〔2026〕12号',
    });
    expect(toAdjustmentBody({ adjustment: 'EXEMPT', ...values })).toEqual({
      adjustment: 'EXEMPT',
      monthlyFen: undefined,
      reason: '长期患病',
      approvalReference: '幸福街党工委〔2026〕12号',
    });
    expect(toAdjustmentBody({ adjustment: 'OVERRIDE', ...values })).toMatchObject({ monthlyFen: 2000, approvalReference: undefined });
    expect(toAdjustmentBody({ adjustment: 'NONE', ...values })).toEqual({
      adjustment: 'NONE',
      monthlyFen: undefined,
      reason: undefined,
      approvalReference: undefined,
    });
  });
});

describe('上缴, 使用, 冲销', () => {
  it('sends amounts in fen and dates as YYYY-MM-DD', () => {
    expect(
      toRemittanceBody({
        organizationId: BRANCH,
        fromMonth: '2026-07',
        toMonth: '2026-09',
        amountYuan: '1,170.00',
        remittedOn: day('2026-10-08'),
        reference: '',
        note: '第三季度',
      }),
    ).toEqual({
      organizationId: BRANCH,
      fromMonth: '2026-07',
      toMonth: '2026-09',
      amountFen: 117000,
      remittedOn: '2026-10-08',
      reference: undefined,
      note: '第三季度',
    });
    expect(toExpenseBody({ organizationId: BRANCH, spentOn: day('2026-09-30'), amountYuan: '0.1', purpose: ' 慰问困难党员 ' })).toEqual({
      organizationId: BRANCH,
      spentOn: '2026-09-30',
      amountFen: 10,
      purpose: '慰问困难党员',
      approvalReference: undefined,
    });
    expect(toReversalBody({ reason: ' 金额录入错误 ' })).toEqual({ reason: '金额录入错误' });
  });
});

describe('the server’s field errors on the forms', () => {
  it('moves errors on amounts in fen to the fields typed in 元, and leaves the rest', () => {
    const error = new ApiError({
      status: 422,
      detail: '按标准应交 292.50 元；金额不同时请填写原因',
      errors: [
        { field: 'amountFen', message: '按标准应交 292.50 元；金额不同时请填写原因' },
        { field: 'fromMonth', message: '2026-12 的党费已交纳' },
        { row: 3, column: '开始月份', message: '应为年月' },
      ],
    });
    const renamed = withFormFieldNames(error) as ApiError;
    expect(renamed.problem.errors).toEqual([
      { field: 'amountYuan', message: '按标准应交 292.50 元；金额不同时请填写原因' },
      { field: 'fromMonth', message: '2026-12 的党费已交纳' },
      { row: 3, column: '开始月份', message: '应为年月' },
    ]);
    expect(renamed.problem.detail).toBe(error.problem.detail);
    const other = new TypeError('offline');
    expect(withFormFieldNames(other)).toBe(other);
  });
});
