import { describe, expect, it } from 'vitest';
import type { DuesRegister, DuesRegisterCell } from './api/dues';
import { payWindow } from './months';
import { cellPayability, expectedFor, selectRange, yearsOf } from './register';

const window = payWindow('2026-11');
const MEMBER = '55555555-5555-4555-8555-555555555555';

function cell(month: string, state: DuesRegisterCell['state'], dueFen = 9750, paidFen = 0): DuesRegisterCell {
  return { month, state, dueFen: state === 'NONE' ? 0 : dueFen, paidFen };
}

/** 2026: nothing due until March, Jan–Oct ended, June paid, November this month. */
const cells: DuesRegisterCell[] = [
  cell('2026-01', 'NONE'),
  cell('2026-02', 'NONE'),
  cell('2026-03', 'OWED'),
  cell('2026-04', 'OWED'),
  cell('2026-05', 'OWED'),
  cell('2026-06', 'PAID', 9750, 9750),
  cell('2026-07', 'OWED'),
  cell('2026-08', 'OWED'),
  cell('2026-09', 'OWED'),
  cell('2026-10', 'OWED'),
  cell('2026-11', 'DUE'),
  cell('2026-12', 'DUE'),
];

function register(year: number, rowCells: DuesRegisterCell[]): DuesRegister {
  return {
    organization: { id: 'b', code: 'SQ-0101-01', name: '幸福里社区第一党支部', type: 'BRANCH' },
    year,
    months: rowCells.map((c) => c.month),
    rows: [{ member: { id: MEMBER, name: '张三', status: 'FULL' }, cells: rowCells, dueFen: 0, paidFen: 0, owedFen: 0 }],
    totals: [],
    dueFen: 0,
    paidFen: 0,
  };
}

describe('which cells a payment may start from', () => {
  it('takes unpaid months with something due within the window', () => {
    expect(cellPayability(cells[10] as DuesRegisterCell, window)).toEqual({ payable: true });
    expect(cellPayability(cells[4] as DuesRegisterCell, window)).toEqual({ payable: true });
    expect(cellPayability(cells[5] as DuesRegisterCell, window)).toEqual({ payable: false, reason: '该月党费已交纳' });
    expect(cellPayability(cells[0] as DuesRegisterCell, window)).toMatchObject({ payable: false });
    expect(cellPayability(cells[3] as DuesRegisterCell, window)).toEqual({
      payable: false,
      reason: '超过补交期限：最多补交 6 个月（最早 2026-05）',
    });
  });
});

describe('a selection dragged along a row', () => {
  it('grows over consecutive unpaid months, either way', () => {
    expect(selectRange(cells, 6, 11, window)).toEqual([6, 11]);
    expect(selectRange(cells, 11, 6, window)).toEqual([6, 11]);
    expect(selectRange(cells, 10, 10, window)).toEqual([10, 10]);
  });

  it('stops before a paid month or one out of reach', () => {
    expect(selectRange(cells, 8, 2, window)).toEqual([6, 8]);
    expect(selectRange(cells, 4, 0, window)).toEqual([4, 4]);
  });

  it('does not start on a month that cannot be paid', () => {
    expect(selectRange(cells, 5, 8, window)).toBeUndefined();
    expect(selectRange(cells, 0, 3, window)).toBeUndefined();
  });
});

describe('what the months come to', () => {
  const next = register(2027, [cell('2027-01', 'DUE', 10000), cell('2027-02', 'DUE', 10000)]);

  it('sums the standards over the registers of every year touched', () => {
    expect(expectedFor([register(2026, cells), next], MEMBER, '2026-11', '2027-01')).toEqual({ fen: 29500, paid: [], unknown: [] });
    expect(expectedFor([register(2026, cells)], MEMBER, '2026-07', '2026-10')).toEqual({ fen: 39000, paid: [], unknown: [] });
  });

  it('names months already paid, and knows nothing of months it has no register for', () => {
    expect(expectedFor([register(2026, cells)], MEMBER, '2026-05', '2026-07').paid).toEqual(['2026-06']);
    expect(expectedFor([register(2026, cells), undefined], MEMBER, '2026-12', '2027-01')).toEqual({
      fen: undefined,
      paid: [],
      unknown: ['2027-01'],
    });
    expect(expectedFor([register(2026, cells)], 'someone-else', '2026-11', '2026-11').fen).toBeUndefined();
  });

  it('loads the registers of the years a range touches', () => {
    expect(yearsOf('2026-11', '2027-01')).toEqual([2026, 2027]);
    expect(yearsOf('2026-05', '2026-10')).toEqual([2026]);
  });
});
