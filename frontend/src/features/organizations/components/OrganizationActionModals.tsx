import { Alert, App, DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useMemo } from 'react';
import { today, toApiDate } from '../../../lib/dates';
import { optionalText } from '../../../lib/text';
import {
  useArchiveOrganization,
  useChangeOrganizationType,
  useMoveOrganization,
  useOrganizationTree,
  type Organization,
} from '../api/organizations';
import { optionsOf, orgTypeLabels, type OrgType } from '../labels';
import { allowedParentTypes, canSitUnder, typeChangeOptions } from '../rules';
import { findNode, subtreeIds, type OrganizationTreeNode } from '../tree';
import { FormModal } from '../../../components/FormModal';
import { ParentTreeSelect } from './ParentTreeSelect';
import { STALE_MESSAGE, isStale } from './stale';

/** The fields every recorded change (move, type change, archive) carries into the history. */
interface RecordValues {
  effectiveOn: Dayjs;
  documentNumber?: string;
  reason?: string;
}

interface ActionModalProps {
  open: boolean;
  organization: Organization;
  etag: string;
  onClose: () => void;
  reload: () => Promise<unknown>;
}

function useStaleHandler(reload: () => Promise<unknown>) {
  const { message } = App.useApp();
  return async (error: unknown) => {
    if (!isStale(error)) return false;
    message.warning(STALE_MESSAGE);
    await reload();
    return true;
  };
}

function RecordFields({ dateLabel, reasonRequired }: { dateLabel: string; reasonRequired?: boolean }) {
  return (
    <>
      <Form.Item name="effectiveOn" label={dateLabel} rules={[{ required: true, message: `请选择${dateLabel}` }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="documentNumber" label="文号" rules={[{ max: 100, message: '不能超过100个字符' }]}>
        <Input placeholder="如 X街党工〔2026〕12号" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="reason"
        label="原因"
        rules={[
          { required: reasonRequired, whitespace: true, message: '请填写原因' },
          { max: 2000, message: '不能超过2000个字符' },
        ]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </>
  );
}

function recordBody(values: RecordValues) {
  return {
    effectiveOn: toApiDate(values.effectiveOn) as string,
    documentNumber: optionalText(values.documentNumber),
    reason: optionalText(values.reason),
  };
}

/** 调整隶属关系: only parents the type may sit under, never inside its own subtree. */
export function MoveOrganizationModal({ open, organization, etag, onClose, reload }: ActionModalProps) {
  const { message } = App.useApp();
  const move = useMoveOrganization(organization.id);
  const onStale = useStaleHandler(reload);
  const tree = useOrganizationTree(false);
  const ownSubtree = useMemo(() => {
    const self = findNode(tree.data?.roots ?? [], organization.id);
    return self ? subtreeIds(self) : new Set([organization.id]);
  }, [tree.data, organization.id]);
  const notAllowed = useCallback(
    (node: OrganizationTreeNode) =>
      ownSubtree.has(node.id) || node.id === organization.parentId || !canSitUnder(organization.type, node.type),
    [ownSubtree, organization.parentId, organization.type],
  );

  return (
    <FormModal<RecordValues & { parentId: string }>
      open={open}
      title={`调整隶属关系：${organization.name}`}
      onClose={onClose}
      initialValues={{ effectiveOn: today() }}
      onSubmit={async (values) => {
        await move.mutateAsync({ body: { parentId: values.parentId, ...recordBody(values) }, etag });
        message.success('已调整隶属关系');
      }}
      onError={onStale}
    >
      <Typography.Paragraph type="secondary">
        {orgTypeLabels[organization.type]}可设在：
        {allowedParentTypes[organization.type].map((type) => orgTypeLabels[type]).join('、')}
        之下；下级组织随之一并调整。
      </Typography.Paragraph>
      <Form.Item name="parentId" label="新的上级组织" rules={[{ required: true, message: '请选择新的上级组织' }]}>
        <ParentTreeSelect placeholder="请选择" isDisabled={notAllowed} />
      </Form.Item>
      <RecordFields dateLabel="生效日期" />
    </FormModal>
  );
}

interface ChangeTypeProps extends ActionModalProps {
  /** The parent's type (from the ancestors); null for a root. */
  parentType: OrgType | null;
}

/** 变更类型: types that still fit under the parent and above the current children. */
export function ChangeTypeModal({ open, organization, etag, parentType, onClose, reload }: ChangeTypeProps) {
  const { message } = App.useApp();
  const change = useChangeOrganizationType(organization.id);
  const onStale = useStaleHandler(reload);
  const tree = useOrganizationTree(false);
  const childTypes = useMemo(
    () => (findNode(tree.data?.roots ?? [], organization.id)?.children ?? []).map((child) => child.type),
    [tree.data, organization.id],
  );
  const types = typeChangeOptions(organization.type, parentType, childTypes);

  return (
    <FormModal<RecordValues & { type: OrgType }>
      open={open}
      title={`变更类型：${organization.name}`}
      onClose={onClose}
      initialValues={{ effectiveOn: today() }}
      onSubmit={async (values) => {
        await change.mutateAsync({ body: { type: values.type, ...recordBody(values) }, etag });
        message.success('已变更类型');
      }}
      onError={onStale}
    >
      <Typography.Paragraph type="secondary">
        当前类型：{orgTypeLabels[organization.type]}。新类型须能设在上级组织之下，且现有下级组织能设在新类型之下。
      </Typography.Paragraph>
      {types.length === 0 && <Alert type="info" showIcon title="当前没有可变更的类型" style={{ marginBottom: 16 }} />}
      <Form.Item name="type" label="新类型" rules={[{ required: true, message: '请选择新类型' }]}>
        <Select options={optionsOf(orgTypeLabels, types)} placeholder="请选择" disabled={types.length === 0} />
      </Form.Item>
      <RecordFields dateLabel="生效日期" />
    </FormModal>
  );
}

/** 撤销: never a delete; refused by the server while active children remain. */
export function ArchiveOrganizationModal({ open, organization, etag, onClose, reload }: ActionModalProps) {
  const { message } = App.useApp();
  const archive = useArchiveOrganization(organization.id);
  const onStale = useStaleHandler(reload);

  return (
    <FormModal<RecordValues>
      open={open}
      title={`撤销：${organization.name}`}
      okText="确认撤销"
      danger
      onClose={onClose}
      initialValues={{ effectiveOn: today() }}
      onSubmit={async (values) => {
        const body = recordBody(values);
        await archive.mutateAsync({ body: { ...body, reason: body.reason ?? '' }, etag });
        message.success('已撤销');
      }}
      onError={onStale}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          organization.childCount > 0
            ? `该组织下还有 ${organization.childCount} 个下级组织，需先撤销或调整其隶属关系后才能撤销本组织。`
            : '撤销后组织不再出现在组织架构中（可通过“显示已撤销”查看），其记录和沿革将保留。'
        }
      />
      <RecordFields dateLabel="撤销日期" reasonRequired />
    </FormModal>
  );
}
