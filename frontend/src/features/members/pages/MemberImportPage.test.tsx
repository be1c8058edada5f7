import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { sessionStore, type Role } from '../../../lib/session';
import { json, sessionFor, stubFetch } from '../../../test/backend';
import { FakeXhr } from '../../../test/xhr';
import type { MemberImportReport } from '../api/imports';
import { MembersPage } from './MembersPage';

const ID = '0b8f0000-0000-4000-8000-000000000001';

function report(overrides: Partial<MemberImportReport>): MemberImportReport {
  return {
    id: ID,
    dryRun: true,
    outcome: 'VALID',
    format: 'CSV',
    rows: 2,
    created: 2,
    updated: 0,
    unchanged: 0,
    errorCount: 0,
    errors: [],
    errorsTruncated: false,
    errorsCsv: `/api/v1/member-imports/${ID}/errors`,
    createdAt: '2026-07-01T00:00:00Z',
    ...overrides,
  };
}

beforeEach(() => {
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  stubFetch(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeXhr.last = undefined;
});

function renderAs(role: Role) {
  sessionStore.signedIn(sessionFor(role));
  render(
    <AppProvider>
      <MemoryRouter initialEntries={['/members/import']}>
        <Routes>
          <Route path="/members/*" element={<MembersPage />} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
}

const fileInput = () => document.querySelector('input[type="file"]') as HTMLInputElement;
const csv = (name: string) => new File(['姓名,身份证号\n'], name, { type: 'text/csv' });

describe('member import', () => {
  it('checks the file, shows its bad rows, and imports a fixed file after confirmation', async () => {
    renderAs('ORG_ADMIN');
    const user = userEvent.setup();

    await user.upload(fileInput(), csv('党员.csv'));
    await user.click(screen.getByRole('button', { name: '开始预检' }));
    const dryRun = FakeXhr.last as FakeXhr;
    expect(dryRun.url).toBe('/api/v1/members/import?dryRun=true');
    act(() => dryRun.progress(40, 100));
    await screen.findByText('40%');
    act(() =>
      dryRun.answer(
        200,
        report({ outcome: 'INVALID', created: 0, errorCount: 1, errors: [{ row: 3, column: '身份证号', message: '身份证号校验位不正确' }] }),
      ),
    );

    await screen.findByText('身份证号校验位不正确');
    expect(screen.getByText('第 3 行')).toBeTruthy();
    expect(screen.getByText(/预检未通过/)).toBeTruthy();
    expect(screen.getByRole('link', { name: /下载全部错误明细/ }).getAttribute('href')).toBe(`/api/v1/member-imports/${ID}/errors`);
    expect((screen.getByRole('button', { name: '下一步' }) as HTMLButtonElement).disabled).toBe(true);

    // A fixed file, checked again.
    await user.click(screen.getByRole('button', { name: '重新选择文件' }));
    await user.upload(fileInput(), csv('党员-已修改.csv'));
    await user.click(screen.getByRole('button', { name: '开始预检' }));
    act(() => (FakeXhr.last as FakeXhr).answer(200, report({})));
    await screen.findByText(/预检通过/);
    await user.click(screen.getByRole('button', { name: '下一步' }));

    await screen.findByText(/新增 2 人，更新 0 人/);
    await user.click(screen.getByRole('button', { name: '确认导入' }));
    const realRun = FakeXhr.last as FakeXhr;
    expect(realRun.url).toBe('/api/v1/members/import?dryRun=false');
    expect(realRun.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(realRun.headers['X-CSRF-Token']).toBe('csrf-token-1');
    act(() => realRun.progress(100, 100));
    await screen.findByText(/正在写入名册/);
    act(() => realRun.answer(200, report({ dryRun: false, outcome: 'APPLIED' })));

    await screen.findByText('导入完成');
    expect(screen.getByText(/新增 2 人/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '查看党员名册' })).toBeTruthy();
  });

  it('explains a file that is too large and stays on 选择文件', async () => {
    renderAs('ORG_ADMIN');
    const user = userEvent.setup();

    await user.upload(fileInput(), csv('很大.csv'));
    await user.click(screen.getByRole('button', { name: '开始预检' }));
    act(() =>
      (FakeXhr.last as FakeXhr).answer(413, {
        type: 'urn:branchbook:problem:too-large',
        title: '文件过大',
        status: 413,
        detail: '导入文件超过了允许的大小（512 MB），请拆分后分批导入。',
      }),
    );

    await screen.findByText('导入文件超过了允许的大小（512 MB），请拆分后分批导入。');
    await waitFor(() => expect(screen.getByRole('button', { name: '开始预检' })).toBeTruthy());
  });

  it('shows the rows of a real run that was rejected (nothing written) and asks for a new check', async () => {
    const rejected = report({
      dryRun: false,
      outcome: 'REJECTED',
      created: 0,
      errorCount: 1,
      errors: [{ row: 2, column: '所在党支部编码', message: '党组织编码 SQ-9999 不存在或不在本账号管理范围内' }],
    });
    stubFetch((_request, url) => (url.pathname === `/api/v1/member-imports/${ID}` ? json(200, rejected) : undefined));
    renderAs('ORG_ADMIN');
    const user = userEvent.setup();

    await user.upload(fileInput(), csv('党员.csv'));
    await user.click(screen.getByRole('button', { name: '开始预检' }));
    act(() => (FakeXhr.last as FakeXhr).answer(200, report({})));
    await user.click(await screen.findByRole('button', { name: '下一步' }));
    await user.click(await screen.findByRole('button', { name: '确认导入' }));
    act(() =>
      (FakeXhr.last as FakeXhr).answer(422, {
        type: 'urn:branchbook:problem:import-rejected',
        title: '不符合业务规则',
        status: 422,
        detail: '导入文件有 1 处错误，未写入任何数据。',
        instance: `/api/v1/member-imports/${ID}`,
        errors: rejected.errors,
      }),
    );

    await screen.findByText('党组织编码 SQ-9999 不存在或不在本账号管理范围内');
    expect(screen.getByText(/导入未执行/)).toBeTruthy();
    expect((screen.getByRole('button', { name: '下一步' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('is not offered to read-only roles', async () => {
    renderAs('ORG_VIEWER');
    await screen.findByText('无权访问');
    expect(fileInput()).toBeNull();
  });
});
