import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../lib/session';
import { emptyTree, json, problem, sessionFor, stubFetch } from '../test/backend';
import { AppProvider } from './provider';
import { routes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

/** The backend with `role` signed in: the session, and an empty organization tree. */
function signedInAs(role: Role) {
  return stubFetch((request, url) => {
    if (url.pathname === '/api/v1/session' && request.method === 'GET') return json(200, sessionFor(role));
    if (url.pathname === '/api/v1/organizations/tree') return json(200, emptyTree);
    return undefined;
  });
}

/** The labels of the left menu's entries, in order. */
function menuLabels(): string[] {
  // A menu item's accessible name is its icon's aria-label followed by the label.
  return within(screen.getAllByRole('menu')[0] as HTMLElement)
    .getAllByRole('menuitem')
    .map((item) => item.textContent?.trim() ?? '');
}

describe('app shell', () => {
  it('shows the product name, the account and every menu entry, and sends / to 总览', async () => {
    signedInAs('STREET_ADMIN');
    const router = renderAt('/');

    expect(await screen.findByText('branchbook 党建台账')).toBeTruthy();
    expect(await screen.findByRole('button', { name: '账号菜单：王建国' })).toBeTruthy();
    expect(screen.getByText('街道管理员 · 幸福街道党工委')).toBeTruthy();
    expect(menuLabels()).toEqual([
      ...['总览', '组织', '党员', '组织关系转接', '党费', '三会一课'],
      ...['账号管理', 'API 令牌', '审计日志'],
    ]);
    expect(screen.getByText('系统管理')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/dashboard');
  });

  it.each<[Role, string[]]>([
    ['ORG_ADMIN', ['API 令牌']],
    ['ORG_VIEWER', []],
    ['AUDITOR', ['审计日志']],
  ])('shows %s only the 系统管理 entries it may use', async (role, entries) => {
    signedInAs(role);
    renderAt('/organizations');

    await screen.findByRole('link', { name: '组织' });
    expect(menuLabels().slice(6)).toEqual(entries);
    expect(screen.queryByText('系统管理') !== null).toBe(entries.length > 0);
  });

  it('opens 总览 from the menu, loading the page on first use', async () => {
    signedInAs('ORG_VIEWER');
    const router = renderAt('/organizations');

    await userEvent.click(await screen.findByRole('link', { name: '总览' }));

    expect(router.state.location.pathname).toBe('/dashboard');
    expect(await screen.findByRole('heading', { name: '总览' })).toBeTruthy();
  });

  it('says so for an address that is no page', async () => {
    signedInAs('ORG_VIEWER');
    renderAt('/no-such-page');

    expect(await screen.findByText('页面不存在')).toBeTruthy();
  });

  it('refuses a page the role may not use, even by its address', async () => {
    signedInAs('ORG_VIEWER');
    renderAt('/access/accounts');

    expect(await screen.findByText('无权访问')).toBeTruthy();
  });
});

describe('sign-in guard', () => {
  it('sends someone not signed in to the login page, to come back afterwards', async () => {
    stubFetch((_request, url) => (url.pathname === '/api/v1/session' ? problem(401, '未登录') : undefined));
    const router = renderAt('/organizations?x=1');

    expect(await screen.findByRole('button', { name: '登录' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/organizations?x=1')}`);
    expect(screen.queryByText('登录已过期，请重新登录')).toBeNull();
  });

  it('goes to the login page on a 401 from any call, says why, and keeps the page to return to', async () => {
    const ORG = '22222222-2222-4222-8222-222222222222';
    stubFetch((_request, url) => {
      if (url.pathname === '/api/v1/session') return json(200, sessionFor('ORG_ADMIN'));
      // The session ended (idle for 30 minutes) before these loads.
      return problem(401, '会话已过期或已退出，请重新登录');
    });
    const router = renderAt(`/organizations/${ORG}?tab=leadership`);

    expect(await screen.findByText('登录已过期，请重新登录')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(`/organizations/${ORG}?tab=leadership`);
  });
});
