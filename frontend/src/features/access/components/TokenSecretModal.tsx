import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { formatInstantDate } from '../../../lib/dates';
import type { ApiTokenCreated } from '../api/access';
import { lastDay } from '../tokens';

/**
 * The new token's secret, shown this one time (the server never returns it again). The secret lives
 * only in the caller's state: closing the modal drops it.
 */
export function TokenSecretModal({ created, onClose }: { created: ApiTokenCreated | null; onClose: () => void }) {
  return (
    <Modal
      open={created !== null}
      title="API 令牌已创建"
      onCancel={onClose}
      mask={{ closable: false }}
      keyboard={false}
      width={600}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          我已保存，关闭
        </Button>
      }
    >
      {created && <SecretBody created={created} />}
    </Modal>
  );
}

function SecretBody({ created }: { created: ApiTokenCreated }) {
  const { message } = App.useApp();
  const [copied, setCopied] = useState(false);
  const { token, secret } = created;

  const copy = async () => {
    try {
      // navigator.clipboard exists only in secure contexts (https or localhost).
      if (!navigator.clipboard) throw new Error('clipboard unavailable');
      await navigator.clipboard.writeText(secret);
      setCopied(true);
      message.success('已复制到剪贴板');
    } catch {
      message.warning('无法自动复制，请选中令牌后手动复制');
    }
  };

  return (
    <Flex vertical gap={16} style={{ marginTop: 16 }}>
      <Alert type="warning" showIcon title="令牌只显示这一次，请立即复制保存" description="关闭此窗口后将无法再次查看。如果遗失，请撤销该令牌并新建一个。" />
      <Flex gap={8}>
        <Input
          readOnly
          value={secret}
          aria-label="令牌"
          onFocus={(event) => event.currentTarget.select()}
          style={{ fontFamily: 'monospace' }}
        />
        <Button type="primary" icon={copied ? <CheckOutlined /> : <CopyOutlined />} onClick={() => void copy()}>
          {copied ? '已复制' : '复制'}
        </Button>
      </Flex>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'name', label: '名称', children: token.name },
          { key: 'org', label: '数据范围', children: token.organization.name },
          { key: 'mode', label: '权限', children: token.readOnly ? '只读' : '读写' },
          { key: 'expires', label: '有效期至', children: formatInstantDate(lastDay(token.expiresAt)) },
        ]}
      />
      <Typography.Text type="secondary">
        调用 API 时在请求头中携带：<Typography.Text code>Authorization: Bearer &lt;令牌&gt;</Typography.Text>
      </Typography.Text>
    </Flex>
  );
}
