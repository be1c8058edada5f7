import { Alert, App, DatePicker, Form, Input, InputNumber, Radio, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError, showProblem } from '../../../api/problem';
import { NotConfirmed, confirmOrCancel } from '../../../components/confirm';
import { FormModal } from '../../../components/FormModal';
import { formatDate, toApiDate, today } from '../../../lib/dates';
import { useLifecycleAction, useMoveMember, type Member } from '../api/members';
import { leaveKindLabels, optionsOf, type LeaveKind } from '../labels';
import { MAX_EXTENSION_MONTHS, consequence, lifecycleBody, lifecycleRules, type LifecycleAction } from '../lifecycle';
import { BranchPicker, GroupPicker } from './OrganizationPickers';
import { STALE_MESSAGE, isStale } from './stale';

interface ActionModalProps {
  member: Member;
  etag: string;
  onClose: () => void;
  reload: () => Promise<unknown>;
}

/**
 * How a failed action is shown: a declined confirmation quietly; a stale read (412) or a status
 * that changed meanwhile (409) reloads the member; anything else on the form's fields.
 */
function useActionErrors(reload: () => Promise<unknown>) {
  const { message } = App.useApp();
  return async (error: unknown, form: FormInstance) => {
    if (error instanceof NotConfirmed) return true;
    if (isStale(error)) {
      message.warning(STALE_MESSAGE);
      await reload();
      return true;
    }
    showProblem(error, message, form);
    if (error instanceof ApiError && error.problem.status === 409) await reload();
    return true;
  };
}

/** Dates after today are refused by the server; the pickers do not offer them. */
const afterToday = (day: Dayjs) => day.isAfter(today(), 'day');

interface LifecycleFormValues {
  effectiveOn: Dayjs;
  documentNumber?: string;
  reason?: string;
  months?: number;
  kind?: LeaveKind;
}

const leaveKindOptions = optionsOf(leaveKindLabels);

/** 转正, 延长预备期, 取消预备资格, 出党, 去世, 恢复党籍: date, 文号, reason, then a confirmation. */
export function LifecycleActionModal({ action, member, etag, onClose, reload }: ActionModalProps & { action: LifecycleAction | null }) {
  const { message, modal } = App.useApp();
  const act = useLifecycleAction(member.id);
  const onError = useActionErrors(reload);
  // The last action stays on screen while the modal closes.
  const [lastAction, setLastAction] = useState(action);
  if (action !== null && action !== lastAction) setLastAction(action);
  const shown = action ?? lastAction;
  const rule = shown ? lifecycleRules[shown] : undefined;

  return (
    <FormModal<LifecycleFormValues>
      open={action !== null}
      title={rule ? `${rule.label}：${member.name}` : ''}
      okText={rule ? `${rule.label}…` : '提交'}
      danger={rule?.danger}
      onClose={onClose}
      initialValues={{ effectiveOn: today() }}
      onSubmit={async (values) => {
        if (!action) return;
        const chosen = lifecycleRules[action];
        const body = lifecycleBody(action, { ...values, effectiveOn: toApiDate(values.effectiveOn) as string });
        await confirmOrCancel(modal, {
          title: `确认${chosen.label}？`,
          content: consequence(action, member.name, values),
          okText: `确认${chosen.label}`,
          danger: chosen.danger,
        });
        await act.mutateAsync({ action, body, etag });
        message.success(`已登记${chosen.label}`);
      }}
      onError={onError}
    >
      {shown === 'confirm' && member.probationEndsOn && (
        <Alert
          type={member.probationEndsOn > (toApiDate(today()) ?? '') ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 16 }}
          title={
            member.probationEndsOn > (toApiDate(today()) ?? '')
              ? `预备期至 ${formatDate(member.probationEndsOn)} 届满，届满后才能转正。`
              : `预备期已于 ${formatDate(member.probationEndsOn)} 届满；转正后党龄从该日算起。`
          }
        />
      )}
      {rule && (
        <Form.Item name="effectiveOn" label={rule.dateLabel} rules={[{ required: true, message: `请选择${rule.dateLabel}` }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
        </Form.Item>
      )}
      {shown === 'leave' && (
        <Form.Item name="kind" label="出党方式" rules={[{ required: true, message: '请选择出党方式' }]}>
          <Radio.Group options={leaveKindOptions} />
        </Form.Item>
      )}
      {shown === 'extend-probation' && (
        <Form.Item
          name="months"
          label="延长期限（月）"
          extra={`预备期只能延长一次，最长 ${MAX_EXTENSION_MONTHS} 个月`}
          rules={[{ required: true, message: '请填写延长的月数' }]}
        >
          <InputNumber min={1} max={MAX_EXTENSION_MONTHS} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      )}
      <Form.Item name="documentNumber" label="文号" rules={[{ max: 100, message: '不能超过100个字符' }]}>
        <Input placeholder="如 幸福里党委〔2026〕5号" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={rule?.reasonRequired ? '原因' : '说明（可选）'}
        rules={[
          { required: rule?.reasonRequired, whitespace: true, message: '请填写原因' },
          { max: 500, message: '不能超过500个字' },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 16 }}>
        提交前会再次确认；登记后记入该党员的档案事件，不能删除。
      </Typography.Paragraph>
    </FormModal>
  );
}

interface MoveFormValues {
  organizationId: string;
  groupId?: string;
  effectiveOn: Dayjs;
  reason: string;
}

/** 调整支部: another branch (or 党小组) of the caller's subtree, from a date, with a reason. */
export function MoveMemberModal({ open, member, etag, onClose, reload }: ActionModalProps & { open: boolean }) {
  const { message, modal } = App.useApp();
  const move = useMoveMember(member.id);
  const onError = useActionErrors(reload);

  return (
    <FormModal<MoveFormValues>
      open={open}
      title={`调整支部：${member.name}`}
      okText="调整…"
      onClose={onClose}
      initialValues={{ effectiveOn: today(), organizationId: member.organization.id, groupId: member.group?.id }}
      onValuesChange={(changed, _all, form) => {
        if ('organizationId' in changed) form.setFieldsValue({ groupId: undefined });
      }}
      onSubmit={async (values) => {
        await confirmOrCancel(modal, {
          title: '确认调整支部？',
          content: `${member.name}将自${toApiDate(values.effectiveOn)}起转入所选支部，原支部的组织关系同日结束（记入组织关系记录）。`,
          okText: '确认调整',
        });
        await move.mutateAsync({
          body: {
            organizationId: values.organizationId,
            groupId: values.groupId ?? undefined,
            effectiveOn: toApiDate(values.effectiveOn) as string,
            reason: values.reason.trim(),
          },
          etag,
        });
        message.success('已调整支部');
      }}
      onError={onError}
    >
      <Typography.Paragraph type="secondary">
        当前：{member.organization.name}
        {member.group ? ` · ${member.group.name}` : ''}。也可只调整党小组。
      </Typography.Paragraph>
      <Form.Item name="organizationId" label="新的党支部" rules={[{ required: true, message: '请选择党支部' }]}>
        <BranchPicker placeholder="请选择党支部或联合党支部" />
      </Form.Item>
      <MoveGroupField />
      <Form.Item name="effectiveOn" label="调整日期" rules={[{ required: true, message: '请选择调整日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="原因"
        rules={[
          { required: true, whitespace: true, message: '请填写原因' },
          { max: 200, message: '不能超过200个字' },
        ]}
      >
        <Input placeholder="如 支部调整" autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}

function MoveGroupField() {
  const form = Form.useFormInstance<MoveFormValues>();
  const branchId = Form.useWatch('organizationId', form);
  return (
    <Form.Item name="groupId" label="党小组">
      <GroupPicker branchId={branchId} />
    </Form.Item>
  );
}
