import dayjs, { type Dayjs } from 'dayjs';
import type { PeriodKind } from './labels';

/**
 * The dashboard's period (统计期间): a month, a quarter or a year, written as the API's `period`
 * parameter (`2026-11`, `2026-Q4`, `2026`). Pure: "this month" (Asia/Shanghai) is passed in.
 */
export type Period =
  | { kind: 'MONTH'; year: number; month: number }
  | { kind: 'QUARTER'; year: number; quarter: number }
  | { kind: 'YEAR'; year: number };

/** A calendar month, 1–12. */
export interface YearMonth {
  year: number;
  month: number;
}

/** How many years back the API goes: from January two years back to this year. */
export const YEARS_BACK = 2;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/** `2026-11`, `2026-Q4`, `2026`. */
export function formatPeriod(period: Period): string {
  switch (period.kind) {
    case 'MONTH':
      return `${period.year}-${String(period.month).padStart(2, '0')}`;
    case 'QUARTER':
      return `${period.year}-Q${period.quarter}`;
    case 'YEAR':
      return String(period.year);
  }
}

/** A period as written in the address or by the API; undefined when it is not one. */
export function parsePeriod(text: string | null | undefined): Period | undefined {
  if (!text) return undefined;
  const month = MONTH.exec(text);
  if (month) return { kind: 'MONTH', year: Number(month[1]), month: Number(month[2]) };
  const quarter = QUARTER.exec(text);
  if (quarter) return { kind: 'QUARTER', year: Number(quarter[1]), quarter: Number(quarter[2]) };
  const year = YEAR.exec(text);
  if (year) return { kind: 'YEAR', year: Number(year[1]) };
  return undefined;
}

/** 2026年11月, 2026年第四季度, 2026年. */
export function periodText(period: Period): string {
  switch (period.kind) {
    case 'MONTH':
      return `${period.year}年${period.month}月`;
    case 'QUARTER':
      return `${period.year}年第${'一二三四'[period.quarter - 1]}季度`;
    case 'YEAR':
      return `${period.year}年`;
  }
}

export function firstMonth(period: Period): YearMonth {
  switch (period.kind) {
    case 'MONTH':
      return { year: period.year, month: period.month };
    case 'QUARTER':
      return { year: period.year, month: period.quarter * 3 - 2 };
    case 'YEAR':
      return { year: period.year, month: 1 };
  }
}

export function lastMonth(period: Period): YearMonth {
  switch (period.kind) {
    case 'MONTH':
      return { year: period.year, month: period.month };
    case 'QUARTER':
      return { year: period.year, month: period.quarter * 3 };
    case 'YEAR':
      return { year: period.year, month: 12 };
  }
}

function index({ year, month }: YearMonth): number {
  return year * 12 + month - 1;
}

/** The period of a kind that contains a month. */
export function periodOf(kind: PeriodKind, { year, month }: YearMonth): Period {
  switch (kind) {
    case 'MONTH':
      return { kind, year, month };
    case 'QUARTER':
      return { kind, year, quarter: Math.ceil(month / 3) };
    case 'YEAR':
      return { kind, year };
  }
}

/** The default: this month, as the API's. */
export function currentPeriod(today: YearMonth): Period {
  return periodOf('MONTH', today);
}

/** Whether the API shows the period: its year is this year or one of the two before. */
export function isAllowed(period: Period, today: YearMonth): boolean {
  return period.year >= today.year - YEARS_BACK && period.year <= today.year;
}

/** Whether the period has begun (the picker offers no future periods: they have nothing to show yet). */
export function hasBegun(period: Period, today: YearMonth): boolean {
  return index(firstMonth(period)) <= index(today);
}

/**
 * Switching the kind (月 → 季度 → 年) keeps the time in view: the period of the new kind containing
 * the old one's last month, or this month when the old one contains it.
 */
export function changeKind(period: Period, kind: PeriodKind, today: YearMonth): Period {
  const last = lastMonth(period);
  const reference = index(firstMonth(period)) <= index(today) && index(today) <= index(last) ? today : last;
  return periodOf(kind, reference);
}

/** The period as a DatePicker value: its first day. */
export function periodToDayjs(period: Period): Dayjs {
  const { year, month } = firstMonth(period);
  return dayjs(`${year}-${String(month).padStart(2, '0')}-01`, 'YYYY-MM-DD');
}

/** The period of a kind that contains a day the DatePicker gave. */
export function periodFromDayjs(kind: PeriodKind, day: Dayjs): Period {
  return periodOf(kind, { year: day.year(), month: day.month() + 1 });
}

/** Whether the picker offers the period containing a day (allowed and begun). */
export function isSelectable(kind: PeriodKind, day: Dayjs, today: YearMonth): boolean {
  const period = periodFromDayjs(kind, day);
  return isAllowed(period, today) && hasBegun(period, today);
}

