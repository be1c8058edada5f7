import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import type { components } from '../../../api/schema';
import type { TableFormat } from '../labels';

type Schemas = components['schemas'];
export type DuesRegister = Schemas['DuesRegister'];
export type DuesRegisterRow = Schemas['DuesRegisterRow'];
export type DuesRegisterCell = Schemas['DuesRegisterCell'];
export type DuesRegisterTotal = Schemas['DuesRegisterTotal'];
export type DuesMemberRef = Schemas['DuesMemberRef'];
export type DuesArrearsReport = Schemas['DuesArrearsReport'];
export type DuesArrearsItem = Schemas['DuesArrearsItem'];
export type DuesStandardReviewRow = Schemas['DuesStandardReviewRow'];
export type DuesStandardView = Schemas['DuesStandardView'];
export type DuesPaymentView = Schemas['DuesPaymentView'];
export type DuesPaymentInput = Schemas['DuesPaymentInput'];
export type DuesBaseInput = Schemas['DuesBaseInput'];
export type DuesStandardAdjustment = Schemas['DuesStandardAdjustment'];
export type DuesStandardComputationResult = Schemas['DuesStandardComputationResult'];
export type DuesBaseImportReport = Schemas['DuesBaseImportReport'];
export type DuesAccountEntry = Schemas['DuesAccountEntry'];
export type DuesRemittanceInput = Schemas['DuesRemittanceInput'];
export type DuesExpenseInput = Schemas['DuesExpenseInput'];
export type DuesReversalInput = Schemas['DuesReversalInput'];
export type DuesBalances = Schemas['DuesBalances'];
export type DuesBalanceRow = Schemas['DuesBalanceRow'];
export type DuesDisclosure = Schemas['DuesDisclosure'];
export type OrgRef = Schemas['OrgRef'];
export type OrganizationTreeNode = Schemas['OrganizationTreeNode'];

/** Query keys of the feature; everything starts with 'dues' so one prefix reaches all. */
export const duesKeys = {
  all: ['dues'] as const,
  organizationTree: ['dues', 'organization-tree'] as const,
  register: (branchId: string, year: number) => ['dues', 'register', branchId, year] as const,
  arrears: (organizationId: string) => ['dues', 'arrears', organizationId] as const,
  standards: (organizationId: string, year: number) => ['dues', 'standards', organizationId, year] as const,
  payments: (organizationId: string, year: number) => ['dues', 'payments', organizationId, year] as const,
  remittances: (organizationId: string, year: number) => ['dues', 'remittances', organizationId, year] as const,
  expenses: (organizationId: string, year: number) => ['dues', 'expenses', organizationId, year] as const,
  balances: (organizationId: string, year: number) => ['dues', 'balances', organizationId, year] as const,
  disclosure: (organizationId: string, year: number) => ['dues', 'disclosure', organizationId, year] as const,
};

/**
 * After any write, refetch everything dues shows: a payment changes the register, the arrears, the
 * ledger, the balances and the disclosure at once; a base changes what is due.
 */
export function invalidateDues(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: duesKeys.all });
}

/** The ETag the server expects in If-Match. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

// ---- reads ----

/** The caller's organization tree (active organizations), for the organization and branch pickers. */
export function useDuesOrganizationTree() {
  return useQuery({
    queryKey: duesKeys.organizationTree,
    queryFn: () => unwrap(api.GET('/api/v1/organizations/tree', { params: { query: { includeArchived: false } } })),
  });
}

function fetchRegister(branchId: string, year: number) {
  return unwrap(api.GET('/api/v1/dues/register', { params: { query: { organizationId: branchId, year } } }));
}

/** 党支部党费收缴情况登记表: a branch's members × the months of a year. */
export function useRegister(branchId: string | undefined, year: number) {
  return useQuery({
    queryKey: duesKeys.register(branchId ?? '', year),
    queryFn: () => fetchRegister(branchId ?? '', year),
    enabled: branchId !== undefined,
  });
}

/**
 * The registers of a branch for several years (a 预交 in December reaches into January): what the
 * payment form sums the expected amount from.
 */
export function useRegisters(branchId: string | undefined, years: readonly number[]) {
  return useQueries({
    queries: years.map((year) => ({
      queryKey: duesKeys.register(branchId ?? '', year),
      queryFn: () => fetchRegister(branchId ?? '', year),
      enabled: branchId !== undefined,
    })),
  });
}

/** Members below an organization with ended months unpaid, flagged first. */
export function useArrears(organizationId: string | undefined) {
  return useQuery({
    queryKey: duesKeys.arrears(organizationId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/dues/arrears', { params: { query: { organizationId } } })),
    enabled: organizationId !== undefined,
  });
}

export const DUES_PAGE_SIZE = 100;

/** 核定: the members below an organization with the year's standards, page by page (by name). */
export function useStandards(organizationId: string | undefined, year: number) {
  return useInfiniteQuery({
    queryKey: duesKeys.standards(organizationId ?? '', year),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/dues/standards', {
          params: { query: { organizationId: organizationId ?? '', year, limit: DUES_PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
    enabled: organizationId !== undefined,
  });
}

/** 收缴记录: payments recorded below an organization and paid in a year, newest first, page by page. */
export function useLedger(organizationId: string | undefined, year: number) {
  return useInfiniteQuery({
    queryKey: duesKeys.payments(organizationId ?? '', year),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/dues/payments', {
          params: { query: { organizationId, year, limit: DUES_PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor,
    enabled: organizationId !== undefined,
  });
}

export function useRemittances(organizationId: string | undefined, year: number) {
  return useQuery({
    queryKey: duesKeys.remittances(organizationId ?? '', year),
    queryFn: () => unwrap(api.GET('/api/v1/dues/remittances', { params: { query: { organizationId, year } } })),
    enabled: organizationId !== undefined,
  });
}

export function useExpenses(organizationId: string | undefined, year: number) {
  return useQuery({
    queryKey: duesKeys.expenses(organizationId ?? '', year),
    queryFn: () => unwrap(api.GET('/api/v1/dues/expenses', { params: { query: { organizationId, year } } })),
    enabled: organizationId !== undefined,
  });
}

export function useBalances(organizationId: string | undefined, year: number) {
  return useQuery({
    queryKey: duesKeys.balances(organizationId ?? '', year),
    queryFn: () => unwrap(api.GET('/api/v1/dues/balances', { params: { query: { organizationId, year } } })),
    enabled: organizationId !== undefined,
  });
}

export function useDisclosure(organizationId: string | undefined, year: number) {
  return useQuery({
    queryKey: duesKeys.disclosure(organizationId ?? '', year),
    queryFn: () => unwrap(api.GET('/api/v1/dues/disclosure', { params: { query: { organizationId: organizationId ?? '', year } } })),
    enabled: organizationId !== undefined,
  });
}

// ---- writes ----

/** Every write refreshes the whole feature (see {@link invalidateDues}). */
function useDuesMutation<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => invalidateDues(queryClient) });
}

/** 交纳党费; the key makes a retried submit of the same form record once. */
export function useRecordPayment() {
  return useDuesMutation(({ body, idempotencyKey }: { body: DuesPaymentInput; idempotencyKey: string }) =>
    unwrap(api.POST('/api/v1/dues/payments', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
  );
}

export function useReversePayment() {
  return useDuesMutation(({ id, body }: { id: string; body: DuesReversalInput }) =>
    unwrap(api.POST('/api/v1/dues/payments/{id}/reverse', { body, params: { path: { id } } })),
  );
}

/** 核定基数 */
export function useSetBase() {
  return useDuesMutation((body: DuesBaseInput) => unwrap(api.POST('/api/v1/dues/bases', { body })));
}

/** 少交, 免交, 手工调整 or back to the table, with If-Match from the review it was opened on. */
export function useAdjustStandard() {
  return useDuesMutation(({ id, body, etag }: { id: string; body: DuesStandardAdjustment; etag: string }) =>
    unwrap(api.POST('/api/v1/dues/standards/{id}/adjust', { body, params: { path: { id }, header: { 'If-Match': etag } } })),
  );
}

/** 重新计算 a year's standards below an organization. */
export function useComputeStandards() {
  return useDuesMutation((body: { organizationId: string; year: number }) =>
    unwrap(api.POST('/api/v1/dues/standards/compute', { body })),
  );
}

export function useRecordRemittance() {
  return useDuesMutation(({ body, idempotencyKey }: { body: DuesRemittanceInput; idempotencyKey: string }) =>
    unwrap(api.POST('/api/v1/dues/remittances', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
  );
}

export function useReverseRemittance() {
  return useDuesMutation(({ id, body }: { id: string; body: DuesReversalInput }) =>
    unwrap(api.POST('/api/v1/dues/remittances/{id}/reverse', { body, params: { path: { id } } })),
  );
}

export function useRecordExpense() {
  return useDuesMutation(({ body, idempotencyKey }: { body: DuesExpenseInput; idempotencyKey: string }) =>
    unwrap(api.POST('/api/v1/dues/expenses', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } })),
  );
}

export function useReverseExpense() {
  return useDuesMutation(({ id, body }: { id: string; body: DuesReversalInput }) =>
    unwrap(api.POST('/api/v1/dues/expenses/{id}/reverse', { body, params: { path: { id } } })),
  );
}

// ---- the base import ----

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The files the base import reads, by extension. */
export const BASE_IMPORT_ACCEPT = '.csv,.xlsx';

/** The Content-Type to upload a file with, from its name; undefined for a file the import cannot read. */
export function baseImportContentType(fileName: string): 'text/csv' | typeof XLSX_TYPE | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return undefined;
}

/**
 * Uploads a base file as the request body: a dry run reports, a real run writes every row or none
 * (422 with the rows). Base files are small (one row per member), so a plain request does, without
 * an upload progress bar.
 */
export async function uploadBaseImport(file: File, options: { dryRun: boolean; fromMonth?: string }): Promise<DuesBaseImportReport> {
  const contentType = baseImportContentType(file.name);
  if (contentType === undefined) throw new ApiError({ status: 415, title: '只能导入 .csv 或 .xlsx 文件' });
  return unwrap(
    api.POST('/api/v1/dues/bases/import', {
      params: { query: { dryRun: options.dryRun, fromMonth: options.fromMonth } },
      // The file goes as it is; the contract types a binary body as a string.
      body: file as unknown as string,
      bodySerializer: (body: unknown) => body as BodyInit,
      headers: { 'Content-Type': contentType },
    }),
  );
}

// ---- downloads and the print page (plain GETs: the session cookie authenticates them) ----

function query(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) params.set(key, String(value));
  return params.toString();
}

export function baseTemplateUrl(format: TableFormat): string {
  return `/api/v1/dues/bases/import-template?${query({ format })}`;
}

export function registerExportUrl(branchId: string, year: number, format: TableFormat): string {
  return `/api/v1/dues/register/export?${query({ format, organizationId: branchId, year })}`;
}

export function bookExportUrl(organizationId: string, year: number, format: TableFormat): string {
  return `/api/v1/dues/book/export?${query({ format, organizationId, year })}`;
}

export function disclosureExportUrl(organizationId: string, year: number, format: TableFormat = 'XLSX'): string {
  return `/api/v1/dues/disclosure/export?${query({ format, organizationId, year })}`;
}

/** The A4 公示 page, opened in a new tab. */
export function disclosurePrintUrl(organizationId: string, year: number): string {
  return `/api/v1/dues/disclosure/print?${query({ organizationId, year })}`;
}
