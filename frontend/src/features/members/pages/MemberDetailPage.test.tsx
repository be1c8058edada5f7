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

/** The backend for one member; records every request. */
function stubBackend(member: Member) {
  return stubFetch((request, url) => {
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

function renderAs(role: Role, member: Member, canRevealSensitive = false) {
  sessionStore.signedIn(sessionFor(role, { canRevealSensitive }));
  const seen = stubBackend(member);
  render(
    <AppProvider>
      <MemoryRouter initialEntries={[`/members/${ID}`]}>
        <Routes>
          <Route path="/members/*" element={<MembersPage />} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return seen;
}

function buttonLabels(): string[] {
  return [...document.querySelectorAll('button')].map((button) => button.textContent?.trim() ?? '');
}

const ALL_ACTIONS = ['编辑', '调整支部', '转正', '延长预备期', '取消预备资格', '出党', '去世', '恢复党籍'];

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
    ['预备党员', {}, ['编辑', '调整支部', '转正', '延长预备期', '取消预备资格', '出党', '去世']],
    ['预备党员 (already extended)', { probationExtended: true }, ['编辑', '调整支部', '转正', '取消预备资格', '出党', '去世']],
    ['正式党员', { status: 'FULL', fullOn: '2026-05-01', probationEndsOn: undefined }, ['编辑', '调整支部', '出党', '去世']],
    ['已出党', { status: 'LEFT', leftKind: 'LAPSED' }, ['编辑', '恢复党籍']],
    ['已去世', { status: 'DECEASED' }, ['编辑']],
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
});
