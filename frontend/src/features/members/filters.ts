import type { paths } from '../../api/schema';
import {
  codesOf,
  memberCategoryLabels,
  memberSortLabels,
  memberStatusLabels,
  mobilityLabels,
  registrationLabels,
  type MemberCategory,
  type MemberSort,
  type MemberStatus,
  type Mobility,
  type Registration,
  type Roster,
  type TableFormat,
} from './labels';

/** The query parameters of listMembers (generated from the contract). */
export type MemberListQuery = NonNullable<paths['/api/v1/members']['get']['parameters']['query']>;
/** The query parameters of exportMembers: the list's filters (no sort or paging), format, roster, reveal. */
export type MemberExportQuery = NonNullable<paths['/api/v1/members/export']['get']['parameters']['query']>;

/**
 * What the member list is narrowed to. It lives in the address (?organizationId=&status=LEFT,DECEASED&…,
 * the same names as the API's parameters), so a view can be shared and other pages can link to it.
 */
export interface MemberFilters {
  /** This organization and everything below it. */
  organizationId?: string;
  /** Empty: members today (预备 and 正式), the API's default. */
  statuses: MemberStatus[];
  category?: MemberCategory;
  registration?: Registration;
  mobility?: Mobility;
  ageMin?: number;
  ageMax?: number;
  /** 入党日期 range, `YYYY-MM-DD`, both ends inclusive. */
  joinedFrom?: string;
  joinedTo?: string;
  /** Part of the name, the last digits of the 身份证号, or part of the phone. */
  q?: string;
  /** Absent: by name (pinyin), the API's default. */
  sort?: MemberSort;
}

export const emptyFilters: MemberFilters = { statuses: [] };

/** 在党 (预备 and 正式): what the list shows when no status is chosen. */
export const ACTIVE_STATUSES: readonly MemberStatus[] = ['PROBATIONARY', 'FULL'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<K extends string>(labels: Record<K, string>, value: string | null): K | undefined {
  return value !== null && Object.hasOwn(labels, value) ? (value as K) : undefined;
}

function age(value: string | null): number | undefined {
  if (value === null || !/^\d{1,3}$/.test(value)) return undefined;
  const n = Number(value);
  return n <= 150 ? n : undefined;
}

function date(value: string | null): string | undefined {
  return value !== null && DATE.test(value) ? value : undefined;
}

/** The filters in an address; anything malformed is dropped rather than sent to the server. */
export function filtersFromSearchParams(params: URLSearchParams): MemberFilters {
  const organizationId = params.get('organizationId') ?? '';
  const statusCodes = (params.get('status') ?? '').split(',').map((code) => code.trim());
  const q = params.get('q')?.trim();
  return {
    organizationId: UUID.test(organizationId) ? organizationId : undefined,
    // In dictionary order and without repeats, so the same choice is always the same query.
    statuses: codesOf(memberStatusLabels).filter((code) => statusCodes.includes(code)),
    category: oneOf(memberCategoryLabels, params.get('category')),
    registration: oneOf(registrationLabels, params.get('registration')),
    mobility: oneOf(mobilityLabels, params.get('mobility')),
    ageMin: age(params.get('ageMin')),
    ageMax: age(params.get('ageMax')),
    joinedFrom: date(params.get('joinedFrom')),
    joinedTo: date(params.get('joinedTo')),
    q: q ? q : undefined,
    sort: oneOf(memberSortLabels, params.get('sort')),
  };
}

/** The address parameters for filters: only what is set, statuses comma-separated. */
export function searchParamsFromFilters(filters: MemberFilters): Record<string, string> {
  const out: Record<string, string> = {};
  const query = toListQuery(filters);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) out[key] = String(value);
  }
  return out;
}

/** The filters as listMembers' query parameters (without paging and reveal). */
export function toListQuery(filters: MemberFilters): MemberListQuery {
  const query: MemberListQuery = {};
  if (filters.organizationId) query.organizationId = filters.organizationId;
  if (filters.statuses.length > 0) {
    query.status = codesOf(memberStatusLabels)
      .filter((code) => filters.statuses.includes(code))
      .join(',');
  }
  if (filters.category) query.category = filters.category;
  if (filters.registration) query.registration = filters.registration;
  if (filters.mobility) query.mobility = filters.mobility;
  if (filters.ageMin !== undefined) query.ageMin = filters.ageMin;
  if (filters.ageMax !== undefined) query.ageMax = filters.ageMax;
  if (filters.joinedFrom) query.joinedFrom = filters.joinedFrom;
  if (filters.joinedTo) query.joinedTo = filters.joinedTo;
  const q = filters.q?.trim();
  if (q) query.q = q;
  if (filters.sort) query.sort = filters.sort;
  return query;
}

/** Whether any filter narrows the list (sort aside), for "no members yet" versus "none match". */
export function isFiltered(filters: MemberFilters): boolean {
  return Object.keys(toListQuery(filters)).some((key) => key !== 'sort');
}

/** What the export offers: every roster as Excel (all of them as one workbook, or one), single rosters as CSV. */
export const EXPORT_CHOICES: readonly { format: TableFormat; roster: Roster }[] = [
  { format: 'XLSX', roster: 'ALL' },
  { format: 'XLSX', roster: 'BASIC' },
  { format: 'XLSX', roster: 'VETERAN' },
  { format: 'XLSX', roster: 'MOBILE' },
  { format: 'XLSX', roster: 'HARDSHIP' },
  { format: 'CSV', roster: 'BASIC' },
  { format: 'CSV', roster: 'VETERAN' },
  { format: 'CSV', roster: 'MOBILE' },
  { format: 'CSV', roster: 'HARDSHIP' },
];

/**
 * The address of an export of the filtered list: a GET the browser downloads with the session
 * cookie. `reveal` (full 身份证号 and phones) only for accounts allowed to; the server audits it.
 * The export has no order or pages, so the sort is left out.
 */
export function exportUrl(filters: MemberFilters, format: TableFormat, roster: Roster, reveal = false): string {
  const listFilters = toListQuery({ ...filters, sort: undefined });
  const query: MemberExportQuery = { format, roster, ...listFilters, ...(reveal ? { reveal: true } : {}) };
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  return `/api/v1/members/export?${params.toString()}`;
}

/** The sortable columns of the list. 年龄 sorts by birth date, the other way round. */
export type SortColumn = 'name' | 'age' | 'birthDate' | 'joinedOn';

type SortOrder = 'ascend' | 'descend';

/** The order a column header shows for the list's sort (null: not sorted by that column). */
export function columnSortOrder(sort: MemberSort | undefined, column: SortColumn): SortOrder | null {
  switch (sort ?? 'NAME') {
    case 'NAME':
      return column === 'name' ? 'ascend' : null;
    case 'JOINED_ON':
      return column === 'joinedOn' ? 'ascend' : null;
    case 'JOINED_ON_DESC':
      return column === 'joinedOn' ? 'descend' : null;
    case 'BIRTH_DATE':
      return column === 'birthDate' ? 'ascend' : column === 'age' ? 'descend' : null;
    case 'BIRTH_DATE_DESC':
      return column === 'birthDate' ? 'descend' : column === 'age' ? 'ascend' : null;
  }
}

/** The sort for a click on a column header; no order (or by name) is the default, by name. */
export function sortFor(column: string | undefined, order: SortOrder | null | undefined): MemberSort | undefined {
  if (!order) return undefined;
  switch (column) {
    case 'joinedOn':
      return order === 'ascend' ? 'JOINED_ON' : 'JOINED_ON_DESC';
    case 'birthDate':
      return order === 'ascend' ? 'BIRTH_DATE' : 'BIRTH_DATE_DESC';
    case 'age':
      return order === 'ascend' ? 'BIRTH_DATE_DESC' : 'BIRTH_DATE';
    default:
      return undefined;
  }
}
