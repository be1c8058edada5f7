import { Alert, App, Form, Input, Modal, Select, Switch } from 'antd';
import { ApiError } from '../../../api/problem';
import { FormModal } from '../../../components/FormModal';
import { ErrorState } from '../../../components/PageState';
import { useSession, type Role } from '../../../lib/session';
import { optionalText } from '../../../lib/text';
import { useAccount, useCreateAccount, useUpdateAccount, type Account, type AccountInput } from '../api/access';
import { optionsOf, roleDescriptions, roleLabels } from '../labels';
import { OrganizationSelect } from './OrganizationSelect';

interface AccountFormValues {
  username: string;
  displayName: string;
  role: Role;
  organizationId: string;
  canRevealSensitive: boolean;
  disabled: boolean;
  password?: string;
}

const MIN_PASSWORD_LENGTH = 10;

function toValues(account: Account): AccountFormValues {
  return {
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    organizationId: account.organization.id,
    canRevealSensitive: account.canRevealSensitive,
    disabled: account.disabled,
  };
}

function toInput(values: AccountFormValues): AccountInput {
  return {
    username: values.username.trim(),
    displayName: values.displayName.trim(),
    role: values.role,
    organizationId: values.organizationId,
    canRevealSensitive: values.canRevealSensitive,
    disabled: values.disabled,
    password: optionalText(values.password) === undefined ? undefined : values.password,
  };
}

/** 新建账号 (`accountId` undefined) or 编辑账号: the account is read afresh for its ETag. */
export function AccountFormModal({ open, accountId, onClose }: { open: boolean; accountId?: string; onClose: () => void }) {
  const editing = accountId !== undefined;
  const { message } = App.useApp();
  const session = useSession();
  const query = useAccount(open ? accountId : undefined);
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const own = editing && accountId === session?.accountId;

  if (editing && query.isError) {
    return (
      <Modal open={open} title="编辑账号" onCancel={onClose} footer={null}>
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </Modal>
    );
  }

  return (
    <FormModal<AccountFormValues>
      open={open}
      title={editing ? `编辑账号：${query.data?.account.username ?? ''}` : '新建账号'}
      width={560}
      okText={editing ? '保存' : '创建'}
      loading={editing && query.isPending}
      onClose={onClose}
      initialValues={
        editing && query.data
          ? toValues(query.data.account)
          : { role: 'ORG_ADMIN', canRevealSensitive: false, disabled: false, organizationId: session?.organization.id }
      }
      onSubmit={async (values) => {
        if (editing && query.data) {
          await update.mutateAsync({ id: accountId, body: toInput(values), etag: query.data.etag });
          message.success(values.password ? '已保存，密码已重置，该账号需重新登录' : '已保存');
        } else {
          await create.mutateAsync(toInput(values));
          message.success('账号已创建');
        }
      }}
      onError={async (error, form) => {
        if (!(error instanceof ApiError && error.problem.status === 412)) return false;
        message.warning('该账号已被他人修改，已重新加载');
        const fresh = await query.refetch();
        if (fresh.data) form.setFieldsValue(toValues(fresh.data.account));
        return true;
      }}
    >
      {own && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="这是您自己的账号：不能修改自己的角色、所属组织，也不能停用自己。"
        />
      )}
      <Form.Item
        name="username"
        label="用户名"
        tooltip="登录时输入的名称：字母、数字、点、下划线或连字符"
        rules={[
          { required: true, whitespace: true, message: '请输入用户名' },
          { max: 64, message: '不能超过64个字符' },
          { pattern: /^[A-Za-z0-9._-]+$/, message: '只能包含字母、数字、点、下划线或连字符' },
        ]}
      >
        <Input autoComplete="off" placeholder="如 wang.jianguo" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label="姓名"
        rules={[
          { required: true, whitespace: true, message: '请输入姓名' },
          { max: 100, message: '不能超过100个字符' },
        ]}
      >
        <Input autoComplete="off" placeholder="如 王建国" />
      </Form.Item>
      <Form.Item name="role" label="角色" rules={[{ required: true, message: '请选择角色' }]} extra={<RoleHint />}>
        <Select options={optionsOf(roleLabels)} disabled={own} />
      </Form.Item>
      <Form.Item
        name="organizationId"
        label="所属组织"
        tooltip="账号只能看到（和修改）该组织及其下级组织"
        rules={[{ required: true, message: '请选择所属组织' }]}
      >
        {own ? <OwnOrganization /> : <OrganizationSelect placeholder="选择组织" />}
      </Form.Item>
      <Form.Item name="canRevealSensitive" label="可查看敏感信息" tooltip="可查看完整的身份证号和手机号码" valuePropName="checked">
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
      {editing && (
        <Form.Item name="disabled" label="停用" tooltip="停用后不能登录，其创建的 API 令牌也随之失效" valuePropName="checked">
          <Switch checkedChildren="已停用" unCheckedChildren="启用中" disabled={own} />
        </Form.Item>
      )}
      <Form.Item
        name="password"
        label={editing ? '重置密码' : '初始密码'}
        extra={editing ? '留空则不修改；重置后该账号的所有登录将退出' : '请通过安全的方式告知本人，并提醒其登录后修改'}
        rules={[
          { required: !editing, message: '请输入初始密码' },
          { min: MIN_PASSWORD_LENGTH, message: `至少 ${MIN_PASSWORD_LENGTH} 个字符` },
          { whitespace: true, message: '不能全是空格' },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} placeholder={editing ? '留空则不修改' : undefined} />
      </Form.Item>
    </FormModal>
  );
}

/** What the chosen role may do, under the role select. */
function RoleHint() {
  const role = Form.useWatch<Role | undefined>('role');
  return role ? roleDescriptions[role] : null;
}

/** One's own organization, which cannot be changed here; for a Form.Item. */
function OwnOrganization() {
  const session = useSession();
  return <Input value={session ? `${session.organization.name}（${session.organization.code}）` : ''} disabled />;
}
