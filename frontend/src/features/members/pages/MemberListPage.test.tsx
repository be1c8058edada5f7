import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import type { components } from '../../../api/schema';
import { sessionStore, type Role } from '../../../lib/session';
import { json, sessionFor, stubFetch } from '../../../test/backend';
import { COLUMNS_STORAGE_KEY } from '../columns';
import { MembersPage } from './MembersPage';

type Member = components['schemas']['Member'];

const BRANCH = { id: '33333333-3333-4333-8333-333333333333', code: 'SQ-0101-01', name: '幸福里社区第一党支部', type: 'BRANCH' as const };

function member(n: number, overrides: Partial<Member> = {}): Member {
  return {
    id: `55555555-5555-4555-8555-55555555555${n}`,
    name: `党员${n}`,
    gender: 'FEMALE',
    birthDate: '1950-01-01',
    age: 76,
    idNumber: `110105********000${n}`,
    phone: `139****000${n}`,
    revealed: false,
    joinedOn: '1975-07-01',
    fullOn: '1976-07-01',
    probationExtended: false,
    status: 'FULL',
    organization: BRANCH,
    registration: 'REGISTERED',
    categories: ['VETERAN'],
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

beforeEach(() => window.localStorage.clear());
afterEach(() => vi.unstubAllGlobals());

/** Two pages of members; the detail of the first. */
function stubBackend() {
  return stubFetch((_request, url) => {
    if (url.pathname === '/api/v1/members') {
      return url.searchParams.get('cursor') === 'page-2'
        ? json(200, { items: [member(3)] })
        : json(200, { items: [member(1), member(2, { categories: [] })], nextCursor: 'page-2' });
    }
    if (url.pathname === `/api/v1/members/${member(1).id}`) return json(200, member(1), { ETag: '"1"' });
    if (url.pathname === `/api/v1/members/${member(1).id}/history`) return json(200, { memberships: [], events: [] });
    if (url.pathname === '/api/v1/organizations/tree') return json(200, { size: 0, roots: [] });
    return undefined;
  });
}

function renderAt(role: Role, path: string) {
  sessionStore.signedIn(sessionFor(role));
  const seen = stubBackend();
  render(
    <AppProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/members/*" element={<MembersPage />} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return seen;
}

const listRequests = (seen: Request[]) => seen.filter((request) => new URL(request.url).pathname === '/api/v1/members');

describe('member list', () => {
  it('asks the server for the filters in the address, shows masked numbers, and loads more', async () => {
    const seen = renderAt('ORG_VIEWER', '/members?status=LEFT,FULL&category=VETERAN&q=%E5%85%9A&sort=JOINED_ON_DESC');
    const user = userEvent.setup();

    await screen.findByText('党员1');
    const first = new URL((listRequests(seen)[0] as Request).url);
    expect(Object.fromEntries(first.searchParams)).toEqual({
      status: 'FULL,LEFT',
      category: 'VETERAN',
      q: '党',
      sort: 'JOINED_ON_DESC',
      limit: '50',
    });
    expect(screen.getByText('110105********0001')).toBeTruthy();
    expect(screen.getByText('139****0001')).toBeTruthy();
    expect(screen.getByText(/已显示 2 人（按入党日期（晚到早））/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '加载更多' }));
    await screen.findByText('党员3');
    expect(new URL((listRequests(seen)[1] as Request).url).searchParams.get('cursor')).toBe('page-2');
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    expect(screen.getByText(/已全部加载/)).toBeTruthy();
  });

  it('opens a member from a row', async () => {
    renderAt('ORG_VIEWER', '/members');
    const user = userEvent.setup();

    await user.click(await screen.findByText('110105********0001'));
    await screen.findByRole('heading', { name: '党员1' });
  });

  it.each<[Role, boolean]>([
    ['ORG_VIEWER', false],
    ['AUDITOR', false],
    ['ORG_ADMIN', true],
    ['STREET_ADMIN', true],
  ])('offers %s 新增党员 and 批量导入: %s; everyone may export', async (role, writes) => {
    renderAt(role, '/members');

    await screen.findByText('党员1');
    expect(screen.queryByRole('button', { name: /新增党员/ }) !== null).toBe(writes);
    expect(screen.queryByRole('button', { name: /批量导入/ }) !== null).toBe(writes);
    expect(screen.getByRole('button', { name: /导出/ })).toBeTruthy();
  });

  it('shows the columns chosen earlier in this browser', async () => {
    window.localStorage.setItem(COLUMNS_STORAGE_KEY, JSON.stringify(['name', 'workUnit', 'status']));
    renderAt('ORG_VIEWER', '/members');

    await screen.findByText('党员1');
    const headers = [...document.querySelectorAll('thead th')].map((th) => th.textContent?.trim()).filter(Boolean);
    expect(headers).toEqual(['姓名', '党员状态', '工作单位']);
  });

  it('says when no member matches, and clears the filters', async () => {
    sessionStore.signedIn(sessionFor('ORG_VIEWER'));
    const seen = stubFetch((_request, url) => {
      if (url.pathname === '/api/v1/members') return json(200, { items: [] });
      if (url.pathname === '/api/v1/organizations/tree') return json(200, { size: 0, roots: [] });
      return undefined;
    });
    render(
      <AppProvider>
        <MemoryRouter initialEntries={['/members?mobility=INFLOW']}>
          <Routes>
            <Route path="/members/*" element={<MembersPage />} />
          </Routes>
        </MemoryRouter>
      </AppProvider>,
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: '清除筛选' }));
    await waitFor(() => expect(listRequests(seen)).toHaveLength(2));
    expect(new URL((listRequests(seen)[1] as Request).url).searchParams.has('mobility')).toBe(false);
    await screen.findByText('名册中还没有党员');
  });
});
