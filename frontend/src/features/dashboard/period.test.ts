import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  changeKind,
  currentPeriod,
  firstMonth,
  formatPeriod,
  hasBegun,
  isAllowed,
  isSelectable,
  lastMonth,
  parsePeriod,
  periodFromDayjs,
  periodText,
  periodToDayjs,
  type Period,
} from './period';

const NOV_2026 = { year: 2026, month: 11 };
const month = (year: number, m: number): Period => ({ kind: 'MONTH', year, month: m });
const quarter = (year: number, q: number): Period => ({ kind: 'QUARTER', year, quarter: q });
const year = (y: number): Period => ({ kind: 'YEAR', year: y });

describe('periods as the API writes them', () => {
  it.each<[string, Period, string]>([
    ['2026-11', month(2026, 11), '2026年11月'],
    ['2026-01', month(2026, 1), '2026年1月'],
    ['2026-Q4', quarter(2026, 4), '2026年第四季度'],
    ['2025-Q1', quarter(2025, 1), '2025年第一季度'],
    ['2024', year(2024), '2024年'],
  ])('%s ⇄ %j, read %s', (text, period, words) => {
    expect(parsePeriod(text)).toEqual(period);
    expect(formatPeriod(period)).toBe(text);
    expect(periodText(period)).toBe(words);
  });

  it.each(['', '2026-13', '2026-00', '2026-1', '2026-Q5', '2026-Q0', '2026Q4', '26', '2026-11-01', 'now', null, undefined])(
    'refuses %j',
    (text) => {
      expect(parsePeriod(text)).toBeUndefined();
    },
  );

  it('knows the months a period spans', () => {
    expect([firstMonth(quarter(2026, 3)), lastMonth(quarter(2026, 3))]).toEqual([
      { year: 2026, month: 7 },
      { year: 2026, month: 9 },
    ]);
    expect([firstMonth(year(2025)), lastMonth(year(2025))]).toEqual([
      { year: 2025, month: 1 },
      { year: 2025, month: 12 },
    ]);
    expect([firstMonth(month(2026, 2)), lastMonth(month(2026, 2))]).toEqual([
      { year: 2026, month: 2 },
      { year: 2026, month: 2 },
    ]);
  });
});

describe('which periods the dashboard shows', () => {
  it('defaults to this month, as the API', () => {
    expect(currentPeriod(NOV_2026)).toEqual(month(2026, 11));
  });

  it('allows January two years back to the end of this year, as the API', () => {
    expect(isAllowed(month(2024, 1), NOV_2026)).toBe(true);
    expect(isAllowed(month(2023, 12), NOV_2026)).toBe(false);
    expect(isAllowed(year(2024), NOV_2026)).toBe(true);
    expect(isAllowed(year(2023), NOV_2026)).toBe(false);
    expect(isAllowed(month(2026, 12), NOV_2026)).toBe(true);
    expect(isAllowed(quarter(2027, 1), NOV_2026)).toBe(false);
  });

  it('offers in the picker only periods that have begun', () => {
    expect(hasBegun(month(2026, 11), NOV_2026)).toBe(true);
    expect(hasBegun(month(2026, 12), NOV_2026)).toBe(false);
    expect(hasBegun(quarter(2026, 4), NOV_2026)).toBe(true);
    expect(hasBegun(year(2026), NOV_2026)).toBe(true);
    const day = (text: string) => dayjs(text, 'YYYY-MM-DD');
    expect(isSelectable('MONTH', day('2026-11-01'), NOV_2026)).toBe(true);
    expect(isSelectable('MONTH', day('2026-12-01'), NOV_2026)).toBe(false);
    expect(isSelectable('MONTH', day('2024-01-01'), NOV_2026)).toBe(true);
    expect(isSelectable('MONTH', day('2023-12-01'), NOV_2026)).toBe(false);
    expect(isSelectable('QUARTER', day('2026-10-01'), NOV_2026)).toBe(true);
    expect(isSelectable('YEAR', day('2023-01-01'), NOV_2026)).toBe(false);
  });
});

describe('switching the kind keeps the time in view', () => {
  it.each<[Period, Period['kind'], Period]>([
    [month(2026, 11), 'QUARTER', quarter(2026, 4)],
    [month(2026, 11), 'YEAR', year(2026)],
    [month(2025, 5), 'QUARTER', quarter(2025, 2)],
    // A period that contains this month goes to the one containing this month…
    [year(2026), 'MONTH', month(2026, 11)],
    [year(2026), 'QUARTER', quarter(2026, 4)],
    [quarter(2026, 4), 'MONTH', month(2026, 11)],
    // …a past one to its last month.
    [year(2025), 'MONTH', month(2025, 12)],
    [year(2025), 'QUARTER', quarter(2025, 4)],
    [quarter(2025, 2), 'MONTH', month(2025, 6)],
    [month(2026, 11), 'MONTH', month(2026, 11)],
  ])('%j → %s: %j', (from, kind, expected) => {
    expect(changeKind(from, kind, NOV_2026)).toEqual(expected);
  });
});

describe('the DatePicker', () => {
  it('shows a period as its first day and reads back the period of the day picked', () => {
    expect(periodToDayjs(quarter(2026, 4)).format('YYYY-MM-DD')).toBe('2026-10-01');
    expect(periodToDayjs(year(2025)).format('YYYY-MM-DD')).toBe('2025-01-01');
    expect(periodToDayjs(month(2026, 3)).format('YYYY-MM-DD')).toBe('2026-03-01');
    expect(periodFromDayjs('QUARTER', dayjs('2026-08-15', 'YYYY-MM-DD'))).toEqual(quarter(2026, 3));
    expect(periodFromDayjs('MONTH', dayjs('2026-08-15', 'YYYY-MM-DD'))).toEqual(month(2026, 8));
    expect(periodFromDayjs('YEAR', dayjs('2024-12-31', 'YYYY-MM-DD'))).toEqual(year(2024));
  });
});
