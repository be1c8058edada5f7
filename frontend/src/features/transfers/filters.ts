import type { paths } from '../../api/schema';
import { codesOf, transferScopeLabels, transferStateLabels, type TransferScope, type TransferState } from './labels';

/** The query parameters of listTransfers (generated from the contract). */
export type TransferListQuery = NonNullable<paths['/api/v1/transfers']['get']['parameters']['query']>;

/**
 * What the 全部转接 list is narrowed to. It lives in the address (?state=REQUESTED,ISSUED&scope=INTERNAL&overdue=true,
 * the API's parameter names), so a view can be shared and other pages can link to it.
 */
export interface TransferFilters {
  /** Empty: every state. */
  states: TransferState[];
  scope?: TransferScope;
  /** Only those late today. */
  overdue: boolean;
}

export const emptyTransferFilters: TransferFilters = { states: [], overdue: false };

function oneOf<K extends string>(labels: Record<K, string>, value: string | null): K | undefined {
  return value !== null && Object.hasOwn(labels, value) ? (value as K) : undefined;
}

/** The filters in an address; anything malformed is dropped rather than sent to the server. */
export function transferFiltersFromSearchParams(params: URLSearchParams): TransferFilters {
  const codes = (params.get('state') ?? '').split(',').map((code) => code.trim());
  return {
    // In dictionary order and without repeats, so the same choice is always the same query.
    states: codesOf(transferStateLabels).filter((code) => codes.includes(code)),
    scope: oneOf(transferScopeLabels, params.get('scope')),
    overdue: params.get('overdue') === 'true',
  };
}

/** The filters as listTransfers' query parameters (without paging). */
export function toTransferListQuery(filters: TransferFilters): TransferListQuery {
  const query: TransferListQuery = {};
  if (filters.states.length > 0) {
    query.state = codesOf(transferStateLabels)
      .filter((code) => filters.states.includes(code))
      .join(',');
  }
  if (filters.scope) query.scope = filters.scope;
  if (filters.overdue) query.overdue = true;
  return query;
}

/** The address parameters for filters: only what is set. */
export function searchParamsFromTransferFilters(filters: TransferFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(toTransferListQuery(filters))) {
    if (value !== undefined) out[key] = String(value);
  }
  return out;
}

/** Whether any filter narrows the list, for "no transfers yet" versus "none match". */
export function isTransferFiltered(filters: TransferFilters): boolean {
  return Object.keys(toTransferListQuery(filters)).length > 0;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The organization 超期提醒 is narrowed to (?tab=overdue&org=…, as the dashboard links it): it and
 * everything below it; undefined (the caller's own) when absent or malformed.
 */
export function overdueOrganizationFromSearchParams(params: URLSearchParams): string | undefined {
  const org = params.get('org') ?? '';
  return UUID.test(org) ? org : undefined;
}
