import { describe, expect, it } from 'vitest';
import {
  emptyTransferFilters,
  isTransferFiltered,
  overdueOrganizationFromSearchParams,
  searchParamsFromTransferFilters,
  toTransferListQuery,
  transferFiltersFromSearchParams,
  type TransferFilters,
} from './filters';

describe('transfer list filters ⇄ address ⇄ listTransfers', () => {
  it('reads the filters from the address, in dictionary order and without repeats', () => {
    const params = new URLSearchParams('tab=all&state=ISSUED,REQUESTED,ISSUED&scope=OUTGOING&overdue=true');
    expect(transferFiltersFromSearchParams(params)).toEqual({ states: ['REQUESTED', 'ISSUED'], scope: 'OUTGOING', overdue: true });
  });

  it('drops what it does not know rather than sending it to the server', () => {
    const params = new URLSearchParams('state=OPEN,COMPLETED&scope=ABROAD&overdue=yes');
    expect(transferFiltersFromSearchParams(params)).toEqual({ states: ['COMPLETED'], scope: undefined, overdue: false });
  });

  it('sends only what is set, states comma-separated in the contract’s order', () => {
    const filters: TransferFilters = { states: ['WITHDRAWN', 'REQUESTED'], scope: 'INTERNAL', overdue: true };
    expect(toTransferListQuery(filters)).toEqual({ state: 'REQUESTED,WITHDRAWN', scope: 'INTERNAL', overdue: true });
    expect(toTransferListQuery(emptyTransferFilters)).toEqual({});
  });

  it('round-trips through the address', () => {
    const filters: TransferFilters = { states: ['ISSUED'], scope: 'INCOMING', overdue: true };
    const params = new URLSearchParams(searchParamsFromTransferFilters(filters));
    expect(params.toString()).toBe('state=ISSUED&scope=INCOMING&overdue=true');
    expect(transferFiltersFromSearchParams(params)).toEqual(filters);
  });

  it('tells a filtered list from an unfiltered one', () => {
    expect(isTransferFiltered(emptyTransferFilters)).toBe(false);
    expect(isTransferFiltered({ states: [], overdue: true })).toBe(true);
    expect(isTransferFiltered({ states: ['COMPLETED'], overdue: false })).toBe(true);
  });

  it('reads the organization 超期提醒 is narrowed to, and only a real id', () => {
    const id = '33333333-3333-4333-8333-333333333333';
    expect(overdueOrganizationFromSearchParams(new URLSearchParams(`tab=overdue&org=${id}`))).toBe(id);
    expect(overdueOrganizationFromSearchParams(new URLSearchParams('tab=overdue&org=street'))).toBeUndefined();
    expect(overdueOrganizationFromSearchParams(new URLSearchParams('tab=overdue'))).toBeUndefined();
  });
});
