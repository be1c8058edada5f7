import { api, unwrap } from '../../../api/client';
import { ApiError, toProblem } from '../../../api/problem';
import type { components } from '../../../api/schema';
import { sessionStore } from '../../../lib/session';
import type { TableFormat } from '../labels';

/**
 * The member import (批量导入): a file is uploaded twice, first as a dry run (预检) and then for
 * real, and each upload answers with a report. The upload is an XMLHttpRequest rather than the
 * API client: fetch cannot report upload progress.
 */
export type MemberImportReport = components['schemas']['MemberImportReport'];
/** One problem of an import: `row` is the row a spreadsheet shows (the header is row 1), `column` its header. */
export type ImportRowError = components['schemas']['FieldError'];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The files the import reads, by extension. */
export const IMPORT_ACCEPT = '.csv,.xlsx';

/** The Content-Type to upload a file with, from its name; undefined for a file the import cannot read. */
export function importContentType(fileName: string): string | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'text/csv';
  if (name.endsWith('.xlsx')) return XLSX_TYPE;
  return undefined;
}

/** Downloads (plain GETs: the session cookie authenticates them). */
export function importTemplateUrl(format: TableFormat): string {
  return `/api/v1/members/import-template?format=${format}`;
}

/** Every problem of a run as CSV; the report names the address (errorsCsv). */
export function importErrorsUrl(report: Pick<MemberImportReport, 'id' | 'errorsCsv'>): string {
  return report.errorsCsv || `/api/v1/member-imports/${encodeURIComponent(report.id)}/errors`;
}

/** The report id a rejected real run points to (problem `instance` = /api/v1/member-imports/{id}). */
export function reportIdOf(error: unknown): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return /^\/api\/v1\/member-imports\/([^/?#]+)$/.exec(error.problem.instance ?? '')?.[1];
}

export interface UploadOptions {
  dryRun: boolean;
  /** A fresh key per confirmed real run, kept for its retries. */
  idempotencyKey?: string;
  /** The share of the file sent so far, 0–1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/**
 * Uploads the file as the request body, with the session's CSRF header (as the API client's
 * middleware adds it to every write). Resolves to the report (200); rejects with an
 * {@link ApiError} for an error status (413 too large, 422 rows rejected on a real run, …) and a
 * TypeError when the server cannot be reached, like fetch.
 */
export function uploadMemberImport(file: File, { dryRun, idempotencyKey, onProgress, signal }: UploadOptions): Promise<MemberImportReport> {
  return new Promise((resolve, reject) => {
    const contentType = importContentType(file.name);
    if (contentType === undefined) {
      reject(new ApiError({ status: 415, title: '只能导入 .csv 或 .xlsx 文件' }));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1/members/import?dryRun=${dryRun}`);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = sessionStore.csrfToken();
    if (token !== undefined) xhr.setRequestHeader('X-CSRF-Token', token);
    if (idempotencyKey !== undefined) xhr.setRequestHeader('Idempotency-Key', idempotencyKey);

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && body !== undefined) {
        resolve(body as MemberImportReport);
        return;
      }
      // The session is gone: the app goes to the login page, as for any other call.
      if (xhr.status === 401) sessionStore.expired();
      reject(new ApiError(toProblem(body, xhr.status)));
    };
    xhr.onerror = () => reject(new TypeError('network error'));
    xhr.onabort = () => reject(new DOMException('上传已取消', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** A report read back later (e.g. the one a rejected real run names). */
export function fetchImportReport(id: string): Promise<MemberImportReport> {
  return unwrap(api.GET('/api/v1/member-imports/{id}', { params: { path: { id } } }));
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
