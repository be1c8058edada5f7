import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { sessionStore } from '../../../lib/session';
import { json, problem, sessionFor, stubFetch } from '../../../test/backend';
import { LoginPage } from './LoginPage';

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderLogin(path = '/login') {
  const router = createMemoryRouter(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '*', element: <p>已进入系统</p> },
    ],
    { initialEntries: [path] },
  );
  render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

async function signIn(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('用户名'), username);
  await user.type(screen.getByLabelText('密码'), password);
  await user.click(screen.getByRole('button', { name: '登录' }));
}

describe('LoginPage', () => {
  it("shows the server's message when the password is wrong, and stays on the form", async () => {
    const seen = stubFetch((request) =>
      request.method === 'POST' ? problem(401, '用户名或密码错误', { title: '未登录' }) : undefined,
    );
    const router = renderLogin();

    await signIn('xfl.admin', 'wrong-password');

    expect((await screen.findByRole('alert')).textContent).toContain('用户名或密码错误');
    expect(router.state.location.pathname).toBe('/login');
    expect(await seen[0]?.json()).toEqual({ username: 'xfl.admin', password: 'wrong-password' });
    expect(sessionStore.get().status).toBe('unknown');
  });

  it('after too many failures shows the wait and holds the button until then', async () => {
    stubFetch(() =>
      problem(429, '登录失败次数过多，请 3 分钟后再试。', { title: '尝试次数过多' }, { 'Retry-After': '150' }),
    );
    renderLogin();

    await signIn('xfl.admin', 'wrong-password');

    expect((await screen.findByRole('alert')).textContent).toContain('登录失败次数过多，请 3 分钟后再试。');
    const button = screen.getByRole('button', { name: /登录（2 分 30 秒 后可重试）/ });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('signs in and returns to the page the user came from', async () => {
    stubFetch((request) => (request.method === 'POST' ? json(200, sessionFor('ORG_ADMIN')) : undefined));
    const router = renderLogin(`/login?next=${encodeURIComponent('/organizations/abc?tab=history')}`);

    await signIn('xfl.admin', 'branchbook-demo');

    expect(await screen.findByText('已进入系统')).toBeTruthy();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/organizations/abc?tab=history');
    await waitFor(() => expect(sessionStore.csrfToken()).toBe('csrf-token-1'));
  });
});
