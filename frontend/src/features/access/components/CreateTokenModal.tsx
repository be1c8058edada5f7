import { Checkbox, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { useCanRevealSensitive } from '../../../lib/permissions';
import { useSession } from '../../../lib/session';
import { today, toApiDate } from '../../../lib/dates';
import { useCreateApiToken, type ApiTokenCreated } from '../api/access';
import { OrganizationSelect } from './OrganizationSelect';

interface TokenFormValues {
  name: string;
  organizationId?: string;
  readOnly: boolean;
  canRevealSensitive?: boolean;
  expiresOn: Dayjs;
}

/** How far ahead a token may expire (the server's limit: one year). */
const MAX_DAYS = 365;
const DEFAULT_DAYS = 90;

/** 新建 API 令牌; hands the one-time secret to `onCreated`. */
export function CreateTokenModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (created: ApiTokenCreated) => void;
}) {
  const create = useCreateApiToken();
  const session = useSession();
  const canReveal = useCanRevealSensitive();

  return (
    <FormModal<TokenFormValues>
      open={open}
      title="新建 API 令牌"
      width={560}
      okText="创建"
      onClose={onClose}
      initialValues={{ readOnly: true, expiresOn: today().add(DEFAULT_DAYS, 'day'), organizationId: session?.organization.id }}
      onSubmit={async (values) => {
        const created = await create.mutateAsync({
          name: values.name.trim(),
          organizationId: values.organizationId,
          readOnly: values.readOnly,
          canRevealSensitive: canReveal && values.canRevealSensitive === true,
          expiresOn: toApiDate(values.expiresOn) ?? '',
        });
        onCreated(created);
      }}
    >
      <Form.Item
        name="name"
        label="名称"
        tooltip="用途或对接的系统，便于日后识别"
        rules={[
          { required: true, whitespace: true, message: '请输入名称' },
          { max: 100, message: '不能超过100个字符' },
        ]}
      >
        <Input placeholder="如 区平台同步" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="organizationId"
        label="数据范围"
        tooltip="令牌只能访问该组织及其下级组织的数据"
        rules={[{ required: true, message: '请选择组织' }]}
      >
        <OrganizationSelect placeholder="选择组织" />
      </Form.Item>
      <Form.Item name="readOnly" label="权限">
        <Radio.Group
          options={[
            { value: true, label: '只读（仅查询）' },
            { value: false, label: '读写（可修改台账）' },
          ]}
        />
      </Form.Item>
      {canReveal && (
        <Form.Item
          name="canRevealSensitive"
          valuePropName="checked"
          extra="勾选后，令牌可在请求中加 reveal=true 查看完整身份证号和电话（每次都记入审计日志）"
        >
          <Checkbox>可查看完整身份证号和电话</Checkbox>
        </Form.Item>
      )}
      <Form.Item
        name="expiresOn"
        label="有效期至"
        extra="令牌在该日结束时失效，最长一年"
        rules={[{ required: true, message: '请选择有效期' }]}
      >
        <DatePicker
          style={{ width: '100%' }}
          disabledDate={(day) => day.isBefore(today(), 'day') || day.isAfter(today().add(MAX_DAYS, 'day'), 'day')}
          presets={[
            { label: '30 天', value: today().add(30, 'day') },
            { label: '90 天', value: today().add(90, 'day') },
            { label: '180 天', value: today().add(180, 'day') },
            { label: '一年', value: today().add(MAX_DAYS, 'day') },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
