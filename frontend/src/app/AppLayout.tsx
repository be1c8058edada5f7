import { Layout, Menu, Typography, theme, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { LoadingState } from '../components/PageState';
import { AccountMenu } from '../features/access';
import { useSession } from '../lib/session';
import { visibleNavigation, type NavItem } from './navigation';

const { Header, Sider, Content } = Layout;

function menuItem(item: NavItem) {
  return { key: item.path, icon: item.icon, label: <Link to={item.path}>{item.label}</Link> };
}

export function AppLayout() {
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const session = useSession();
  const { items, groups } = visibleNavigation(session?.role);
  const all = [...items, ...groups.flatMap((group) => group.items)];
  const selected = all.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));

  const menuItems: MenuProps['items'] = [
    ...items.map(menuItem),
    ...groups.map((group) => ({ type: 'group' as const, key: group.key, label: group.label, children: group.items.map(menuItem) })),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Title level={4} style={{ color: token.colorWhite, margin: 0, whiteSpace: 'nowrap' }}>
          branchbook 党建台账
        </Typography.Title>
        <div style={{ marginInlineStart: 'auto', minWidth: 0 }}>
          <AccountMenu />
        </div>
      </Header>
      <Layout>
        <Sider width={200} breakpoint="lg" collapsedWidth={0} style={{ background: token.colorBgContainer }}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.path] : []}
            style={{ height: '100%', borderInlineEnd: 0 }}
            items={menuItems}
          />
        </Sider>
        <Content style={{ margin: 24, padding: 24, background: token.colorBgContainer, borderRadius: token.borderRadiusLG }}>
          {/* Pages load on first use (src/app/routes.tsx): a spinner in place of the page meanwhile. */}
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}
