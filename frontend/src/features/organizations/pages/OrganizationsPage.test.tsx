import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import type { components } from '../../../api/schema';
import { sessionStore, type Role } from '../../../lib/session';
import { json, sessionFor, stubFetch } from '../../../test/backend';
import { OrganizationsPage } from './OrganizationsPage';

type Schemas = components['schemas'];

afterEach(() => {
  vi.unstubAllGlobals();
});

const COMMUNITY = '22222222-2222-4222-8222-222222222222';
const STREET = '11111111-1111-4111-8111-111111111111';

const community: Schemas['Organization'] = {
  id: COMMUNITY,
  code: 'SQ-0101',
  name: '幸福里社区党委',
  type: 'PARTY_COMMITTEE',
  category: 'COMMUNITY',
  parentId: STREET,
  depth: 1,
  memberCounts: { full: 40, probationary: 2, total: 42 },
  childCount: 0,
  archived: false,
  version: 3,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  ancestors: [{ id: STREET, code: 'JD-001', name: '幸福街道党工委', type: 'STREET_WORKING_COMMITTEE' }],
};

const leadership: Schemas['Leadership'] = {
  organizationId: COMMUNITY,
  past: [],
  election: { status: 'NO_TERM' },
  current: {
    id: '44444444-4444-4444-8444-444444444444',
    startsOn: '2024-01-01',
    endsOn: '2029-01-01',
    seats: [{ position: 'SECRETARY', personName: '张三' }],
    version: 1,
  },
};

/** The backend as a community's account sees it: its community as the only root. */
function stubBackend() {
  stubFetch((_request, url) => {
    if (url.pathname === '/api/v1/organizations/tree') {
      return json(200, {
        size: 1,
        roots: [
          { id: COMMUNITY, code: 'SQ-0101', name: '幸福里社区党委', type: 'PARTY_COMMITTEE', category: 'COMMUNITY', archived: false, children: [] },
        ],
      });
    }
    if (url.pathname === `/api/v1/organizations/${COMMUNITY}`) return json(200, community, { ETag: '"3"' });
    if (url.pathname === `/api/v1/organizations/${COMMUNITY}/leadership`) return json(200, leadership);
    return undefined;
  });
}

function renderAs(role: Role, path: string, organization = sessionFor(role).organization) {
  sessionStore.signedIn(sessionFor(role, { organization }));
  stubBackend();
  render(
    <AppProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/organizations/*" element={<OrganizationsPage />} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
}

/** The text of every button on the page (one query: role queries are slow on a page this size). */
function buttonLabels(): string[] {
  return [...document.querySelectorAll('button')].map((button) => button.textContent?.trim() ?? '');
}

const WRITE_ACTIONS = ['编辑', '新建下级组织', '调整隶属关系', '变更类型', '撤销'];

describe('organization pages by role', () => {
  it.each<Role>(['ORG_VIEWER', 'AUDITOR'])('show %s the books without any action that changes them', async (role) => {
    renderAs(role, `/organizations/${COMMUNITY}?tab=leadership`);

    await screen.findByRole('heading', { name: '幸福里社区党委' });
    await screen.findByText('张三');
    const buttons = buttonLabels();
    for (const name of ['新建组织', ...WRITE_ACTIONS, '换届', '修改']) expect(buttons).not.toContain(name);
  });

  it('show 党务工作者 the actions', async () => {
    renderAs('ORG_ADMIN', `/organizations/${COMMUNITY}?tab=leadership`);

    await screen.findByRole('heading', { name: '幸福里社区党委' });
    await screen.findByText('张三');
    const buttons = buttonLabels();
    for (const name of ['新建组织', ...WRITE_ACTIONS, '换届', '修改']) expect(buttons).toContain(name);
  });

  it('keep the account’s own organization in place: no 调整隶属关系, 变更类型 or 撤销 there', async () => {
    const own = { id: COMMUNITY, code: 'SQ-0101', name: '幸福里社区党委', type: 'PARTY_COMMITTEE' as const };
    renderAs('ORG_ADMIN', `/organizations/${COMMUNITY}`, own);

    await screen.findByRole('heading', { name: '幸福里社区党委' });
    const disabled = (label: string) =>
      [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === label)?.disabled;
    expect(['编辑', '新建下级组织', '调整隶属关系', '变更类型', '撤销'].map(disabled)).toEqual([false, false, true, true, true]);
  });
});
