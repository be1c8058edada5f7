import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../api/problem';
import { sessionStore } from '../../../lib/session';
import { sessionFor } from '../../../test/backend';
import { FakeXhr } from '../../../test/xhr';
import { importContentType, importErrorsUrl, importTemplateUrl, reportIdOf, uploadMemberImport } from './imports';

const report = {
  id: '0b8f0000-0000-4000-8000-000000000001',
  dryRun: true,
  outcome: 'VALID',
  format: 'CSV',
  rows: 1,
  created: 1,
  updated: 0,
  unchanged: 0,
  errorCount: 0,
  errors: [],
  errorsTruncated: false,
  errorsCsv: '/api/v1/member-imports/0b8f0000-0000-4000-8000-000000000001/errors',
  createdAt: '2026-07-01T00:00:00Z',
};

const csv = () => new File(['姓名,身份证号\n张三,11010519491231002X\n'], '党员.csv', { type: 'text/csv' });

beforeEach(() => {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  sessionStore.signedIn(sessionFor('ORG_ADMIN'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = undefined;
});

describe('uploadMemberImport', () => {
  it('posts the raw file with its type, the session’s CSRF token and the key, and reports progress', async () => {
    const progress: number[] = [];
    const done = uploadMemberImport(csv(), { dryRun: false, idempotencyKey: 'key-1', onProgress: (f) => progress.push(f) });
    const xhr = FakeXhr.last as FakeXhr;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/members/import?dryRun=false');
    expect(xhr.headers).toMatchObject({ 'Content-Type': 'text/csv', 'X-CSRF-Token': 'csrf-token-1', 'Idempotency-Key': 'key-1' });
    expect(xhr.body).toBeInstanceOf(File);

    xhr.progress(50, 100);
    xhr.progress(100, 100);
    xhr.answer(200, { ...report, dryRun: false, outcome: 'APPLIED' });
    await expect(done).resolves.toMatchObject({ outcome: 'APPLIED' });
    expect(progress).toEqual([0.5, 1]);
  });

  it('sends a dry run without a key', async () => {
    const done = uploadMemberImport(new File(['x'], 'members.XLSX'), { dryRun: true });
    const xhr = FakeXhr.last as FakeXhr;
    expect(xhr.url).toBe('/api/v1/members/import?dryRun=true');
    expect(xhr.headers['Content-Type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xhr.headers).not.toHaveProperty('Idempotency-Key');
    xhr.answer(200, report);
    await expect(done).resolves.toEqual(report);
  });

  it('rejects with the problem: 413 too large, 422 with the report to read', async () => {
    const tooLarge = uploadMemberImport(csv(), { dryRun: true });
    (FakeXhr.last as FakeXhr).answer(413, { type: 'urn:branchbook:problem:too-large', title: '文件过大', status: 413, detail: '导入文件超过了允许的大小（512 MB）' });
    await expect(tooLarge).rejects.toMatchObject({ problem: { status: 413, detail: '导入文件超过了允许的大小（512 MB）' } });

    const rejected = uploadMemberImport(csv(), { dryRun: false, idempotencyKey: 'key-2' });
    (FakeXhr.last as FakeXhr).answer(422, {
      type: 'urn:branchbook:problem:import-rejected',
      title: '不符合业务规则',
      status: 422,
      instance: `/api/v1/member-imports/${report.id}`,
      errors: [{ row: 2, column: '身份证号', message: '校验位不正确' }],
    });
    const error = await rejected.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(reportIdOf(error)).toBe(report.id);
  });

  it('ends the session on 401, like every other call', async () => {
    const done = uploadMemberImport(csv(), { dryRun: true });
    (FakeXhr.last as FakeXhr).answer(401, { title: '需要登录', status: 401 });
    await expect(done).rejects.toBeInstanceOf(ApiError);
    expect(sessionStore.get().status).toBe('signed-out');
  });

  it('fails like fetch when the server cannot be reached, and can be abandoned', async () => {
    const offline = uploadMemberImport(csv(), { dryRun: true });
    (FakeXhr.last as FakeXhr).onerror?.();
    await expect(offline).rejects.toBeInstanceOf(TypeError);

    const controller = new AbortController();
    const abandoned = uploadMemberImport(csv(), { dryRun: true, signal: controller.signal });
    controller.abort();
    await expect(abandoned).rejects.toMatchObject({ name: 'AbortError' });
    expect((FakeXhr.last as FakeXhr).aborted).toBe(true);
  });

  it('refuses a file the import cannot read before uploading it', async () => {
    await expect(uploadMemberImport(new File(['x'], 'members.xls'), { dryRun: true })).rejects.toMatchObject({ problem: { status: 415 } });
    expect(FakeXhr.last).toBeUndefined();
  });
});

describe('import addresses', () => {
  it('knows the files it reads by extension', () => {
    expect(importContentType('a.csv')).toBe('text/csv');
    expect(importContentType('A.XLSX')).toMatch(/spreadsheetml/);
    expect(importContentType('a.xls')).toBeUndefined();
  });

  it('builds the download links', () => {
    expect(importTemplateUrl('XLSX')).toBe('/api/v1/members/import-template?format=XLSX');
    expect(importErrorsUrl(report)).toBe(report.errorsCsv);
    expect(importErrorsUrl({ id: 'abc', errorsCsv: '' })).toBe('/api/v1/member-imports/abc/errors');
  });

  it('reads the report id only from a rejected import’s instance', () => {
    expect(reportIdOf(new ApiError({ status: 422, instance: '/api/v1/members/import' }))).toBeUndefined();
    expect(reportIdOf(new Error('x'))).toBeUndefined();
  });
});
