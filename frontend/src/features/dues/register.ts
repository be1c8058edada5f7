import type { DuesRegister, DuesRegisterCell } from './api/dues';
import { compareMonths, monthsFrom, outsideWindowReason, type Month, type PayWindow } from './months';

/**
 * The register grid's rules: which cells a quick payment may start from, how a selection of months
 * grows across a member's row, and what the chosen months come to by the standards. Pure.
 */

export type Payability = { payable: true } | { payable: false; reason: string };

/** Whether a cell can be paid now: unpaid, something due, within the 补交/预交 window. */
export function cellPayability(cell: DuesRegisterCell, window: PayWindow): Payability {
  switch (cell.state) {
    case 'PAID':
      return { payable: false, reason: '该月党费已交纳' };
    case 'NONE':
      return { payable: false, reason: '该月无需交纳（尚未核定党费标准，或不在交纳期间）' };
    case 'OWED':
    case 'DUE': {
      const reason = outsideWindowReason(cell.month, window);
      return reason ? { payable: false, reason } : { payable: true };
    }
  }
}

/**
 * A selection dragged from `anchor` towards `target` in one row: it grows one month at a time and
 * stops before the first month that cannot be paid (a payment covers consecutive unpaid months).
 * Returns the chosen indexes [first, last], or undefined when the anchor itself cannot be paid.
 */
export function selectRange(cells: readonly DuesRegisterCell[], anchor: number, target: number, window: PayWindow): [number, number] | undefined {
  const start = cells[anchor];
  if (!start || !cellPayability(start, window).payable) return undefined;
  const step = target >= anchor ? 1 : -1;
  let end = anchor;
  for (let i = anchor + step; step > 0 ? i <= target : i >= target; i += step) {
    const cell = cells[i];
    if (!cell || !cellPayability(cell, window).payable) break;
    end = i;
  }
  return step > 0 ? [anchor, end] : [end, anchor];
}

export interface Expected {
  /** The standards' sum for the months; undefined while some month is unknown. */
  fen: number | undefined;
  /** Months already paid (the server would refuse the payment: 409). */
  paid: Month[];
  /** Months no loaded register has for the member. */
  unknown: Month[];
}

/** What a member owes by the standards for from..to, from the branch's registers of those years. */
export function expectedFor(registers: readonly (DuesRegister | undefined)[], memberId: string, from: Month, to: Month): Expected {
  const cells = new Map<Month, DuesRegisterCell>();
  for (const register of registers) {
    const row = register?.rows.find((candidate) => candidate.member.id === memberId);
    for (const cell of row?.cells ?? []) cells.set(cell.month, cell);
  }
  let fen = 0;
  const paid: Month[] = [];
  const unknown: Month[] = [];
  for (const month of compareMonths(from, to) <= 0 ? monthsFrom(from, to) : []) {
    const cell = cells.get(month);
    if (!cell) unknown.push(month);
    else {
      if (cell.state === 'PAID') paid.push(month);
      fen += cell.dueFen;
    }
  }
  return { fen: unknown.length === 0 ? fen : undefined, paid, unknown };
}

/** The years a range of months touches (the registers to load). */
export function yearsOf(from: Month, to: Month): number[] {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const years: number[] = [];
  for (let year = Math.min(first, last); year <= Math.max(first, last); year++) years.push(year);
  return years;
}
