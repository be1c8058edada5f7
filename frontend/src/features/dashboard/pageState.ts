import { codesOf, gapKindLabels, type GapKind } from './labels';
import { currentPeriod, formatPeriod, isAllowed, parsePeriod, type Period, type YearMonth } from './period';

/**
 * The 总览 page's state as it lives in the address (`/dashboard?org=…&period=2026-Q4&kind=…`), so a
 * view can be shared and the browser's back and forward buttons walk the drill path. Pure.
 */
export interface DashboardState {
  /** The subtree's root; undefined: the caller's own organization. */
  organizationId?: string;
  period: Period;
  /** 待整改 narrowed to these kinds; empty: all of them. */
  kinds: GapKind[];
  /** What the address asked for as a period when the dashboard cannot show it (malformed, or out of range). */
  refusedPeriod?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function stateFromSearchParams(params: URLSearchParams, today: YearMonth): DashboardState {
  const org = params.get('org') ?? '';
  const asked = params.get('period');
  const parsed = parsePeriod(asked);
  const period = parsed && isAllowed(parsed, today) ? parsed : undefined;
  const codes = (params.get('kind') ?? '').split(',').map((code) => code.trim());
  return {
    organizationId: UUID.test(org) ? org.toLowerCase() : undefined,
    period: period ?? currentPeriod(today),
    // In dictionary order and without repeats, so the same choice is always the same query.
    kinds: codesOf(gapKindLabels).filter((code) => codes.includes(code)),
    ...(asked && !period ? { refusedPeriod: asked } : {}),
  };
}

/** The address of a state: the period always (a shared link shows the same period later), org and kinds when set. */
export function searchParamsFromState(state: Pick<DashboardState, 'organizationId' | 'period' | 'kinds'>): Record<string, string> {
  const out: Record<string, string> = {};
  if (state.organizationId) out.org = state.organizationId;
  out.period = formatPeriod(state.period);
  if (state.kinds.length > 0) out.kind = codesOf(gapKindLabels).filter((code) => state.kinds.includes(code)).join(',');
  return out;
}

/** The 总览 of an organization for a period (a drill-down step): the gap filter is left behind. */
export function dashboardPath(organizationId: string | undefined, period: Period, kinds: GapKind[] = []): string {
  return `/dashboard?${new URLSearchParams(searchParamsFromState({ organizationId, period, kinds })).toString()}`;
}
