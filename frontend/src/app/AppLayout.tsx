import { Layout, Menu, Typography, theme } from 'antd';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { navItems } from './navigation';

const { Header, Sider, Content } = Layout;

export function AppLayout() {
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const selected = navItems.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ display: 'flex', alignItems: 'center' }}>
        <Typography.Title level={4} style={{ color: token.colorWhite, margin: 0 }}>
          branchbook 党建台账
        </Typography.Title>
      </Header>
      <Layout>
        <Sider width={200} breakpoint="lg" collapsedWidth={0} style={{ background: token.colorBgContainer }}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.path] : []}
            style={{ height: '100%', borderInlineEnd: 0 }}
            items={navItems.map((item) => ({
              key: item.path,
              icon: item.icon,
              label: <Link to={item.path}>{item.label}</Link>,
            }))}
          />
        </Sider>
        <Content style={{ margin: 24, padding: 24, background: token.colorBgContainer, borderRadius: token.borderRadiusLG }}>
          <Outlet />
        </Content>
      </Layout>
    </Layout>
  );
}
