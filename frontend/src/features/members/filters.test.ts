import { describe, expect, it } from 'vitest';
import {
  EXPORT_CHOICES,
  columnSortOrder,
  emptyFilters,
  exportUrl,
  filtersFromSearchParams,
  isFiltered,
  searchParamsFromFilters,
  sortFor,
  toListQuery,
  type MemberFilters,
} from './filters';

const ORG = '22222222-2222-4222-8222-222222222222';

describe('filters ↔ address', () => {
  it('reads every filter from the address', () => {
    const params = new URLSearchParams(
      `organizationId=${ORG}&status=LEFT,DECEASED&category=VETERAN&registration=REGISTERED&mobility=OUTFLOW` +
        '&ageMin=60&ageMax=80&joinedFrom=1970-01-01&joinedTo=1980-12-31&q=%20张%20&sort=JOINED_ON_DESC',
    );
    expect(filtersFromSearchParams(params)).toEqual({
      organizationId: ORG,
      statuses: ['LEFT', 'DECEASED'],
      category: 'VETERAN',
      registration: 'REGISTERED',
      mobility: 'OUTFLOW',
      ageMin: 60,
      ageMax: 80,
      joinedFrom: '1970-01-01',
      joinedTo: '1980-12-31',
      q: '张',
      sort: 'JOINED_ON_DESC',
    });
  });

  it('drops what is malformed instead of sending it to the server', () => {
    const params = new URLSearchParams(
      'organizationId=not-a-uuid&status=FULL,NOPE&category=RICH&mobility=&ageMin=-3&ageMax=200&joinedFrom=1970-1-1&q=%20%20&sort=AGE',
    );
    expect(filtersFromSearchParams(params)).toEqual({
      organizationId: undefined,
      statuses: ['FULL'],
      category: undefined,
      registration: undefined,
      mobility: undefined,
      ageMin: undefined,
      ageMax: undefined,
      joinedFrom: undefined,
      joinedTo: undefined,
      q: undefined,
      sort: undefined,
    });
  });

  it('writes only what is set, statuses in lifecycle order, and reads it back the same', () => {
    const filters: MemberFilters = { statuses: ['DECEASED', 'LEFT'], ageMin: 0, q: ' 1234 ', sort: 'BIRTH_DATE' };
    const params = searchParamsFromFilters(filters);
    expect(params).toEqual({ status: 'LEFT,DECEASED', ageMin: '0', q: '1234', sort: 'BIRTH_DATE' });
    expect(filtersFromSearchParams(new URLSearchParams(params))).toMatchObject({
      statuses: ['LEFT', 'DECEASED'],
      ageMin: 0,
      q: '1234',
      sort: 'BIRTH_DATE',
    });
  });
});

describe('toListQuery', () => {
  it('sends nothing for no filters: the server then lists members today (预备 and 正式) by name', () => {
    expect(toListQuery(emptyFilters)).toEqual({});
    expect(isFiltered(emptyFilters)).toBe(false);
  });

  it('maps each filter to its listMembers parameter', () => {
    expect(
      toListQuery({
        organizationId: ORG,
        statuses: ['FULL', 'PROBATIONARY'],
        category: 'IN_HARDSHIP',
        registration: 'REPORTING',
        mobility: 'INFLOW',
        ageMin: 18,
        ageMax: 35,
        joinedFrom: '2020-01-01',
        joinedTo: '2020-12-31',
        q: '138',
        sort: 'NAME',
      }),
    ).toEqual({
      organizationId: ORG,
      status: 'PROBATIONARY,FULL',
      category: 'IN_HARDSHIP',
      registration: 'REPORTING',
      mobility: 'INFLOW',
      ageMin: 18,
      ageMax: 35,
      joinedFrom: '2020-01-01',
      joinedTo: '2020-12-31',
      q: '138',
      sort: 'NAME',
    });
  });

  it('does not count the sort as a filter', () => {
    expect(isFiltered({ statuses: [], sort: 'JOINED_ON' })).toBe(false);
    expect(isFiltered({ statuses: [], category: 'VETERAN' })).toBe(true);
  });
});

describe('exportUrl', () => {
  it('exports the filtered list without sort or paging; reveal only when asked', () => {
    const url = exportUrl({ statuses: ['LEFT'], organizationId: ORG, q: '王', sort: 'JOINED_ON' }, 'XLSX', 'ALL');
    const [path, query] = url.split('?');
    expect(path).toBe('/api/v1/members/export');
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      format: 'XLSX',
      roster: 'ALL',
      organizationId: ORG,
      status: 'LEFT',
      q: '王',
    });
    expect(new URLSearchParams(exportUrl(emptyFilters, 'CSV', 'VETERAN', true).split('?')[1]).get('reveal')).toBe('true');
  });

  it('offers every roster as Excel, and CSV only one roster at a time', () => {
    expect(EXPORT_CHOICES.filter((choice) => choice.format === 'XLSX').map((choice) => choice.roster)).toEqual([
      'ALL',
      'BASIC',
      'VETERAN',
      'MOBILE',
      'HARDSHIP',
    ]);
    expect(EXPORT_CHOICES.filter((choice) => choice.format === 'CSV').map((choice) => choice.roster)).toEqual([
      'BASIC',
      'VETERAN',
      'MOBILE',
      'HARDSHIP',
    ]);
  });
});

describe('sorting by column headers', () => {
  it.each([
    [undefined, { name: 'ascend', age: null, birthDate: null, joinedOn: null }],
    ['NAME', { name: 'ascend', age: null, birthDate: null, joinedOn: null }],
    ['JOINED_ON', { name: null, age: null, birthDate: null, joinedOn: 'ascend' }],
    ['JOINED_ON_DESC', { name: null, age: null, birthDate: null, joinedOn: 'descend' }],
    // Oldest first: born earliest, age descending.
    ['BIRTH_DATE', { name: null, age: 'descend', birthDate: 'ascend', joinedOn: null }],
    ['BIRTH_DATE_DESC', { name: null, age: 'ascend', birthDate: 'descend', joinedOn: null }],
  ] as const)('%s shows as %o', (sort, expected) => {
    for (const [column, order] of Object.entries(expected)) {
      expect(columnSortOrder(sort, column as keyof typeof expected)).toBe(order);
    }
  });

  it.each([
    ['joinedOn', 'ascend', 'JOINED_ON'],
    ['joinedOn', 'descend', 'JOINED_ON_DESC'],
    ['birthDate', 'ascend', 'BIRTH_DATE'],
    ['birthDate', 'descend', 'BIRTH_DATE_DESC'],
    ['age', 'ascend', 'BIRTH_DATE_DESC'],
    ['age', 'descend', 'BIRTH_DATE'],
    ['name', 'ascend', undefined],
    ['joinedOn', null, undefined],
  ] as const)('a click on %s (%s) sorts by %s', (column, order, sort) => {
    expect(sortFor(column, order)).toBe(sort);
  });
});
