import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { components } from '../../../api/schema';
import { AppProvider } from '../../../app/provider';
import { sessionStore, type Role } from '../../../lib/session';
import { json, sessionFor, stubFetch } from '../../../test/backend';
import type { ChartClick } from '../charts';
import { breakdown, CZY, duesTrend, gaps, heatmap, overview, STREET, XFL, XFL1 } from '../testData';
import { DashboardPage } from './DashboardPage';

// ECharts draws on a canvas, which jsdom has not: each chart is a button that clicks its first row or line.
vi.mock('../components/EChart', () => ({
  EChart: ({ label, onClick }: { label: string; onClick?: (click: ChartClick) => void }) => (
    <button type="button" onClick={() => onClick?.(label.includes('热力图') ? { componentType: 'yAxis', value: XFL1.id } : { componentType: 'series', seriesIndex: 1 })}>
      {label}
    </button>
  ),
}));

type Node = components['schemas']['OrganizationTreeNode'];
const node = (ref: { id: string; code: string; name: string; type: Node['type'] }, children: Node[] = []): Node => ({
  ...ref,
  category: 'COMMUNITY',
  archived: false,
  children,
});
const tree: components['schemas']['OrganizationTree'] = { size: 4, roots: [node(STREET, [node(XFL, [node(XFL1)]), node(CZY)])] };
const refs = [STREET, XFL, XFL1, CZY];

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-23T04:00:00Z'), toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function stubBackend(options: { pending?: number } = {}) {
  return stubFetch((_request, url) => {
    const org = refs.find((ref) => ref.id === url.searchParams.get('organizationId')) ?? STREET;
    switch (url.pathname) {
      case '/api/v1/organizations/tree':
        return json(200, tree);
      case '/api/v1/dashboard/overview':
        return json(200, overview(org, { pendingOrganizations: options.pending ?? 0 }));
      case '/api/v1/dashboard/gaps':
        return json(200, gaps);
      case '/api/v1/dashboard/breakdown':
        return json(200, breakdown(org));
      case '/api/v1/dashboard/meetings':
        return json(200, heatmap);
      case '/api/v1/dashboard/dues-trend':
        return json(200, duesTrend);
      default:
        return undefined;
    }
  });
}

function Address() {
  const location = useLocation();
  return <output aria-label="address">{`${location.pathname}${location.search}${location.hash}`}</output>;
}

function renderAs(role: Role, path: string, options: { pending?: number } = {}) {
  sessionStore.signedIn(sessionFor(role, { organization: STREET }));
  const seen = stubBackend(options);
  render(
    <AppProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/dashboard" element={<DashboardPage />} />
          <Route path="*" element={<p>其他页面</p>} />
        </Routes>
        <Address />
      </MemoryRouter>
    </AppProvider>,
  );
  return seen;
}

const address = () => screen.getByRole('status', { name: 'address' }).textContent;
const asked = (seen: Request[], path: string) =>
  seen.filter((request) => new URL(request.url).pathname === `/api/v1/dashboard/${path}`).map((request) => new URL(request.url).searchParams);

describe('总览', () => {
  it('shows the figures for the period in the address, each linked to its list, and what to fix', async () => {
    const seen = renderAs('STREET_ADMIN', '/dashboard?period=2026-Q4');

    const members = await screen.findByRole('link', { name: '在册党员 215人' });
    expect(members.getAttribute('href')).toBe(`/members?organizationId=${STREET.id}&registration=REGISTERED`);
    expect(screen.getByRole('link', { name: '连续6个月未交 11人' }).getAttribute('href')).toBe(`/dues?tab=arrears&org=${STREET.id}`);
    expect(screen.getByText('党费（2026年第四季度）')).toBeTruthy();
    expect(asked(seen, 'overview').map((q) => q.toString())).toContain('period=2026-Q4');

    // 待整改: most urgent first, each with where it is fixed.
    const list = await screen.findByRole('table', { name: '待整改事项' });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['立即整改', '尽快整改', '提示']);
    expect(within(rows[0] as HTMLElement).getByText('换届超期')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByRole('link', { name: '办理换届' }).getAttribute('href')).toBe(`/organizations/${CZY.id}?tab=leadership`);
    expect(within(rows[2] as HTMLElement).getByRole('link', { name: '办理转接' }).getAttribute('href')).toBe('/transfers/77777777-7777-4777-8777-777777777777');
    expect(screen.getByText('共 3 项')).toBeTruthy();

    // The workbook and the print page are of the same organization and period.
    expect(screen.getByRole('link', { name: /导出 Excel/ }).getAttribute('href')).toBe('/api/v1/dashboard/export?period=2026-Q4');
    const print = screen.getByRole('link', { name: /打印/ });
    expect(print.getAttribute('href')).toBe('/api/v1/dashboard/print?period=2026-Q4');
    expect(print.getAttribute('target')).toBe('_blank');
  });

  it('drills into an organization keeping the period, with the path back above', async () => {
    const seen = renderAs('STREET_ADMIN', '/dashboard?period=2026-Q4');
    const user = userEvent.setup();

    const table = await screen.findByRole('table', { name: '下级组织' });
    await user.click(await within(table).findByRole('link', { name: XFL.name }));

    await waitFor(() => expect(address()).toBe(`/dashboard?org=${XFL.id}&period=2026-Q4`));
    const crumbs = await screen.findByRole('navigation');
    expect(within(crumbs).getByRole('link', { name: STREET.name }).getAttribute('href')).toBe(`/dashboard?org=${STREET.id}&period=2026-Q4`);
    await waitFor(() => expect(asked(seen, 'breakdown').map((q) => q.get('organizationId'))).toContain(XFL.id));

    // A branch below has no children: its roster and register are a click away.
    const branchRow = (await within(await screen.findByRole('table', { name: '下级组织' })).findByText(XFL1.name)).closest('tr') as HTMLElement;
    expect(within(branchRow).getByRole('link', { name: `${XFL1.name}的党员名册` }).getAttribute('href')).toBe(`/members?organizationId=${XFL1.id}`);
    expect(within(branchRow).getByRole('link', { name: `${XFL1.name}的党费登记表` }).getAttribute('href')).toBe(`/dues?org=${XFL1.id}&year=2026`);

    // The heat map's rows drill in too.
    await user.click(screen.getByRole('button', { name: /^2026年三会一课落实情况热力图/ }));
    await waitFor(() => expect(address()).toBe(`/dashboard?org=${XFL1.id}&period=2026-Q4`));
  });

  it('narrows 待整改 to a kind from a figure, and asks the API for that kind', async () => {
    const seen = renderAs('STREET_ADMIN', '/dashboard?period=2026-11');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('link', { name: '未录入班子 1个' }));

    await waitFor(() => expect(address()).toBe(`/dashboard?org=${STREET.id}&period=2026-11&kind=LEADERSHIP#gaps`));
    await waitFor(() => expect(asked(seen, 'gaps').some((q) => q.getAll('kind').join() === 'LEADERSHIP')).toBe(true));
  });

  it('shows a viewer where each gap is without offering to fix it', async () => {
    renderAs('ORG_VIEWER', '/dashboard');

    const list = await screen.findByRole('table', { name: '待整改事项' });
    const links = within(list)
      .getAllByRole('link')
      .filter((link) => !link.getAttribute('href')?.startsWith('/dashboard'));
    expect(links.map((link) => link.textContent)).toEqual(['查看', '查看', '查看']);
  });

  it('says when figures are being brought up to date, or a period cannot be shown', async () => {
    renderAs('STREET_ADMIN', '/dashboard?period=2020', { pending: 2 });

    expect(await screen.findByText('正在更新 2 个组织的数据')).toBeTruthy();
    expect(screen.getByText(/无法查看期间“2020”/)).toBeTruthy();
  });

  it('does not show an organization outside the account’s tree', async () => {
    const seen = renderAs('ORG_ADMIN', '/dashboard?org=99999999-9999-4999-8999-999999999990');

    expect(await screen.findByText('没有找到该组织')).toBeTruthy();
    expect(screen.getByRole('link', { name: '返回本组织总览' }).getAttribute('href')).toMatch(/^\/dashboard\?period=2026-11$/);
    expect(asked(seen, 'overview')).toEqual([]);
  });
});
