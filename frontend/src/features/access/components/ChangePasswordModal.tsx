import { App, Form, Input, Typography } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useChangePassword } from '../api/access';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const MIN_PASSWORD_LENGTH = 10;

/** 修改密码: the signed-in user's own password; the server ends their other sessions. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const change = useChangePassword();
  const { message } = App.useApp();

  return (
    <FormModal<Values>
      open={open}
      title="修改密码"
      width={440}
      onClose={onClose}
      okText="确认修改"
      onSubmit={async ({ currentPassword, newPassword }) => {
        await change.mutateAsync({ currentPassword, newPassword });
        message.success('密码已修改，其他设备上的登录已退出');
      }}
    >
      <Typography.Paragraph type="secondary">修改后，本账号在其他浏览器或设备上的登录将全部退出。</Typography.Paragraph>
      <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label="新密码"
        rules={[
          { required: true, message: '请输入新密码' },
          { min: MIN_PASSWORD_LENGTH, message: `至少 ${MIN_PASSWORD_LENGTH} 个字符` },
          { whitespace: true, message: '不能全是空格' },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label="确认新密码"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: '请再次输入新密码' },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致')),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
