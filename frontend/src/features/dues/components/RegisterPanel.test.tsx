import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../../../api/schema';
import { AppProvider } from '../../../app/provider';
import { sessionStore, type Role } from '../../../lib/session';
import { json, problem, sessionFor, stubFetch } from '../../../test/backend';
import { RegisterPanel } from './RegisterPanel';

type Register = components['schemas']['DuesRegister'];
type Cell = components['schemas']['DuesRegisterCell'];
type Node = components['schemas']['OrganizationTreeNode'];

const BRANCH: Node = {
  id: '33333333-3333-4333-8333-333333333333',
  code: 'SQ-0101-01',
  name: '幸福里社区第一党支部',
  type: 'BRANCH',
  category: 'COMMUNITY',
  archived: false,
  children: [],
};
const ZHANG = { id: '55555555-5555-4555-8555-555555555555', name: '张三', status: 'FULL' as const };
const LI = { id: '66666666-6666-4666-8666-666666666666', name: '李四', status: 'FULL' as const };

function cells(year: number, states: Cell['state'][], dueFen = 9750): Cell[] {
  return states.map((state, i) => ({
    month: `${year}-${String(i + 1).padStart(2, '0')}`,
    dueFen: state === 'NONE' ? 0 : dueFen,
    paidFen: state === 'PAID' ? dueFen : 0,
    state,
  }));
}

// Today is 2026-11-20: January–October have ended, June was paid.
const zhang2026 = cells(2026, ['OWED', 'OWED', 'OWED', 'OWED', 'OWED', 'PAID', 'OWED', 'OWED', 'OWED', 'OWED', 'DUE', 'DUE']);
const li2026 = cells(2026, ['NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE', 'NONE']);

function register(year: number, rows: [typeof ZHANG, Cell[]][]): Register {
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return {
    organization: { id: BRANCH.id, code: BRANCH.code, name: BRANCH.name, type: 'BRANCH' },
    year,
    months,
    rows: rows.map(([member, rowCells]) => ({ member, cells: rowCells, dueFen: 107250, paidFen: 9750, owedFen: 87750 })),
    totals: months.map((month, i) => ({ month, dueFen: i < 11 ? 9750 : 0, paidFen: i === 5 ? 9750 : 0, rate: i < 11 ? (i === 5 ? 1 : 0) : undefined })),
    dueFen: 107250,
    paidFen: 9750,
    rate: 9750 / 107250,
  };
}

const registers: Record<string, Register> = {
  2026: register(2026, [
    [ZHANG, zhang2026],
    [LI, li2026],
  ]),
  // Next year the standard goes on (a quarter paid in November reaches January).
  2027: register(2027, [[ZHANG, cells(2027, Array<Cell['state']>(12).fill('DUE'))]]),
};

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-20T04:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function stubBackend(pay: (body: unknown) => Response = () => json(201, {})) {
  return stubFetch((request, url) => {
    if (url.pathname === '/api/v1/dues/register' && url.searchParams.get('organizationId') === BRANCH.id) {
      const found = registers[url.searchParams.get('year') ?? ''];
      return found ? json(200, found) : problem(404, '登记表不存在');
    }
    if (url.pathname === '/api/v1/dues/payments' && request.method === 'POST') return request.clone().json().then(pay);
    return undefined;
  });
}

function renderAs(role: Role) {
  sessionStore.signedIn(sessionFor(role));
  render(
    <AppProvider>
      <MemoryRouter>
        <RegisterPanel organization={BRANCH} year={2026} branchId={undefined} onBranchChange={() => {}} />
      </MemoryRouter>
    </AppProvider>,
  );
}

const cell = (name: string, month: string) => screen.getByTitle(new RegExp(`^${name} ${month}：`));

function formItem(dialog: HTMLElement, label: string): HTMLElement {
  const item = within(dialog).getByText(label, { selector: 'label' }).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item ${label}`);
  return item;
}

async function payments(seen: Request[]) {
  return Promise.all(seen.filter((request) => request.method === 'POST').map((request) => request.clone().json() as Promise<unknown>));
}

describe('the register grid', () => {
  it('shows paid amounts, 欠 and — as on paper, with the totals and collection rates', async () => {
    stubBackend();
    renderAs('ORG_VIEWER');

    await screen.findByTitle('张三 2026-06：已交 97.50 元');
    expect(cell('张三', '2026-06').textContent).toBe('97.50');
    expect(cell('张三', '2026-03').textContent).toBe('欠');
    expect(cell('张三', '2026-11').textContent).toBe('');
    expect(cell('李四', '2026-03').textContent).toBe('—');
    expect(screen.getByTitle('2026-06 合计：已交 97.50 元，应交 97.50 元，收缴率 100.0%')).toBeTruthy();
    expect(screen.getByTitle('2026-12 合计：已交 0.00 元，应交 0.00 元，收缴率 —')).toBeTruthy();
    expect(screen.getByTitle('全年合计：已交 97.50 元，应交 1072.50 元，收缴率 9.1%')).toBeTruthy();
    expect(screen.getByRole('link', { name: /导出 Excel/ }).getAttribute('href')).toBe(
      `/api/v1/dues/register/export?format=XLSX&organizationId=${BRANCH.id}&year=2026`,
    );
    // A viewer records nothing: no cell is a button.
    expect(screen.queryAllByRole('button', { name: /点击登记交纳/ })).toHaveLength(0);
  });

  it('opens the quick payment for the months dragged across one member’s row, and sends them', { timeout: 40_000 }, async () => {
    const seen = stubBackend();
    renderAs('ORG_ADMIN');
    const user = userEvent.setup();

    await screen.findByTitle('张三 2026-10：欠交 97.50 元，点击登记交纳');
    // Months more than six back cannot be chosen any more.
    expect(cell('张三', '2026-04').getAttribute('title')).toBe('张三 2026-04：欠交 97.50 元（超过补交期限：最多补交 6 个月（最早 2026-05））');
    expect(cell('张三', '2026-04').getAttribute('role')).toBeNull();

    fireEvent.mouseDown(cell('张三', '2026-10'), { button: 0 });
    fireEvent.mouseOver(cell('张三', '2026-11'));
    // Another member's row does not take part.
    fireEvent.mouseOver(cell('李四', '2026-12'));
    fireEvent.mouseOver(cell('张三', '2026-12'));
    expect(cell('张三', '2026-11').getAttribute('aria-pressed')).toBe('true');
    fireEvent.mouseUp(cell('张三', '2026-12'));

    const dialog = await screen.findByRole('dialog', { name: '交纳党费：张三' });
    expect(within(formItem(dialog, '起始月份')).getByTitle('2026-10')).toBeTruthy();
    expect(within(formItem(dialog, '结束月份')).getByTitle('2026-12')).toBeTruthy();
    await within(dialog).findByText('按标准应交 292.50 元（3 个月）');
    const amount = within(dialog).getByRole('textbox', { name: '金额（元）' });
    await waitFor(() => expect((amount as HTMLInputElement).value).toBe('292.50'));
    // The amount is the standards' sum: no reason needed.
    expect(formItem(dialog, '金额不同的原因').querySelector('.ant-form-item-required')).toBeNull();

    await user.click(within(dialog).getByRole('textbox', { name: '收款人' }));
    await user.paste('组织委员');
    await user.click(within(dialog).getByRole('textbox', { name: '代缴人' }));
    await user.paste('张三之妻');
    await user.click(within(dialog).getByRole('button', { name: '登记交纳' }));

    await waitFor(async () => expect(await payments(seen)).toHaveLength(1));
    expect((await payments(seen))[0]).toEqual({
      memberId: ZHANG.id,
      kind: 'REGULAR',
      fromMonth: '2026-10',
      toMonth: '2026-12',
      amountFen: 29250,
      paidOn: '2026-11-20',
      method: 'CASH',
      collectedBy: '组织委员',
      paidBy: '张三之妻',
    });
    const post = seen.find((request) => request.method === 'POST') as Request;
    expect(post.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('已登记张三 2026-10 至 2026-12（3 个月）的党费 292.50 元')).toBeTruthy();
  });

  it('stops a selection before a paid month', async () => {
    stubBackend();
    renderAs('ORG_ADMIN');

    await screen.findByTitle(/^张三 2026-08：/);
    fireEvent.mouseDown(cell('张三', '2026-08'), { button: 0 });
    fireEvent.mouseOver(cell('张三', '2026-05'));
    fireEvent.mouseUp(cell('张三', '2026-05'));

    const dialog = await screen.findByRole('dialog', { name: '交纳党费：张三' });
    expect(within(formItem(dialog, '起始月份')).getByTitle('2026-07')).toBeTruthy();
    expect(within(formItem(dialog, '结束月份')).getByTitle('2026-08')).toBeTruthy();
  });

  it('requires a reason when the amount differs from the standards’ sum', { timeout: 40_000 }, async () => {
    const seen = stubBackend();
    renderAs('ORG_ADMIN');
    const user = userEvent.setup();

    await screen.findByTitle(/^张三 2026-11：/);
    // A click is a selection of one month; a quarter in advance reaches into next year.
    fireEvent.mouseDown(cell('张三', '2026-11'), { button: 0 });
    fireEvent.mouseUp(cell('张三', '2026-11'));
    const dialog = await screen.findByRole('dialog', { name: '交纳党费：张三' });
    await within(dialog).findByText('按标准应交 97.50 元（1 个月）');
    await user.click(within(dialog).getByRole('button', { name: '本月起预交一季度' }));
    await within(dialog).findByText('按标准应交 292.50 元（3 个月）');
    const amount = within(dialog).getByRole('textbox', { name: '金额（元）' }) as HTMLInputElement;
    await waitFor(() => expect(amount.value).toBe('292.50'));

    await user.clear(amount);
    await user.type(amount, '1,000');
    const reason = formItem(dialog, '金额不同的原因');
    await waitFor(() => expect(reason.querySelector('.ant-form-item-required')).not.toBeNull());
    expect(within(reason).getByText('金额与按标准应交的 292.50 元不同，须填写原因')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: '登记交纳' }));
    expect(await within(reason).findByText('金额与按标准应交的金额不同，请填写原因')).toBeTruthy();
    expect(await payments(seen)).toHaveLength(0);

    await user.click(within(dialog).getByRole('textbox', { name: '金额不同的原因' }));
    await user.paste('按全年一次交纳');
    await user.click(within(dialog).getByRole('button', { name: '登记交纳' }));
    await waitFor(async () => expect(await payments(seen)).toHaveLength(1));
    expect((await payments(seen))[0]).toMatchObject({
      fromMonth: '2026-11',
      toMonth: '2027-01',
      amountFen: 100000,
      reason: '按全年一次交纳',
    });
  });

  it('shows the server’s refusal next to the field it concerns', { timeout: 40_000 }, async () => {
    stubBackend(() =>
      problem(409, '2026-12 的党费已交纳', { errors: [{ field: 'fromMonth', message: '2026-12 的党费已交纳' }] }),
    );
    renderAs('ORG_ADMIN');
    const user = userEvent.setup();

    await screen.findByTitle(/^张三 2026-12：/);
    fireEvent.mouseDown(cell('张三', '2026-12'), { button: 0 });
    fireEvent.mouseUp(cell('张三', '2026-12'));
    const dialog = await screen.findByRole('dialog', { name: '交纳党费：张三' });
    const amount = within(dialog).getByRole('textbox', { name: '金额（元）' }) as HTMLInputElement;
    await waitFor(() => expect(amount.value).toBe('97.50'));
    await user.click(within(dialog).getByRole('button', { name: '登记交纳' }));
    expect(await within(formItem(dialog, '起始月份')).findByText('2026-12 的党费已交纳')).toBeTruthy();
  });
});
