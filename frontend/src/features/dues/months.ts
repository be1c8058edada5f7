import { today } from '../../lib/dates';

/**
 * Months as the API writes them (`YYYY-MM`), and the months a payment may cover. Plain string and
 * integer arithmetic: no time zones are involved once "this month" is known (Asia/Shanghai, as the
 * server counts it).
 */

export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string | null | undefined): value is Month {
  return value !== null && value !== undefined && MONTH.test(value);
}

function index(month: Month): number {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`not a month: ${month}`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function fromIndex(i: number): Month {
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** This month in Asia/Shanghai. */
export function currentMonth(): Month {
  return today().format('YYYY-MM');
}

/** This year in Asia/Shanghai. */
export function currentYear(): number {
  return Number(currentMonth().slice(0, 4));
}

export function addMonths(month: Month, n: number): Month {
  return fromIndex(index(month) + n);
}

/** Negative when a is earlier, 0 when the same month. */
export function compareMonths(a: Month, b: Month): number {
  return index(a) - index(b);
}

/** Every month from..to, both included (empty when to is earlier). */
export function monthsFrom(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let i = index(from); i <= index(to); i++) out.push(fromIndex(i));
  return out;
}

export function yearOf(month: Month): number {
  return Number(month.slice(0, 4));
}

/** January to December of a year. */
export function monthsOfYear(year: number): Month[] {
  return monthsFrom(`${year}-01`, `${year}-12`);
}

/**
 * How far a regular payment may reach: 补交 at most 6 months back, 预交 a quarter (this month and the next
 * two). The UI's mirror of the server's defaults (dues.back-pay-months, dues.advance-months); the server
 * decides and says why when it refuses.
 */
export const PAY_WINDOW = { back: 6, ahead: 2 } as const;

export interface PayWindow {
  earliest: Month;
  latest: Month;
}

export function payWindow(current: Month = currentMonth()): PayWindow {
  return { earliest: addMonths(current, -PAY_WINDOW.back), latest: addMonths(current, PAY_WINDOW.ahead) };
}

export function inWindow(month: Month, window: PayWindow): boolean {
  return compareMonths(month, window.earliest) >= 0 && compareMonths(month, window.latest) <= 0;
}

/** Why a month cannot be paid now, or undefined when it can (as far as the window goes). */
export function outsideWindowReason(month: Month, window: PayWindow): string | undefined {
  if (compareMonths(month, window.earliest) < 0) return `超过补交期限：最多补交 ${PAY_WINDOW.back} 个月（最早 ${window.earliest}）`;
  if (compareMonths(month, window.latest) > 0) return `最多预交到 ${window.latest}`;
  return undefined;
}

/** "2026-01 至 2026-03（3 个月）", "2026-05", for a run of months. */
export function monthRangeText(from: Month, to: Month): string {
  const count = monthsFrom(from, to).length;
  return count <= 1 ? from : `${from} 至 ${to}（${count} 个月）`;
}

/**
 * Months (in order, possibly with gaps) as runs: ['2026-01','2026-02','2026-04'] → 2026-01 至 2026-02、2026-04.
 */
export function monthRuns(months: readonly Month[]): { from: Month; to: Month }[] {
  const runs: { from: Month; to: Month }[] = [];
  for (const month of [...months].sort(compareMonths)) {
    const last = runs[runs.length - 1];
    if (last && compareMonths(month, last.to) === 1) last.to = month;
    else if (!last || compareMonths(month, last.to) > 1) runs.push({ from: month, to: month });
  }
  return runs;
}

export function monthRunsText(months: readonly Month[]): string {
  return monthRuns(months)
    .map((run) => (run.from === run.to ? run.from : `${run.from} 至 ${run.to}`))
    .join('、');
}

/**
 * The owed months a 补交 can settle in one payment: the last unbroken run of owed months that lies
 * within the window (one payment covers consecutive months, none of them paid already). Undefined when
 * none can be paid any more.
 */
export function payableRun(owed: readonly Month[], window: PayWindow): { from: Month; to: Month } | undefined {
  const runs = monthRuns(owed.filter((month) => inWindow(month, window)));
  return runs[runs.length - 1];
}
