import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Dropdown, Flex, Typography, theme, type MenuProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { problemMessage } from '../../../api/problem';
import { useSession } from '../../../lib/session';
import { useSignOut } from '../api/access';
import { roleLabels } from '../labels';

// The form (antd Form, Input and their validation) loads when first asked for, not with every page.
const ChangePasswordModal = lazy(async () => ({ default: (await import('./ChangePasswordModal')).ChangePasswordModal }));

/** The header's account menu: who is signed in (name, role, organization), 修改密码 and 退出登录. */
export function AccountMenu() {
  const session = useSession();
  const signOut = useSignOut();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [changingPassword, setChangingPassword] = useState(false);
  // Mounted from the first opening on, so closing it animates like any modal.
  const [passwordAsked, setPasswordAsked] = useState(false);

  if (!session) return null;

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: (
        <Flex vertical style={{ maxWidth: 260 }}>
          <Typography.Text type="secondary">登录账号：{session.username}</Typography.Text>
          <Typography.Text type="secondary" ellipsis={{ tooltip: session.organization.name }}>
            所属组织：{session.organization.name}
          </Typography.Text>
        </Flex>
      ),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: '修改密码' },
    { key: 'sign-out', icon: <LogoutOutlined />, label: '退出登录', danger: true },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'password') {
      setPasswordAsked(true);
      setChangingPassword(true);
    }
    if (key === 'sign-out') signOut.mutate(undefined, { onError: (error) => message.error(problemMessage(error)) });
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <button
          type="button"
          aria-label={`账号菜单：${session.displayName}`}
          style={{
            all: 'unset',
            cursor: 'pointer',
            display: 'flex',
            alignItems: 'center',
            gap: 10,
            color: token.colorWhite,
            lineHeight: 1.3,
            maxWidth: 360,
          }}
        >
          <Avatar size="small" icon={<UserOutlined />} style={{ background: token.colorPrimary, flex: 'none' }} />
          <Flex vertical style={{ minWidth: 0 }}>
            <span style={{ fontWeight: 500, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
              {session.displayName}
            </span>
            <span
              style={{
                fontSize: token.fontSizeSM,
                opacity: 0.75,
                whiteSpace: 'nowrap',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
              }}
            >
              {roleLabels[session.role]} · {session.organization.name}
            </span>
          </Flex>
          <DownOutlined style={{ fontSize: 10, flex: 'none' }} />
        </button>
      </Dropdown>
      {passwordAsked && (
        <Suspense fallback={null}>
          <ChangePasswordModal open={changingPassword} onClose={() => setChangingPassword(false)} />
        </Suspense>
      )}
    </>
  );
}
