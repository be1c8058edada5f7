import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { QueryState } from '../../../components/PageState';
import { formatDateTime } from '../../../lib/dates';
import { useSession } from '../../../lib/session';
import { useAccounts, type Account } from '../api/access';
import { AccountFormModal } from '../components/AccountFormModal';
import { roleColors, roleLabels } from '../labels';

type Dialog = { kind: 'create' } | { kind: 'edit'; id: string };

/** /access/accounts — 账号管理 (STREET_ADMIN): the accounts of the subtree, create and edit. */
export function AccountsPage() {
  const query = useAccounts();
  const session = useSession();
  // The last dialog stays set while it closes, so its content does not change during the animation.
  const [dialog, setDialog] = useState<Dialog>({ kind: 'create' });
  const [open, setOpen] = useState(false);
  const show = (next: Dialog) => {
    setDialog(next);
    setOpen(true);
  };

  const columns: TableColumnsType<Account> = [
    {
      title: '用户名',
      dataIndex: 'username',
      render: (username: string, account) => (
        <Flex gap={4} align="center">
          <Typography.Text code>{username}</Typography.Text>
          {account.id === session?.accountId && <Tag>我</Tag>}
        </Flex>
      ),
    },
    { title: '姓名', dataIndex: 'displayName' },
    {
      title: '角色',
      dataIndex: 'role',
      render: (role: Account['role']) => <Tag color={roleColors[role]}>{roleLabels[role]}</Tag>,
    },
    {
      title: '所属组织',
      key: 'organization',
      render: (_, account) => (
        <span>
          {account.organization.name} <Typography.Text type="secondary">（{account.organization.code}）</Typography.Text>
        </span>
      ),
    },
    {
      title: '敏感信息',
      dataIndex: 'canRevealSensitive',
      render: (reveal: boolean) => (reveal ? '可查看' : <Typography.Text type="secondary">不可查看</Typography.Text>),
    },
    {
      title: '状态',
      dataIndex: 'disabled',
      render: (disabled: boolean) => (disabled ? <Tag color="default">已停用</Tag> : <Tag color="green">启用</Tag>),
    },
    { title: '创建时间', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, account) => (
        <Button type="link" size="small" onClick={() => show({ kind: 'edit', id: account.id })} aria-label={`编辑 ${account.username}`}>
          编辑
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }}>
            账号管理
          </Typography.Title>
          <Typography.Text type="secondary">本组织及下级组织的登录账号。每个账号只能看到所属组织及其下级组织的台账。</Typography.Text>
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => show({ kind: 'create' })}>
          新建账号
        </Button>
      </Flex>
      <QueryState query={query}>
        {(data) => (
          <Flex vertical gap={12} align="center">
            <Table<Account>
              style={{ width: '100%' }}
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={data.pages.flatMap((page) => page.items)}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: '暂无账号' }}
            />
            {query.hasNextPage && (
              <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                加载更多
              </Button>
            )}
          </Flex>
        )}
      </QueryState>
      <AccountFormModal
        key={dialog.kind === 'edit' ? dialog.id : 'create'}
        open={open}
        accountId={dialog.kind === 'edit' ? dialog.id : undefined}
        onClose={() => setOpen(false)}
      />
    </Flex>
  );
}
