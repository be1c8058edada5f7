import { Alert, App, DatePicker, Form, Input, InputNumber, Select, Typography, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { ApiError, showProblem } from '../../../api/problem';
import { NotConfirmed, confirmOrCancel } from '../../../components/confirm';
import { FormModal } from '../../../components/FormModal';
import { formatDate, fromApiDate, today } from '../../../lib/dates';
import { useBranchGroups, useReceiverBranches, useTransferMove, type Transfer } from '../api/transfers';
import { confirmationOf, moveLooks, type ActionMove } from '../moves';
import {
  LETTER_DAYS,
  defaultValidDays,
  fromApiMonth,
  toAcceptanceBody,
  toApprovalBody,
  toReasonBody,
  toReceiptBody,
  toReissueBody,
  type AcceptValues,
  type ApproveValues,
  type ReasonValues,
  type ReceiptValues,
  type ReissueValues,
} from '../transferForm';

/** What the user is told when the transfer changed since it was read (412) or moved on meanwhile (409). */
export const STALE_TRANSFER_MESSAGE = '该转接已被他人办理或修改，已重新加载，请核对后再提交';

interface MoveModalProps {
  transfer: Transfer;
  /** The ETag of the read the page shows, sent as If-Match. */
  etag: string;
  onClose: () => void;
  reload: () => Promise<unknown>;
}

/**
 * How a failed move is shown: a declined confirmation quietly; a stale read (412) or a state that
 * changed meanwhile (409) reloads the transfer (its buttons follow the fresh `actions`); anything
 * else (a 422 such as an expired letter) with the problem's detail and on the form's fields.
 */
function useMoveErrors(reload: () => Promise<unknown>) {
  const { message } = App.useApp();
  return async (error: unknown, form: FormInstance) => {
    if (error instanceof NotConfirmed) return true;
    const status = error instanceof ApiError ? error.problem.status : undefined;
    if (status === 412) {
      message.warning(STALE_TRANSFER_MESSAGE);
      await reload();
      return true;
    }
    showProblem(error, message, form);
    if (status === 409) await reload();
    return true;
  };
}

const max = (length: number) => ({ max: length, message: `不能超过${length}个字` });
const afterToday = (day: Dayjs) => day.isAfter(today(), 'day');
const futureMonth = (month: Dayjs) => month.isAfter(today(), 'month');

function NoteField() {
  return (
    <Form.Item name="note" label="备注（可选）" rules={[max(500)]}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );
}

function ValidDaysField({ extra }: { extra?: ReactNode }) {
  return (
    <Form.Item
      name="validDays"
      label="介绍信有效期（天）"
      extra={extra ?? `同城 ${LETTER_DAYS.inCity} 天，外地 ${LETTER_DAYS.elsewhere} 天，最长 ${LETTER_DAYS.max} 天`}
      rules={[{ required: true, message: '请填写有效期' }]}
    >
      <InputNumber min={1} max={LETTER_DAYS.max} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
}

function DuesPaidToField({ required }: { required?: boolean }) {
  return (
    <Form.Item
      name="duesPaidTo"
      label="党费交至"
      extra="党费已交纳到的月份（含）"
      rules={[{ required, message: '请选择党费交至的月份' }]}
    >
      <DatePicker picker="month" format="YYYY-MM" style={{ width: '100%' }} disabledDate={futureMonth} />
    </Form.Item>
  );
}

function RecentlyAdmittedAlert({ transfer }: { transfer: Transfer }) {
  if (!transfer.member.recentlyAdmitted) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={`入党未满3个月，请核实：${transfer.member.name}于 ${formatDate(transfer.member.joinedOn)} 入党。`}
    />
  );
}

/** One modal per move; `move` chooses which (null: none open). Moves not in the transfer's `actions` are never opened. */
export function TransferActionModal({ move, ...props }: MoveModalProps & { move: ActionMove | null }) {
  // The last move stays on screen while the modal closes.
  const [last, setLast] = useState(move);
  if (move !== null && move !== last) setLast(move);
  const shown = move ?? last;
  const open = move !== null;
  switch (shown) {
    case 'APPROVE':
      return <ApproveModal open={open} {...props} />;
    case 'ACCEPT':
      return <AcceptModal open={open} {...props} />;
    case 'CONFIRM_RECEIPT':
      return <ReceiptModal open={open} {...props} />;
    case 'RETURN':
    case 'WITHDRAW':
      return <ReasonModal open={open} move={shown} {...props} />;
    case 'REISSUE':
      return <ReissueModal open={open} {...props} />;
    case null:
      return null;
  }
}

type OpenModalProps = MoveModalProps & { open: boolean };

/** 审批通过: issues the 介绍信 dated today. */
function ApproveModal({ open, transfer, etag, onClose, reload }: OpenModalProps) {
  const { message, modal } = App.useApp();
  const act = useTransferMove(transfer.id);
  const onError = useMoveErrors(reload);
  return (
    <FormModal<ApproveValues>
      open={open}
      title={`审批通过：${transfer.member.name}`}
      okText="审批通过"
      width={560}
      onClose={onClose}
      initialValues={{ validDays: defaultValidDays(transfer.scope, transfer.inCity), duesPaidTo: fromApiMonth(transfer.duesPaidTo) }}
      onSubmit={async (values) => {
        const confirmation = confirmationOf('APPROVE', transfer);
        if (confirmation) await confirmOrCancel(modal, confirmation);
        await act.mutateAsync({ request: { move: 'APPROVE', body: toApprovalBody(values) }, etag });
        message.success('已审批通过，介绍信已开具');
      }}
      onError={onError}
    >
      <RecentlyAdmittedAlert transfer={transfer} />
      <Typography.Paragraph type="secondary">
        审批通过即开具介绍信（开具日期为今天）。
        {transfer.scope === 'OUTGOING' ? '转出到系统外的党员随即移出党员名册，收到回执后办结。' : '由接收党组织核对后编入支部。'}
      </Typography.Paragraph>
      <ValidDaysField />
      <DuesPaidToField required />
      <NoteField />
    </FormModal>
  );
}

/** 接收: the receiver places the member in a branch (and 党小组) of its subtree. */
function AcceptModal({ open, transfer, etag, onClose, reload }: OpenModalProps) {
  const { message, modal } = App.useApp();
  const act = useTransferMove(transfer.id);
  const onError = useMoveErrors(reload);
  const branches = useReceiverBranches(open ? transfer.to.organization?.id : undefined);
  const letter = transfer.letter;
  const issuedOn = fromApiDate(letter?.issuedOn);
  return (
    <FormModal<AcceptValues>
      open={open}
      title={`接收：${transfer.member.name}`}
      okText="接收…"
      width={600}
      onClose={onClose}
      initialValues={{ effectiveOn: today() }}
      onValuesChange={(changed, _all, form) => {
        // Another branch has other 党小组.
        if ('branchId' in changed) form.setFieldsValue({ groupId: undefined });
      }}
      onSubmit={async (values, { idempotencyKey }) => {
        const branch = branches.data?.find((candidate) => candidate.id === values.branchId);
        const confirmation = confirmationOf('ACCEPT', transfer, branch?.name);
        if (confirmation) await confirmOrCancel(modal, confirmation);
        await act.mutateAsync({ request: { move: 'ACCEPT', body: toAcceptanceBody(values), idempotencyKey }, etag });
        message.success(transfer.scope === 'INCOMING' ? '已接收，党员已登记入册' : '已接收，党员已编入支部');
      }}
      onError={onError}
    >
      {letter?.expired && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={`介绍信 ${letter.number} 已于 ${formatDate(letter.lastValidOn)} 过期，不能接收`}
          description={transfer.scope === 'INCOMING' ? '请联系原党组织重开介绍信后登记新介绍信，或退回。' : '请审批党委重开介绍信，或退回。'}
        />
      )}
      <RecentlyAdmittedAlert transfer={transfer} />
      <Typography.Paragraph type="secondary">
        核对介绍信后，将{transfer.member.name}编入{transfer.to.name}（含下级）的党支部。
      </Typography.Paragraph>
      <Form.Item name="branchId" label="编入党支部" rules={[{ required: true, message: '请选择党支部' }]}>
        <Select<string>
          options={(branches.data ?? []).map((branch) => ({ value: branch.id, label: `${branch.name}（${branch.code}）` }))}
          loading={branches.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={branches.isError ? '党支部加载失败' : '请选择党支部或联合党支部'}
          notFoundContent="没有可选的党支部"
        />
      </Form.Item>
      <GroupField />
      <Form.Item
        name="effectiveOn"
        label="接收日期"
        extra={issuedOn ? `不早于介绍信开具日期 ${formatDate(letter?.issuedOn)}，不晚于今天` : undefined}
        rules={[{ required: true, message: '请选择接收日期' }]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => afterToday(day) || (issuedOn !== undefined && day.isBefore(issuedOn, 'day'))} />
      </Form.Item>
      <NoteField />
    </FormModal>
  );
}

function GroupField() {
  const form = Form.useFormInstance<AcceptValues>();
  const branchId = Form.useWatch('branchId', form);
  const groups = useBranchGroups(branchId ?? undefined);
  const options = (groups.data ?? []).map((group) => ({ value: group.id, label: group.name }));
  return (
    <Form.Item name="groupId" label="党小组">
      <Select<string>
        options={options}
        allowClear
        loading={branchId !== undefined && groups.isPending}
        disabled={!branchId || options.length === 0}
        placeholder={!branchId ? '请先选择党支部' : options.length === 0 ? '该支部没有党小组' : '不编入党小组'}
      />
    </Form.Item>
  );
}

/** 回执已收到: an OUTGOING letter's receipt came back; the transfer is done. */
function ReceiptModal({ open, transfer, etag, onClose, reload }: OpenModalProps) {
  const { message, modal } = App.useApp();
  const act = useTransferMove(transfer.id);
  const onError = useMoveErrors(reload);
  const issuedOn = fromApiDate(transfer.letter?.issuedOn);
  return (
    <FormModal<ReceiptValues>
      open={open}
      title={`回执已收到：${transfer.member.name}`}
      okText="回执已收到…"
      width={520}
      onClose={onClose}
      initialValues={{ receivedOn: today() }}
      onSubmit={async (values) => {
        const confirmation = confirmationOf('CONFIRM_RECEIPT', transfer);
        if (confirmation) await confirmOrCancel(modal, confirmation);
        await act.mutateAsync({ request: { move: 'CONFIRM_RECEIPT', body: toReceiptBody(values) }, etag });
        message.success('已登记回执，转接办结');
      }}
      onError={onError}
    >
      <Form.Item name="receivedOn" label="回执收到日期" rules={[{ required: true, message: '请选择回执收到日期' }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={(day) => afterToday(day) || (issuedOn !== undefined && day.isBefore(issuedOn, 'day'))} />
      </Form.Item>
      <NoteField />
    </FormModal>
  );
}

/** 退回 or 撤回, with the reason the timeline shows. */
function ReasonModal({ open, move, transfer, etag, onClose, reload }: OpenModalProps & { move: 'RETURN' | 'WITHDRAW' }) {
  const { message, modal } = App.useApp();
  const act = useTransferMove(transfer.id);
  const onError = useMoveErrors(reload);
  const look = moveLooks[move];
  return (
    <FormModal<ReasonValues>
      open={open}
      title={`${look.label}：${transfer.member.name}`}
      okText={`${look.label}…`}
      danger
      width={520}
      onClose={onClose}
      onSubmit={async (values) => {
        const confirmation = confirmationOf(move, transfer);
        if (confirmation) await confirmOrCancel(modal, { ...confirmation, danger: true });
        await act.mutateAsync({ request: { move, body: toReasonBody(values) }, etag });
        message.success(`已${look.label}`);
      }}
      onError={onError}
    >
      <Form.Item
        name="reason"
        label={`${look.label}原因`}
        rules={[{ required: true, whitespace: true, message: `请填写${look.label}原因` }, max(500)]}
      >
        <Input.TextArea rows={3} placeholder={move === 'RETURN' ? '如 介绍信信息有误' : '如 党员工作调动取消'} />
      </Form.Item>
    </FormModal>
  );
}

/** 重开介绍信: a new letter (e.g. the old one expired); the old one is kept as superseded. */
function ReissueModal({ open, transfer, etag, onClose, reload }: OpenModalProps) {
  const { message } = App.useApp();
  const act = useTransferMove(transfer.id);
  const onError = useMoveErrors(reload);
  const incoming = transfer.scope === 'INCOMING';
  return (
    <FormModal<ReissueValues>
      open={open}
      title={`${incoming ? '登记新介绍信' : '重开介绍信'}：${transfer.member.name}`}
      okText={incoming ? '登记新介绍信' : '重开介绍信'}
      width={560}
      onClose={onClose}
      initialValues={{ validDays: defaultValidDays(transfer.scope, transfer.inCity), duesPaidTo: fromApiMonth(transfer.duesPaidTo) }}
      onSubmit={async (values) => {
        await act.mutateAsync({ request: { move: 'REISSUE', body: toReissueBody(transfer.scope, values) }, etag });
        message.success(incoming ? '已登记新介绍信' : '已重开介绍信');
      }}
      onError={onError}
    >
      <Typography.Paragraph type="secondary">
        {incoming
          ? '登记原党组织重新开具的介绍信；原介绍信作废，保留在介绍信记录中。'
          : `新介绍信今天开具，编号自动生成；原介绍信${transfer.letter ? ` ${transfer.letter.number} ` : ''}作废，保留在介绍信记录中。`}
      </Typography.Paragraph>
      {incoming && (
        <>
          <Form.Item name="number" label="新介绍信编号" rules={[{ required: true, whitespace: true, message: '请填写介绍信编号' }, max(50)]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="issuedOn" label="开具日期" rules={[{ required: true, message: '请选择开具日期' }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={afterToday} />
          </Form.Item>
        </>
      )}
      <ValidDaysField />
      <DuesPaidToField />
      <Form.Item name="reason" label="重开原因" rules={[{ required: true, whitespace: true, message: '请填写重开原因' }, max(200)]}>
        <Input placeholder="如 原介绍信已过期" autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
