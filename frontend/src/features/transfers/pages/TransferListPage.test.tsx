import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import type { components } from '../../../api/schema';
import { sessionStore, type Role } from '../../../lib/session';
import { json, sessionFor, stubFetch } from '../../../test/backend';
import { TransfersPage } from './TransfersPage';

type TransferView = components['schemas']['TransferView'];
type OverdueReport = components['schemas']['OverdueReport'];

afterEach(() => {
  vi.unstubAllGlobals();
});

const XFL1 = { id: '33333333-3333-4333-8333-333333333333', code: 'SQ-0101-01', name: '幸福里社区第一党支部', type: 'BRANCH' } as const;
const HP = { id: '66666666-6666-4666-8666-666666666666', code: 'SQ-0103', name: '和平社区党委', type: 'PARTY_COMMITTEE' } as const;

function transfer(id: string, name: string, overrides: Partial<TransferView> = {}): TransferView {
  return {
    id,
    scope: 'INTERNAL',
    state: 'REQUESTED',
    waitingFor: 'APPROVER',
    member: { id: `${id.slice(0, 35)}9`, name, status: 'FULL', joinedOn: '2010-07-01', recentlyAdmitted: false },
    from: { organization: XFL1, name: XFL1.name },
    to: { organization: HP, name: HP.name },
    inCity: true,
    reason: '迁居',
    duesPaidTo: '2026-10',
    requestedOn: '2026-11-20',
    letters: [],
    steps: [],
    overdue: [],
    actions: [],
    version: 0,
    createdAt: '2026-11-20T02:00:00Z',
    createdBy: '幸福里社区党务工作者',
    updatedAt: '2026-11-20T02:00:00Z',
    ...overrides,
  };
}

const inbox = [transfer('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1', '李晓东', { member: { name: '李晓东', status: 'PROBATIONARY', joinedOn: '2026-10-01', recentlyAdmitted: true } })];
const others = [
  transfer('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2', '王秀英', {
    scope: 'OUTGOING',
    state: 'ISSUED',
    waitingFor: 'SOURCE',
    to: { name: '中共深圳市南山区某某社区委员会', region: '广东省深圳市南山区' },
    overdue: ['RECEIPT_MISSING'],
  }),
];

const overdue: OverdueReport = {
  counts: [
    { kind: 'APPROVAL_OVERDUE', count: 0 },
    { kind: 'LETTER_EXPIRED', count: 0 },
    { kind: 'RECEIPT_MISSING', count: 1 },
    { kind: 'AWAY_WITHOUT_TRANSFER', count: 1 },
  ],
  items: [
    { kind: 'RECEIPT_MISSING', organization: XFL1, since: '2026-10-01', days: 50, transferId: others[0]?.id, memberId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb1', memberName: '王秀英' },
    { kind: 'AWAY_WITHOUT_TRANSFER', organization: XFL1, since: '2026-05-01', days: 203, memberId: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2', memberName: '赵刚' },
  ],
  truncated: false,
};

function stubBackend() {
  return stubFetch((request, url) => {
    if (url.pathname === '/api/v1/transfers' && request.method === 'GET') {
      if (url.searchParams.get('inbox') === 'true') return json(200, { items: inbox });
      if (url.searchParams.get('overdue') === 'true') return json(200, { items: others });
      return json(200, { items: [...inbox, ...others] });
    }
    if (url.pathname === '/api/v1/transfers/overdue') return json(200, overdue);
    if (url.pathname === '/api/v1/organizations/tree') {
      return json(200, { size: 1, roots: [{ ...XFL1, category: 'COMMUNITY', archived: false, children: [] }] });
    }
    return undefined;
  });
}

function Address() {
  const location = useLocation();
  return <output aria-label="address">{`${location.pathname}${location.search}`}</output>;
}

function renderAs(role: Role, path = '/transfers') {
  sessionStore.signedIn(sessionFor(role));
  const seen = stubBackend();
  render(
    <AppProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/transfers/*" element={<TransfersPage />} />
          <Route path="/members/:id" element={<p>党员详情页</p>} />
        </Routes>
        <Address />
      </MemoryRouter>
    </AppProvider>,
  );
  return seen;
}

const address = () => screen.getByRole('status', { name: 'address' }).textContent;
const lists = (seen: Request[]) =>
  seen.filter((request) => new URL(request.url).pathname === '/api/v1/transfers').map((request) => new URL(request.url).search);

describe('transfer lists', () => {
  it('opens on 待我办理: what waits for the caller, with the admission warning', async () => {
    const seen = renderAs('ORG_ADMIN');

    const row = (await screen.findByText('李晓东')).closest('tr') as HTMLElement;
    expect(within(row).getByText('入党未满3个月，请核实')).toBeTruthy();
    expect(within(row).getByText('待审批')).toBeTruthy();
    expect(within(row).getByRole('link', { name: '李晓东' }).getAttribute('href')).toBe(`/transfers/${inbox[0]?.id}`);
    expect(lists(seen)).toEqual(['?inbox=true&limit=50']);
    expect(screen.getByRole('button', { name: /登记转入/ })).toBeTruthy();
  });

  it('filters 全部转接 through the address', async () => {
    const seen = renderAs('ORG_VIEWER', '/transfers?tab=all');
    const user = userEvent.setup();

    await screen.findByText('王秀英');
    expect(screen.getByText('李晓东')).toBeTruthy();
    // The other end elsewhere is named with its region; what is late is tagged.
    expect(screen.getByText('中共深圳市南山区某某社区委员会')).toBeTruthy();
    expect(screen.getByText('回执超期未收到')).toBeTruthy();
    // A viewer registers nothing.
    expect(screen.queryByRole('button', { name: /登记转入/ })).toBeNull();

    await user.click(screen.getByRole('checkbox', { name: '只看超期' }));
    await user.click(screen.getByRole('button', { name: '查询' }));
    await waitFor(() => expect(address()).toBe('/transfers?tab=all&overdue=true'));
    await waitFor(() => expect(screen.queryByText('李晓东')).toBeNull());
    expect(lists(seen)).toContain('?overdue=true&limit=50');
  });

  it('counts what is late by kind in 超期提醒 and links each item to its transfer or member', async () => {
    renderAs('STREET_ADMIN', '/transfers?tab=overdue');

    const item = (await screen.findByText('赵刚')).closest('tr') as HTMLElement;
    expect(within(item).getByText('203 天')).toBeTruthy();
    expect(within(item).getByRole('link', { name: '查看党员' }).getAttribute('href')).toBe('/members/bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2');
    const late = (screen.getByText('王秀英', { selector: 'a' })).closest('tr') as HTMLElement;
    expect(within(late).getByRole('link', { name: '查看转接' }).getAttribute('href')).toBe(`/transfers/${others[0]?.id}`);
    const card = screen.getByText('流出满6个月未转接', { selector: '.ant-statistic-title' }).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('1')).toBeTruthy();
  });

  it('narrows 超期提醒 to the organization in the address (as 总览 links it), with the way back to all', async () => {
    const seen = renderAs('STREET_ADMIN', `/transfers?tab=overdue&org=${XFL1.id}`);

    expect(await screen.findByText('只列出幸福里社区第一党支部及下级组织的超期事项')).toBeTruthy();
    await screen.findByText('赵刚');
    const asked = seen.filter((request) => new URL(request.url).pathname === '/api/v1/transfers/overdue').map((request) => new URL(request.url).searchParams);
    expect(asked.map((params) => params.get('organizationId'))).toEqual([XFL1.id]);
    expect(screen.getByRole('link', { name: '查看全部' }).getAttribute('href')).toBe('/transfers?tab=overdue');
  });
});
