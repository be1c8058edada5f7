import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import type { components } from '../../../api/schema';
import { sessionStore, type Role } from '../../../lib/session';
import { json, problem, sessionFor, stubFetch } from '../../../test/backend';
import { TransfersPage } from './TransfersPage';

type TransferView = components['schemas']['TransferView'];
type Organization = components['schemas']['Organization'];

afterEach(() => {
  vi.unstubAllGlobals();
});

const ID = '88888888-8888-4888-8888-888888888888';
const MEMBER = '55555555-5555-4555-8555-555555555555';
const XFL1 = { id: '33333333-3333-4333-8333-333333333333', code: 'SQ-0101-01', name: '幸福里社区第一党支部', type: 'BRANCH' } as const;
const XFL = { id: '22222222-2222-4222-8222-222222222222', code: 'SQ-0101', name: '幸福里社区党委', type: 'PARTY_COMMITTEE' } as const;
const HP = { id: '66666666-6666-4666-8666-666666666666', code: 'SQ-0103', name: '和平社区党委', type: 'PARTY_COMMITTEE' } as const;
const HP2 = { id: '77777777-7777-4777-8777-777777777777', code: 'SQ-0103-02', name: '和平社区第二党支部', type: 'BRANCH' } as const;

const requested: TransferView = {
  id: ID,
  scope: 'INTERNAL',
  state: 'REQUESTED',
  waitingFor: 'APPROVER',
  member: { id: MEMBER, name: '李晓东', gender: 'MALE', idNumber: '110105********1234', status: 'FULL', joinedOn: '2010-07-01', recentlyAdmitted: false },
  from: { organization: XFL1, name: XFL1.name },
  approver: XFL,
  to: { organization: HP, name: HP.name },
  inCity: true,
  reason: '迁居至和平社区',
  duesPaidTo: '2026-10',
  requestedOn: '2026-11-20',
  letters: [],
  steps: [{ move: 'REQUEST', toState: 'REQUESTED', at: '2026-11-20T02:00:00Z', by: '幸福里社区党务工作者' }],
  overdue: [],
  actions: ['APPROVE', 'RETURN', 'WITHDRAW'],
  version: 3,
  createdAt: '2026-11-20T02:00:00Z',
  createdBy: '幸福里社区党务工作者',
  updatedAt: '2026-11-20T02:00:00Z',
};

const letter = {
  number: 'ZJ2026000007',
  issuedHere: true,
  issuedOn: '2026-11-20',
  validDays: 10,
  lastValidOn: '2026-11-29',
  duesPaidTo: '2026-10',
  expired: false,
};

const issued: TransferView = {
  ...requested,
  state: 'ISSUED',
  waitingFor: 'RECEIVER',
  letter,
  letters: [letter],
  steps: [
    ...requested.steps,
    { move: 'APPROVE', fromState: 'REQUESTED', toState: 'ISSUED', note: '同意转接', at: '2026-11-20T03:00:00Z', by: '幸福里社区党委' },
  ],
  actions: ['ACCEPT', 'RETURN'],
  version: 4,
};

function organization(ref: typeof HP2): Organization {
  return {
    ...ref,
    category: 'COMMUNITY',
    depth: 2,
    memberCounts: { full: 20, probationary: 1, total: 21 } as Organization['memberCounts'],
    childCount: 0,
    archived: false,
    version: 1,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

/** The backend for one transfer: GET answers `transfer`, each move its own answer; records every request. */
function stubBackend(transfer: TransferView, moves: Record<string, () => Response> = {}) {
  return stubFetch((request, url) => {
    if (url.pathname === `/api/v1/transfers/${ID}` && request.method === 'GET') {
      return json(200, transfer, { ETag: `"${transfer.version}"` });
    }
    const move = /^\/api\/v1\/transfers\/[^/]+\/([a-z-]+)$/.exec(url.pathname)?.[1];
    if (move && request.method === 'POST') return moves[move]?.();
    if (url.pathname === '/api/v1/organizations') {
      const type = url.searchParams.get('type');
      if (type === 'BRANCH' && url.searchParams.get('subtreeOf') === HP.id) return json(200, { items: [organization(HP2)] });
      return json(200, { items: [] });
    }
    return undefined;
  });
}

function renderAs(role: Role) {
  sessionStore.signedIn(sessionFor(role));
  render(
    <AppProvider>
      <MemoryRouter initialEntries={[`/transfers/${ID}`]}>
        <Routes>
          <Route path="/transfers/*" element={<TransfersPage />} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
}

const MOVE_BUTTONS = ['审批通过', '接收', '回执已收到', '重开介绍信', '退回', '撤回'];

function moveButtons(): string[] {
  const labels = [...document.querySelectorAll('button')].map((button) => button.textContent?.trim() ?? '');
  return MOVE_BUTTONS.filter((label) => labels.includes(label));
}

const posts = (seen: Request[]) => seen.filter((request) => request.method === 'POST');

describe('transfer detail', () => {
  it.each<[string, TransferView, string[]]>([
    ['the approving committee, a request', requested, ['审批通过', '退回', '撤回']],
    ['the receiver, an issued letter', issued, ['接收', '退回']],
    ['the requester, an issued letter', { ...issued, actions: ['WITHDRAW'] }, ['撤回']],
    ['the source of an outgoing letter', { ...issued, scope: 'OUTGOING', actions: ['CONFIRM_RECEIPT', 'RETURN', 'WITHDRAW', 'REISSUE'] }, ['回执已收到', '重开介绍信', '退回', '撤回']],
    ['someone whose turn it is not', { ...issued, actions: [] }, []],
    ['anyone, once completed', { ...issued, state: 'COMPLETED', waitingFor: undefined, actions: [] }, []],
  ])('offers %s exactly the moves of `actions`', async (_, transfer, expected) => {
    stubBackend(transfer);
    renderAs('ORG_ADMIN');

    await screen.findByRole('heading', { name: '李晓东' });
    expect(moveButtons()).toEqual(expected);
  });

  it('shows the member, both ends, whose turn it is and the timeline; no letter to print before approval', async () => {
    stubBackend({ ...requested, member: { ...requested.member, recentlyAdmitted: true } });
    renderAs('ORG_VIEWER');

    await screen.findByRole('heading', { name: '李晓东' });
    expect(screen.getAllByText('入党未满3个月，请核实').length).toBeGreaterThan(0);
    expect(screen.getByText('等待审批党委（幸福里社区党委）')).toBeTruthy();
    expect(screen.getByText('审批通过后开具介绍信')).toBeTruthy();
    expect(screen.getByText('申请转接')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /打印介绍信/ })).toBeNull();
  });

  it('links to the printable letter, in a new tab, once there is one', async () => {
    stubBackend(issued);
    renderAs('ORG_VIEWER');

    const print = await screen.findByRole('link', { name: /打印介绍信/ });
    expect(print.getAttribute('href')).toBe(`/api/v1/transfers/${ID}/letter`);
    expect(print.getAttribute('target')).toBe('_blank');
    expect(screen.getByText('ZJ2026000007')).toBeTruthy();
    // The timeline: each step in Chinese, with who took it and the note.
    const timeline = document.querySelector('.ant-timeline') as HTMLElement;
    expect(within(timeline).getByText('审批通过')).toBeTruthy();
    expect(within(timeline).getByText('同意转接')).toBeTruthy();
    expect(within(timeline).getByText(/幸福里社区党委/)).toBeTruthy();
  });

  it('approves with If-Match and the form’s values, then shows the issued transfer', async () => {
    const seen = stubBackend(requested, { approve: () => json(200, issued, { ETag: '"4"' }) });
    renderAs('ORG_ADMIN');
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: '李晓东' });
    await user.click(screen.getByRole('button', { name: '审批通过' }));
    const dialog = await screen.findByRole('dialog');
    // Within the street: 10 days; 党费交至 as requested.
    expect((within(dialog).getByRole('spinbutton', { name: '介绍信有效期（天）' }) as HTMLInputElement).value).toBe('10');
    await user.type(within(dialog).getByRole('textbox', { name: '备注（可选）' }), '同意转接');
    await user.click(within(dialog).getByRole('button', { name: '审批通过' }));

    await waitFor(() => expect(posts(seen)).toHaveLength(1));
    const post = posts(seen)[0] as Request;
    expect(new URL(post.url).pathname).toBe(`/api/v1/transfers/${ID}/approve`);
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({ validDays: 10, duesPaidTo: '2026-10', note: '同意转接' });
    await screen.findByText('已审批通过，介绍信已开具');
  });

  it('accepts into a branch of the receiver with one Idempotency-Key per opened form, and explains an expired letter', async () => {
    const seen = stubBackend(issued, {
      accept: () =>
        problem(422, '介绍信 ZJ2026000007 已过期（有效期至 2026-11-29），不能接收；请审批党委重开介绍信，或退回', {
          type: 'urn:branchbook:problem:letter-expired',
        }),
    });
    renderAs('ORG_ADMIN');
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: '李晓东' });
    await user.click(screen.getByRole('button', { name: '接收' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: '编入党支部' }));
    await user.click(await screen.findByTitle('和平社区第二党支部（SQ-0103-02）'));
    await user.click(within(dialog).getByRole('button', { name: '接收…' }));
    // The confirmation says where the member goes; nothing is sent before it.
    await screen.findByText(/李晓东的组织关系将转入和平社区第二党支部/);
    expect(posts(seen)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: '确认接收' }));

    // The server's explanation is shown; the form stays open.
    await screen.findByText(/已过期（有效期至 2026-11-29），不能接收/);
    const first = posts(seen)[0] as Request;
    expect(new URL(first.url).pathname).toBe(`/api/v1/transfers/${ID}/accept`);
    expect(first.headers.get('If-Match')).toBe('"4"');
    const key = first.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await first.json()).toMatchObject({ branchId: HP2.id });

    // Trying again from the same form sends the same key. (After a confirmation antd leaves the form's modal
    // out of the accessibility tree in jsdom, so its button is found by type.)
    const submit = () => dialog.querySelector('button[type="submit"]') as HTMLButtonElement;
    await waitFor(() => expect(submit().className).not.toMatch(/loading/));
    await user.click(submit());
    // The first confirmation stays in jsdom's DOM after closing; the new one is the last.
    await waitFor(() => expect(screen.getAllByRole('button', { name: '确认接收' })).toHaveLength(2));
    await user.click(screen.getAllByRole('button', { name: '确认接收' }).at(-1) as HTMLElement);
    await waitFor(() => expect(posts(seen)).toHaveLength(2));
    expect((posts(seen)[1] as Request).headers.get('Idempotency-Key')).toBe(key);
  });
});
