import { describe, expect, it } from 'vitest';
import { dashboardPath, searchParamsFromState, stateFromSearchParams, type DashboardState } from './pageState';

const NOV_2026 = { year: 2026, month: 11 };
const ORG = '22222222-2222-4222-8222-222222222222';
const read = (query: string) => stateFromSearchParams(new URLSearchParams(query), NOV_2026);

describe('the 总览 address ⇄ state', () => {
  it('reads organization, period and gap kinds', () => {
    expect(read(`org=${ORG}&period=2026-Q3&kind=DUES_ARREARS,LEADERSHIP`)).toEqual({
      organizationId: ORG,
      period: { kind: 'QUARTER', year: 2026, quarter: 3 },
      // in the dictionary's order
      kinds: ['LEADERSHIP', 'DUES_ARREARS'],
    });
  });

  it('defaults to the caller’s organization this month, with every kind', () => {
    expect(read('')).toEqual({ organizationId: undefined, period: { kind: 'MONTH', year: 2026, month: 11 }, kinds: [] });
  });

  it('drops what it does not know, and says which period it could not show', () => {
    expect(read('org=street&kind=NOPE,LEADERSHIP,LEADERSHIP')).toEqual({
      organizationId: undefined,
      period: { kind: 'MONTH', year: 2026, month: 11 },
      kinds: ['LEADERSHIP'],
    });
    expect(read('period=2023-Q4')).toMatchObject({ period: { kind: 'MONTH', year: 2026, month: 11 }, refusedPeriod: '2023-Q4' });
    expect(read('period=2026-13')).toMatchObject({ refusedPeriod: '2026-13' });
    expect(read('period=2024')).toEqual({ organizationId: undefined, period: { kind: 'YEAR', year: 2024 }, kinds: [] });
  });

  it('writes the period always, the organization and kinds when set, and round-trips', () => {
    const state: DashboardState = { organizationId: ORG, period: { kind: 'YEAR', year: 2025 }, kinds: ['TRANSFER_OVERDUE', 'ORG_SHAPE'] };
    const params = new URLSearchParams(searchParamsFromState(state));
    expect(params.toString()).toBe(`org=${ORG}&period=2025&kind=ORG_SHAPE%2CTRANSFER_OVERDUE`);
    expect(stateFromSearchParams(params, NOV_2026)).toEqual({ ...state, kinds: ['ORG_SHAPE', 'TRANSFER_OVERDUE'] });
    expect(searchParamsFromState({ period: { kind: 'MONTH', year: 2026, month: 11 }, kinds: [] })).toEqual({ period: '2026-11' });
  });

  it('drills into an organization keeping the period', () => {
    expect(dashboardPath(ORG, { kind: 'QUARTER', year: 2026, quarter: 4 })).toBe(`/dashboard?org=${ORG}&period=2026-Q4`);
    expect(dashboardPath(undefined, { kind: 'YEAR', year: 2026 }, ['LEADERSHIP'])).toBe('/dashboard?period=2026&kind=LEADERSHIP');
  });
});
