import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { problemMessage } from '../../../api/problem';
import { QueryState } from '../../../components/PageState';
import { formatDateTime, formatInstantDate } from '../../../lib/dates';
import { useApiTokens, useRevokeApiToken, type ApiToken, type ApiTokenCreated } from '../api/access';
import { CreateTokenModal } from '../components/CreateTokenModal';
import { TokenSecretModal } from '../components/TokenSecretModal';
import { tokenStatusColors, tokenStatusLabels } from '../labels';
import { lastDay, tokenStatus } from '../tokens';

/** /access/tokens — API 令牌 (STREET_ADMIN, ORG_ADMIN): the tokens of the subtree, create (secret shown once), revoke. */
export function ApiTokensPage() {
  const query = useApiTokens();
  const revoke = useRevokeApiToken();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  // The one-time secret: kept only until its modal is closed.
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);

  const columns: TableColumnsType<ApiToken> = [
    { title: '名称', dataIndex: 'name' },
    { title: '前缀', dataIndex: 'prefix', render: (prefix: string) => <Typography.Text code>{prefix}…</Typography.Text> },
    {
      title: '数据范围',
      key: 'organization',
      render: (_, token) => token.organization.name,
    },
    {
      title: '权限',
      dataIndex: 'readOnly',
      render: (readOnly: boolean, token: { canRevealSensitive: boolean }) => (
        <>
          {readOnly ? <Tag>只读</Tag> : <Tag color="blue">读写</Tag>}
          {token.canRevealSensitive && <Tag color="orange">可查看完整信息</Tag>}
        </>
      ),
    },
    { title: '有效期至', dataIndex: 'expiresAt', render: (at: string) => formatInstantDate(lastDay(at)) },
    {
      title: '最近使用',
      dataIndex: 'lastUsedAt',
      render: (at: string | undefined) => (at ? formatDateTime(at) : <Typography.Text type="secondary">从未使用</Typography.Text>),
    },
    { title: '创建人', dataIndex: 'createdByName' },
    { title: '创建时间', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    {
      title: '状态',
      key: 'status',
      render: (_, token) => {
        const status = tokenStatus(token);
        return (
          <Flex vertical>
            <span>
              <Tag color={tokenStatusColors[status]}>{tokenStatusLabels[status]}</Tag>
            </span>
            {status === 'REVOKED' && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(token.revokedAt)}
              </Typography.Text>
            )}
          </Flex>
        );
      },
    },
    {
      title: '操作',
      key: 'actions',
      width: 80,
      render: (_, token) =>
        token.active && (
          <Popconfirm
            title={`撤销令牌“${token.name}”？`}
            description="撤销立即生效，使用该令牌的系统将无法再访问，且不可恢复。"
            okText="撤销"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() =>
              revoke
                .mutateAsync(token.id)
                .then(() => void message.success('令牌已撤销'))
                .catch((error: unknown) => void message.error(problemMessage(error)))
            }
          >
            <Button type="link" size="small" danger aria-label={`撤销 ${token.name}`}>
              撤销
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }}>
            API 令牌
          </Typography.Title>
          <Typography.Text type="secondary">供其他系统或脚本调用接口，每个令牌只能访问指定组织及其下级组织的数据。</Typography.Text>
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          新建令牌
        </Button>
      </Flex>
      <QueryState query={query}>
        {(data) => (
          <Table<ApiToken>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={data.items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: '暂无 API 令牌' }}
          />
        )}
      </QueryState>
      <CreateTokenModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          setCreated(result);
        }}
      />
      <TokenSecretModal created={created} onClose={() => setCreated(null)} />
    </Flex>
  );
}
