import { describe, expect, it } from 'vitest';
import { formatPercent, formatYuan, parseYuan, yuanRule, yuanText, yuanToFen } from './money';

describe('fen → 元', () => {
  it.each([
    [4000, '40.00'],
    [9750, '97.50'],
    [20, '0.20'],
    [1, '0.01'],
    [0, '0.00'],
    [300001, '3000.01'],
    [-150, '-1.50'],
    [-5, '-0.05'],
    [123456789012345, '1234567890123.45'],
  ])('%i fen reads %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it('refuses what is not a whole number of fen', () => {
    expect(() => formatYuan(0.5)).toThrow(RangeError);
    expect(() => formatYuan(Number.NaN)).toThrow(RangeError);
  });

  it('adds the unit, or a dash when there is no amount', () => {
    expect(yuanText(9750)).toBe('97.50 元');
    expect(yuanText(undefined)).toBe('—');
    expect(yuanText(null)).toBe('—');
  });
});

describe('元 typed → fen', () => {
  it.each([
    ['40', 4000],
    ['40.5', 4050],
    ['97.50', 9750],
    // 0.1 * 100 is 10.000000000000002 in floating point; the string gives exactly 10.
    ['0.1', 10],
    ['0.2', 20],
    ['0.29', 29],
    ['1.00', 100],
    ['3000.01', 300001],
    ['4.35', 435],
    ['1,000', 100000],
    ['1,234.56', 123456],
    ['12,345,678.9', 1234567890],
    ['0', 0],
    ['0.00', 0],
    ['007.5', 750],
    ['.5', 50],
    ['5.', 500],
    ['  6500.00  ', 650000],
    ['￥97.50', 9750],
    ['¥ 97.50', 9750],
    ['97.50元', 9750],
    ['97.50 元', 9750],
    ['６５００．００', 650000],
    ['１，０００', 100000],
    ['9999999999999.99', 999999999999999],
  ])('%j is %i fen', (text, fen) => {
    expect(parseYuan(text)).toEqual({ ok: true, fen });
    expect(yuanToFen(text)).toBe(fen);
  });

  it.each([
    ['', '请填写金额'],
    ['   ', '请填写金额'],
    ['-1', '金额不能为负数'],
    ['1.005', '金额最多两位小数（精确到分）'],
    ['0.001', '金额最多两位小数（精确到分）'],
    ['1,00', '请填写金额（元），如 97.50'],
    ['1,0000', '请填写金额（元），如 97.50'],
    [',100', '请填写金额（元），如 97.50'],
    ['1.2.3', '请填写金额（元），如 97.50'],
    ['1e3', '请填写金额（元），如 97.50'],
    ['abc', '请填写金额（元），如 97.50'],
    ['.', '请填写金额（元），如 97.50'],
    ['40 50', '请填写金额（元），如 97.50'],
    ['10000000000000', '金额过大'],
  ])('%j is refused: %s', (text, message) => {
    expect(parseYuan(text)).toEqual({ ok: false, message });
    expect(yuanToFen(text)).toBeUndefined();
  });

  it('round-trips every amount it shows', () => {
    for (const fen of [0, 1, 9, 10, 99, 100, 101, 9750, 300000, 300001, 1234567]) {
      expect(yuanToFen(formatYuan(fen))).toBe(fen);
    }
  });
});

describe('the form rule', () => {
  const check = (rule: ReturnType<typeof yuanRule>, value: string | undefined) => rule.validator(undefined, value);

  it('requires an amount unless told otherwise', async () => {
    await expect(check(yuanRule(), '')).rejects.toThrow('请填写金额');
    await expect(check(yuanRule({ label: '基数' }), undefined)).rejects.toThrow('请填写基数');
    await expect(check(yuanRule({ required: false }), '')).resolves.toBeUndefined();
  });

  it('passes on the parser’s message and checks the bounds in fen', async () => {
    await expect(check(yuanRule(), '1.234')).rejects.toThrow('金额最多两位小数（精确到分）');
    await expect(check(yuanRule({ positive: true }), '0.00')).rejects.toThrow('金额应大于零');
    await expect(check(yuanRule({ min: 20, max: 100, label: '月交纳金额' }), '0.1')).rejects.toThrow('月交纳金额不能少于 0.20 元');
    await expect(check(yuanRule({ min: 20, max: 100 }), '1.01')).rejects.toThrow('金额不能超过 1.00 元');
    await expect(check(yuanRule({ min: 20, max: 100 }), '1')).resolves.toBeUndefined();
  });
});

describe('percentages', () => {
  it('shows a ratio with one decimal, or a dash', () => {
    expect(formatPercent(0.8532)).toBe('85.3%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPercent(0)).toBe('0.0%');
    expect(formatPercent(undefined)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});
