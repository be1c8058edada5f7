import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addMonths,
  compareMonths,
  currentMonth,
  currentYear,
  inWindow,
  isMonth,
  monthRangeText,
  monthRuns,
  monthRunsText,
  monthsFrom,
  monthsOfYear,
  outsideWindowReason,
  payWindow,
  payableRun,
} from './months';

afterEach(() => {
  vi.useRealTimers();
});

describe('months', () => {
  it('counts across years', () => {
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-03', -6)).toBe('2025-09');
    expect(compareMonths('2026-12', '2027-01')).toBe(-1);
    expect(monthsFrom('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsFrom('2026-02', '2026-01')).toEqual([]);
    expect(monthsOfYear(2026)).toHaveLength(12);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-09')).toBe(true);
  });

  it('takes this month in Asia/Shanghai, as the server does', () => {
    // 2026-11-30 20:30 UTC is already 1 December in Shanghai.
    vi.useFakeTimers({ now: new Date('2026-11-30T20:30:00Z'), toFake: ['Date'] });
    expect(currentMonth()).toBe('2026-12');
    vi.setSystemTime(new Date('2026-12-31T16:30:00Z'));
    expect(currentYear()).toBe(2027);
  });

  it('reaches six months back and a quarter ahead', () => {
    const window = payWindow('2026-11');
    expect(window).toEqual({ earliest: '2026-05', latest: '2027-01' });
    expect(inWindow('2026-05', window)).toBe(true);
    expect(inWindow('2026-04', window)).toBe(false);
    expect(inWindow('2027-02', window)).toBe(false);
    expect(outsideWindowReason('2026-04', window)).toBe('超过补交期限：最多补交 6 个月（最早 2026-05）');
    expect(outsideWindowReason('2027-02', window)).toBe('最多预交到 2027-01');
    expect(outsideWindowReason('2026-11', window)).toBeUndefined();
  });

  it('writes runs of months', () => {
    expect(monthRangeText('2026-11', '2027-01')).toBe('2026-11 至 2027-01（3 个月）');
    expect(monthRangeText('2026-11', '2026-11')).toBe('2026-11');
    expect(monthRuns(['2026-04', '2026-01', '2026-02', '2026-02'])).toEqual([
      { from: '2026-01', to: '2026-02' },
      { from: '2026-04', to: '2026-04' },
    ]);
    expect(monthRunsText(['2025-12', '2026-01', '2026-03'])).toBe('2025-12 至 2026-01、2026-03');
    expect(monthRunsText([])).toBe('');
  });

  it('settles the last run of owed months a 补交 can still reach', () => {
    const window = payWindow('2026-11');
    const owed = monthsFrom('2026-01', '2026-10');
    expect(payableRun(owed, window)).toEqual({ from: '2026-05', to: '2026-10' });
    expect(payableRun(['2026-05', '2026-06', '2026-08'], window)).toEqual({ from: '2026-08', to: '2026-08' });
    expect(payableRun(['2026-01', '2026-04'], window)).toBeUndefined();
  });
});
