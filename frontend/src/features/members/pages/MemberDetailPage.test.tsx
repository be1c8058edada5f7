import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../app/provider';
import type { components } from '../../../api/schema';
import { toApiDate, today } from '../../../lib/dates';
import { sessionStore, type Role } from '../../../lib/session';
import { json, sessionFor, stubFetch } from '../../../test/backend';
import { MembersPage } from './MembersPage';

type Member = components['schemas']['Member'];
type TransferView = components['schemas']['TransferView'];

afterEach(() => {
  vi.unstubAllGlobals();
});

const ID = '55555555-5555-4555-8555-555555555555';
const BRANCH = '33333333-3333-4333-8333-333333333333';

const probationary: Member = {
  id: ID,
  name: '李晓东',
  gender: 'MALE',
  ethnicity: '汉族',
  birthDate: '1990-03-07',
  age: 36,
  idNumber: '110105********1234',
  phone: '138****5678',
  revealed: false,
  joinedOn: '2025-05-01',
  probationEndsOn: '2026-05-01',
  probationExtended: false,
  status: 'PROBATIONARY',
  organization: { id: BRANCH, code: 'SQ-0101-01', name: '幸福里社区第一党支部', type: 'BRANCH' },
  registration: 'REGISTERED',
  categories: [],
  version: 4,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const history: components['schemas']['MemberHistory'] = {
  memberships: [{ organization: probationary.organization, fromOn: '2025-05-01', reason: '登记入册' }],
  events: [],
};

const HP = { id: '66666666-6666-4666-8666-666666666666', code: 'SQ-0103', name: '和平社区党委', type: 'PARTY_COMMITTEE' } as const;
const TRANSFER = '88888888-8888-4888-8888-888888888888';

function transferOf(member: Member, state: TransferView['state']): TransferView {
  return {
    id: TRANSFER,
    scope: 'INTERNAL',
    state,
    member: { id: member.id, name: member.name, status: member.status, joinedOn: member.joinedOn, recentlyAdmitted: false },
    from: { organization: member.organization, name: member.organization.name },
    to: { organization: HP, name: HP.name },
    inCity: true,
    reason: '迁居至和平社区',
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
  };
}

/** The backend for one member (and its transfers); records every request. */
function stubBackend(member: Member, transfers: TransferView[] = []) {
  return stubFetch((request, url) => {
    if (url.pathname === '/api/v1/transfers' && request.method === 'GET') {
      return json(200, { items: url.searchParams.get('memberId') === ID ? transfers : [] });
    }
    if (url.pathname === '/api/v1/transfers/destinations') {
      const q = url.searchParams.get('q') ?? '';
      return json(200, { items: '和平社区党委'.includes(q) || q === '' ? [HP] : [] });
    }
    if (url.pathname === '/api/v1/transfers' && request.method === 'POST') {
      return json(201, { ...transferOf(member, 'REQUESTED'), id: TRANSFER }, { ETag: '"0"' });
    }
    if (url.pathname === `/api/v1/members/${ID}` && request.method === 'GET') {
      if (url.searchParams.get('reveal') === 'true') {
        return json(200, { ...member, idNumber: '110105199003071234', phone: '13812345678', revealed: true }, { ETag: '"4"' });
      }
      return json(200, member, { ETag: `"${member.version}"` });
    }
    if (url.pathname === `/api/v1/members/${ID}/history`) return json(200, history);
    if (url.pathname === '/api/v1/organizations/tree') return json(200, { size: 0, roots: [] });
    if (url.pathname === `/api/v1/members/${ID}/leave` && request.method === 'POST') {
      return json(200, { ...member, status: 'LEFT', leftKind: 'EXPELLED', version: 5 }, { ETag: '"5"' });
    }
    return undefined;
  });
}

function renderAs(role: Role, member: Member, canRevealSensitive = false, transfers: TransferView[] = []) {
  sessionStore.signedIn(sessionFor(role, { canRevealSensitive }));
  const seen = stubBackend(member, transfers);
  render(
    <AppProvider>
      <MemoryRouter initialEntries={[`/members/${ID}`]}>
        <Routes>
          <Route path="/members/*" element={<MembersPage />} />
          <Route path="/transfers/:id" element={<p>转接详情页</p>} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return seen;
}

function buttonLabels(): string[] {
  return [...document.querySelectorAll('button')].map((button) => button.textContent?.trim() ?? '');
}

const ALL_ACTIONS = ['编辑', '调整支部', '发起转接', '转正', '延长预备期', '取消预备资格', '出党', '去世', '恢复党籍'];

describe('member detail', () => {
  it('shows a viewer the masked record and no action that changes it, nor a reveal', async () => {
    renderAs('ORG_VIEWER', probationary);

    await screen.findByRole('heading', { name: '李晓东' });
    expect(screen.getByText('110105********1234')).toBeTruthy();
    expect(screen.getByText('138****5678')).toBeTruthy();
    await screen.findByText('登记入册');
    await screen.findByText('暂无档案事件');
    const buttons = buttonLabels();
    for (const name of [...ALL_ACTIONS, '显示完整信息']) expect(buttons).not.toContain(name);
  });

  it.each<[string, Partial<Member>, string[]]>([
    ['预备党员', {}, ['编辑', '调整支部', '发起转接', '转正', '延长预备期', '取消预备资格', '出党', '去世']],
    ['预备党员 (already extended)', { probationExtended: true }, ['编辑', '调整支部', '发起转接', '转正', '取消预备资格', '出党', '去世']],
    ['正式党员', { status: 'FULL', fullOn: '2026-05-01', probationEndsOn: undefined }, ['编辑', '调整支部', '发起转接', '出党', '去世']],
    // 在职党员到社区报到: the organization that holds their 组织关系 transfers them.
    ['正式党员 (报到)', { status: 'FULL', fullOn: '2026-05-01', registration: 'REPORTING' }, ['编辑', '调整支部', '出党', '去世']],
    ['已出党', { status: 'LEFT', leftKind: 'LAPSED' }, ['编辑', '恢复党籍']],
    ['已去世', { status: 'DECEASED' }, ['编辑']],
    ['已转出', { status: 'TRANSFERRED_OUT' }, ['编辑']],
  ])('offers a 党务工作者 the actions a %s allows', async (_, overrides, expected) => {
    renderAs('ORG_ADMIN', { ...probationary, ...overrides });

    await screen.findByRole('heading', { name: '李晓东' });
    const buttons = buttonLabels();
    expect(ALL_ACTIONS.filter((action) => buttons.includes(action))).toEqual(expected);
  });

  it('reveals the full 身份证号 and phone only when asked, once', async () => {
    const seen = renderAs('ORG_VIEWER', probationary, true);
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: '李晓东' });
    const reveals = () => seen.filter((request) => new URL(request.url).searchParams.get('reveal') === 'true');
    expect(reveals()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: /显示完整信息/ }));
    await screen.findByText('110105199003071234');
    expect(screen.getByText('13812345678')).toBeTruthy();
    expect(reveals()).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: /隐藏完整信息/ }));
    await screen.findByText('110105********1234');
    expect(reveals()).toHaveLength(1);
  });

  it('records 出党 after a confirmation that says what will happen', async () => {
    const seen = renderAs('ORG_ADMIN', probationary);
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: '李晓东' });
    await user.click(screen.getByRole('button', { name: '出党' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('开除党籍'));
    await user.type(within(dialog).getByRole('textbox', { name: '原因' }), '严重违反党的纪律');
    await user.type(within(dialog).getByRole('textbox', { name: '文号' }), '幸福里党委〔2026〕9号');
    await user.click(within(dialog).getByRole('button', { name: '出党…' }));

    // Nothing is sent before the confirmation.
    await screen.findByText('确认出党？', { selector: '.ant-modal-confirm-title' });
    expect(seen.filter((request) => request.method === 'POST')).toHaveLength(0);
    expect(screen.getByText(/李晓东将以“开除党籍”方式出党/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '确认出党' }));

    await waitFor(() => expect(seen.filter((request) => request.method === 'POST')).toHaveLength(1));
    const post = seen.find((request) => request.method === 'POST') as Request;
    expect(new URL(post.url).pathname).toBe(`/api/v1/members/${ID}/leave`);
    expect(post.headers.get('If-Match')).toBe('"4"');
    expect(await post.json()).toEqual({
      effectiveOn: toApiDate(today()),
      documentNumber: '幸福里党委〔2026〕9号',
      reason: '严重违反党的纪律',
      kind: 'EXPELLED',
    });
  });

  it('sends nothing when the confirmation is declined', async () => {
    const seen = renderAs('ORG_ADMIN', probationary);
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: '李晓东' });
    await user.click(screen.getByRole('button', { name: '去世' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: '原因' }), '病故');
    await user.click(within(dialog).getByRole('button', { name: '去世…' }));
    await screen.findByText('确认去世？', { selector: '.ant-modal-confirm-title' });
    await user.click(screen.getByRole('button', { name: '再想想' }));

    // The form stays open and can be submitted again; nothing was posted.
    await waitFor(() => expect(dialog.querySelector('button[type="submit"]')?.className).not.toMatch(/loading/));
    expect(dialog.querySelector('textarea')?.value).toBe('病故');
    expect(seen.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
  it('lists the member’s transfers, each linking to it, and holds 发起转接 while one is under way', async () => {
    renderAs('ORG_ADMIN', probationary, false, [transferOf(probationary, 'REQUESTED')]);

    await screen.findByRole('heading', { name: '李晓东' });
    const card = (await screen.findByText('组织关系转接', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;
    await within(card).findByText('待审批');
    expect(within(card).getByRole('link', { name: '查看' }).getAttribute('href')).toBe(`/transfers/${TRANSFER}`);
    await waitFor(() => expect((screen.getByRole('button', { name: /发起转接/ }) as HTMLButtonElement).disabled).toBe(true));
  });

  it('starts a transfer to an organization of the street and opens it', async () => {
    const seen = renderAs('ORG_ADMIN', probationary);
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: '李晓东' });
    await screen.findByText('暂无组织关系转接');
    await user.click(screen.getByRole('button', { name: /发起转接/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox', { name: '接收党组织' }), '和平');
    await user.click(await screen.findByTitle('和平社区党委（SQ-0103）'));
    await user.type(within(dialog).getByRole('textbox', { name: '转接原因' }), '迁居至和平社区');
    await user.click(within(dialog).getByRole('button', { name: '提交申请' }));

    await screen.findByText('转接详情页');
    const post = seen.find((request) => request.method === 'POST') as Request;
    expect(new URL(post.url).pathname).toBe('/api/v1/transfers');
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await post.json()).toEqual({
      scope: 'INTERNAL',
      memberId: ID,
      toOrganizationId: HP.id,
      reason: '迁居至和平社区',
      duesPaidTo: today().format('YYYY-MM'),
    });
  });
});
