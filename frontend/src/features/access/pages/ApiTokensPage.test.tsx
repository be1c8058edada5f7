import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConfigProvider } from 'antd';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import { sessionStore } from '../../../lib/session';
import { STREET_ID, json, sessionFor, stubFetch } from '../../../test/backend';
import type { ApiToken } from '../api/access';
import { ApiTokensPage } from './ApiTokensPage';

afterEach(() => {
  vi.unstubAllGlobals();
});

const SECRET = 'bb_s3cr3t-only-shown-once-0123456789';

const created: ApiToken = {
  id: '33333333-3333-4333-8333-333333333333',
  name: '区平台同步',
  prefix: 'bb_s3cr3t-',
  organization: { id: STREET_ID, code: 'JD-001', name: '幸福街道党工委', type: 'STREET_WORKING_COMMITTEE' },
  readOnly: true,
      canRevealSensitive: false,
  expiresAt: '2027-03-01T16:00:00Z',
  createdAt: '2026-11-22T10:00:00Z',
  createdByName: '街道管理员',
  active: true,
};

/** The backend: no tokens at first; after the create, the list has the new one (never its secret). */
function stubBackend() {
  let tokens: ApiToken[] = [];
  return stubFetch((request, url) => {
    if (url.pathname === '/api/v1/api-tokens' && request.method === 'GET') return json(200, { items: tokens });
    if (url.pathname === '/api/v1/api-tokens' && request.method === 'POST') {
      tokens = [created];
      return json(201, { token: created, secret: SECRET });
    }
    if (url.pathname === '/api/v1/organizations/tree') {
      return json(200, {
        size: 1,
        roots: [
          { id: STREET_ID, code: 'JD-001', name: '幸福街道党工委', type: 'STREET_WORKING_COMMITTEE', category: 'STREET', archived: false, children: [] },
        ],
      });
    }
    return undefined;
  });
}

describe('ApiTokensPage', () => {
  it('shows a new token’s secret once, with a copy button, and never again', async () => {
    sessionStore.signedIn(sessionFor('ORG_ADMIN'));
    const seen = stubBackend();
    // user-event puts a clipboard stub into navigator.clipboard.
    const user = userEvent.setup();
    render(
      <AppProvider>
        {/* Without motion a closed modal leaves the page at once (jsdom never ends CSS animations). */}
        <ConfigProvider theme={{ token: { motion: false } }}>
          <MemoryRouter>
            <ApiTokensPage />
          </MemoryRouter>
        </ConfigProvider>
      </AppProvider>,
    );
    await screen.findByText('暂无 API 令牌');

    await user.click(screen.getByRole('button', { name: /新建令牌/ }));
    const form = await screen.findByRole('dialog');
    await user.type(within(form).getByLabelText('名称'), '区平台同步');
    await user.click(within(form).getByRole('button', { name: '创建' }));

    // The secret, in its own modal, with the warning.
    const warning = await screen.findByText('令牌只显示这一次，请立即复制保存');
    const secretModal = warning.closest<HTMLElement>('[role="dialog"]');
    if (!secretModal) throw new Error('the secret is not in a dialog');
    expect(within(secretModal).getByText('API 令牌已创建')).toBeTruthy();
    expect((within(secretModal).getByLabelText('令牌') as HTMLInputElement).value).toBe(SECRET);
    const post = seen.find((request) => request.method === 'POST');
    expect(await post?.json()).toMatchObject({ name: '区平台同步', organizationId: STREET_ID, readOnly: true });

    await user.click(within(secretModal).getByRole('button', { name: /复制/ }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(within(secretModal).getByRole('button', { name: /已复制/ })).toBeTruthy();

    // Closed: the list shows the token by its prefix, and the secret is nowhere any more.
    await user.click(within(secretModal).getByRole('button', { name: '我已保存，关闭' }));
    await waitFor(() => expect(screen.queryByText('令牌只显示这一次，请立即复制保存')).toBeNull());
    await screen.findByRole('cell', { name: '区平台同步' });
    expect(document.body.innerHTML).not.toContain(SECRET);
    expect(screen.getByText('bb_s3cr3t-…')).toBeTruthy();
  });
});
