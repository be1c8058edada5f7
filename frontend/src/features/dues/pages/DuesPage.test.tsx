import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../../../api/schema';
import { AppProvider } from '../../../app/provider';
import { sessionStore, type Role } from '../../../lib/session';
import { json, sessionFor, stubFetch } from '../../../test/backend';
import { DuesPage } from './DuesPage';

type Schemas = components['schemas'];
type Node = Schemas['OrganizationTreeNode'];

const COMMUNITY = '22222222-2222-4222-8222-222222222222';
const BRANCH_1 = '33333333-3333-4333-8333-333333333333';
const BRANCH_2 = '44444444-4444-4444-8444-444444444444';
const ZHANG = { id: '55555555-5555-4555-8555-555555555555', name: '张三', status: 'FULL' as const };
const WANG = { id: '66666666-6666-4666-8666-666666666666', name: '王五', status: 'FULL' as const };

const node = (id: string, code: string, name: string, type: Node['type'], children: Node[] = []): Node => ({
  id,
  code,
  name,
  type,
  category: 'COMMUNITY',
  archived: false,
  children,
});

const tree: Schemas['OrganizationTree'] = {
  size: 3,
  roots: [
    node(COMMUNITY, 'SQ-0101', '幸福里社区党委', 'PARTY_COMMITTEE', [
      node(BRANCH_1, 'SQ-0101-01', '幸福里社区第一党支部', 'BRANCH'),
      node(BRANCH_2, 'SQ-0101-02', '幸福里社区第二党支部', 'BRANCH'),
    ]),
  ],
};

const ref = (id: string, code: string, name: string) => ({ id, code, name, type: 'BRANCH' as const });

function register(branch: string, year: number): Schemas['DuesRegister'] {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return {
    organization: branch === BRANCH_1 ? ref(BRANCH_1, 'SQ-0101-01', '幸福里社区第一党支部') : ref(BRANCH_2, 'SQ-0101-02', '幸福里社区第二党支部'),
    year,
    months,
    rows:
      branch === BRANCH_1
        ? [
            {
              member: ZHANG,
              cells: months.map((month, i) => ({ month, dueFen: 9750, paidFen: 0, state: i < 10 ? 'OWED' : 'DUE' })),
              dueFen: 107250,
              paidFen: 0,
              owedFen: 97500,
            },
          ]
        : [],
    totals: months.map((month) => ({ month, dueFen: 0, paidFen: 0 })),
    dueFen: 107250,
    paidFen: 0,
  };
}

const arrears: Schemas['DuesArrearsReport'] = {
  warnings: 1,
  flags: 1,
  items: [
    {
      member: ZHANG,
      organization: ref(BRANCH_1, 'SQ-0101-01', '幸福里社区第一党支部'),
      months: Array.from({ length: 10 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`),
      owedFen: 97500,
      longestRun: 10,
      level: 'FLAG',
    },
    {
      member: WANG,
      organization: ref(BRANCH_2, 'SQ-0101-02', '幸福里社区第二党支部'),
      months: ['2026-01', '2026-02', '2026-03'],
      owedFen: 600,
      longestRun: 3,
      level: 'WARNING',
    },
  ],
};

const standards: Schemas['DuesStandardReview'] = {
  year: 2026,
  items: [
    { member: WANG, organization: ref(BRANCH_2, 'SQ-0101-02', '幸福里社区第二党支部'), standards: [], missing: true },
    {
      member: ZHANG,
      organization: ref(BRANCH_1, 'SQ-0101-01', '幸福里社区第一党支部'),
      missing: false,
      standards: [
        {
          id: '77777777-7777-4777-8777-777777777777',
          member: ZHANG,
          fromMonth: '2026-01',
          category: 'IN_WORK',
          baseFen: 650000,
          basisPoints: 150,
          computedFen: 9750,
          monthlyFen: 9750,
          adjustment: 'NONE',
          version: 3,
          recordedAt: '2026-01-05T02:00:00Z',
          recordedBy: '组织委员',
        },
      ],
    },
  ],
};

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T04:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function stubBackend() {
  return stubFetch((_request, url) => {
    const q = url.searchParams;
    switch (url.pathname) {
      case '/api/v1/organizations/tree':
        return json(200, tree);
      case '/api/v1/dues/register':
        return json(200, register(q.get('organizationId') ?? '', Number(q.get('year'))));
      case '/api/v1/dues/arrears':
        return json(200, arrears);
      case '/api/v1/dues/standards':
        return json(200, standards);
      case '/api/v1/dues/bases':
        return json(200, { ...standards.items[1]?.standards[0], member: WANG, baseFen: 300001, basisPoints: 100, computedFen: 3000, monthlyFen: 3000, fromMonth: '2026-03' });
      case '/api/v1/dues/standards/77777777-7777-4777-8777-777777777777/adjust':
        return json(200, { ...standards.items[1]?.standards[0], adjustment: 'REDUCED', monthlyFen: 2000, version: 4 });
      default:
        return undefined;
    }
  });
}

function Address() {
  const location = useLocation();
  return <output aria-label="address">{`${location.pathname}${location.search}`}</output>;
}

function renderAs(role: Role, path = '/dues') {
  sessionStore.signedIn(sessionFor(role, { organization: { id: COMMUNITY, code: 'SQ-0101', name: '幸福里社区党委', type: 'PARTY_COMMITTEE' } }));
  const seen = stubBackend();
  render(
    <AppProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/dues" element={<DuesPage />} />
        </Routes>
        <Address />
      </MemoryRouter>
    </AppProvider>,
  );
  return seen;
}

/**
 * The modal with this title. (Found by its text: in tests antd gives every element the id "test-id", so a
 * dialog's aria-labelledby may name another element of the page.)
 */
async function dialogTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-title' });
  return heading.closest('[role="dialog"]') as HTMLElement;
}

/**
 * user-event without its pointer-events check: the check reads the computed style of every ancestor, and
 * jsdom recomputes it from all of antd's style sheets each time (seconds per click on a whole page).
 */
const setupUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

const address = () => screen.getByRole('status', { name: 'address' }).textContent;
const posts = (seen: Request[], path: string) =>
  Promise.all(seen.filter((r) => r.method === 'POST' && new URL(r.url).pathname === path).map((r) => r.clone().json() as Promise<unknown>));

describe('the 党费 page', () => {
  it('opens on the register of the first branch of the caller’s organization, and keeps the choices in the address', async () => {
    const seen = renderAs('ORG_VIEWER');
    const user = setupUser();

    await screen.findByTitle('张三 2026-03：欠交 97.50 元');
    expect(screen.getByRole('tab', { name: '登记表', selected: true })).toBeTruthy();
    expect(seen.some((r) => r.url.endsWith(`/api/v1/dues/register?organizationId=${BRANCH_1}&year=2026`))).toBe(true);

    await user.click(screen.getByRole('combobox', { name: '党支部' }));
    await user.click(await screen.findByTitle('幸福里社区第二党支部（SQ-0101-02）'));
    await waitFor(() => expect(address()).toBe(`/dues?branch=${BRANCH_2}`));
    expect(await screen.findByText('幸福里社区第二党支部 2026 年没有党员')).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: '欠缴' }));
    await waitFor(() => expect(address()).toBe(`/dues?tab=arrears&branch=${BRANCH_2}`));
  });

  it('lists the arrears flagged first, with the flag’s meaning, and pays the months a 补交 can still reach', { timeout: 40_000 }, async () => {
    renderAs('ORG_ADMIN', '/dues?tab=arrears');

    const flagged = (await screen.findByText('张三', { selector: 'a' })).closest('tr') as HTMLElement;
    expect(within(flagged).getByText('连续6个月未交')).toBeTruthy();
    expect(within(flagged).getByText('可能属于自行脱党，提交支部大会审议')).toBeTruthy();
    expect(within(flagged).getByText('2026-01 至 2026-10')).toBeTruthy();
    expect(within(flagged).getByText('975.00')).toBeTruthy();
    const warned = screen.getByText('王五', { selector: 'a' }).closest('tr') as HTMLElement;
    expect(within(warned).getByText('欠缴满3个月')).toBeTruthy();
    // January to March are more than six months back: nothing can be paid from here any more.
    expect((within(warned).getByRole('button', { name: '补交' }) as HTMLButtonElement).disabled).toBe(true);

    await setupUser().click(within(flagged).getByRole('button', { name: '补交：张三' }));
    const dialog = await dialogTitled('交纳党费：张三');
    expect(within(dialog).getByTitle('2026-05')).toBeTruthy();
    expect(within(dialog).getByTitle('2026-10')).toBeTruthy();
    expect(await within(dialog).findByText('按标准应交 585.00 元（6 个月）')).toBeTruthy();
  });

  it('核定: sends the base typed in 元 as fen, from the month chosen', { timeout: 40_000 }, async () => {
    const seen = renderAs('ORG_ADMIN', '/dues?tab=standards');
    const user = setupUser();

    const missing = (await screen.findByText('王五', { selector: 'a' })).closest('tr') as HTMLElement;
    expect(within(missing).getByText('未核定')).toBeTruthy();
    expect(screen.getByText('已列出 2 名党员（全部），其中 1 人未核定 2026 年党费')).toBeTruthy();
    await user.click(within(missing).getByRole('button', { name: '核定：王五' }));
    const dialog = await dialogTitled('核定党费：王五');
    await user.click(within(dialog).getByLabelText('月收入基数（元）'));
    await user.paste('3,000.01');
    await user.click(within(dialog).getByLabelText('起始月份'));
    await user.click(await screen.findByTitle('2026-03'));
    await user.click(within(dialog).getByText('核定', { selector: 'button, button *' }).closest('button') as HTMLElement);

    await waitFor(async () => expect(await posts(seen, '/api/v1/dues/bases')).toHaveLength(1));
    expect((await posts(seen, '/api/v1/dues/bases'))[0]).toEqual({ memberId: WANG.id, fromMonth: '2026-03', category: 'IN_WORK', baseFen: 300001 });
    expect(await screen.findByText('已核定王五自 2026-03 起每月交纳党费 30.00 元')).toBeTruthy();
  });

  it('调整: 少交 needs the upper committee’s 文号 and goes with If-Match', { timeout: 40_000 }, async () => {
    const seen = renderAs('ORG_ADMIN', '/dues?tab=standards');
    const user = setupUser();

    await user.click(await screen.findByRole('button', { name: '调整：张三 2026-01' }));
    const dialog = await dialogTitled('调整党费：张三');
    await user.click(within(dialog).getByLabelText('每月交纳金额（元）'));
    await user.paste('20');
    await user.click(within(dialog).getByLabelText('调整原因'));
    await user.paste('长期患病');
    await user.click(within(dialog).getByText('保存调整', { selector: 'button, button *' }).closest('button') as HTMLElement);
    expect(await within(dialog).findByText('请填写上级党委的批准文号')).toBeTruthy();

    await user.click(within(dialog).getByLabelText('上级党委批准文号'));
    await user.paste('幸福街党工委〔2026〕12号');
    await user.click(within(dialog).getByText('保存调整', { selector: 'button, button *' }).closest('button') as HTMLElement);
    const path = '/api/v1/dues/standards/77777777-7777-4777-8777-777777777777/adjust';
    await waitFor(async () => expect(await posts(seen, path)).toHaveLength(1));
    expect((await posts(seen, path))[0]).toEqual({
      adjustment: 'REDUCED',
      monthlyFen: 2000,
      reason: '长期患病',
      approvalReference: '幸福街党工委〔2026〕12号',
    });
    expect(seen.find((r) => new URL(r.url).pathname === path)?.headers.get('If-Match')).toBe('"3"');
  });

  it('shows a viewer the standards without the actions', async () => {
    renderAs('ORG_VIEWER', '/dues?tab=standards');

    const row = (await screen.findByText('张三', { selector: 'a' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('6500.00')).toBeTruthy();
    expect(within(row).getByText('1.5%')).toBeTruthy();
    expect(within(row).getByText('97.50')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^核定/ })).toBeNull();
    expect(screen.queryByRole('button', { name: '重新计算' })).toBeNull();
    expect(screen.queryByRole('button', { name: '导入基数' })).toBeNull();
  });
});
