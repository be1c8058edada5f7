import { Form, Select } from 'antd';
import { useCallback } from 'react';
import { useCreateOrganization, useOrganizationTree, type Organization } from '../api/organizations';
import { optionsOf, orgTypeLabels, type OrgCategory, type OrgType } from '../labels';
import { allowedChildTypes, canHaveChildren } from '../rules';
import { findNode, type OrganizationTreeNode } from '../tree';
import { FormModal } from '../../../components/FormModal';
import { OrganizationFields, toApiFields, type OrganizationFieldValues } from './OrganizationFields';
import { ParentTreeSelect } from './ParentTreeSelect';

interface CreateValues extends OrganizationFieldValues {
  parentId?: string;
  type?: OrgType;
}

interface CreateOrganizationModalProps {
  open: boolean;
  /** Preselected parent (新建下级组织); none for 新建组织. */
  parentId?: string;
  onClose: () => void;
  onCreated: (organization: Organization) => void;
}

/** 新建组织: parent first, then only the types that may sit under it. */
export function CreateOrganizationModal({ open, parentId, onClose, onCreated }: CreateOrganizationModalProps) {
  const tree = useOrganizationTree(false);
  const create = useCreateOrganization();
  const parentOf = (id: string | undefined) => (id ? findNode(tree.data?.roots ?? [], id) : undefined);
  const initialParent = parentOf(parentId);
  const initialTypes = allowedChildTypes(initialParent?.type ?? null);

  return (
    <FormModal<CreateValues>
      open={open}
      title={initialParent ? `新建下级组织：${initialParent.name}` : '新建组织'}
      width={720}
      onClose={onClose}
      // The defaults (allowed types, the parent's category) come from the tree.
      loading={tree.isPending}
      initialValues={{
        parentId,
        type: initialTypes.length === 1 ? initialTypes[0] : undefined,
        category: defaultCategory(initialParent),
      }}
      onValuesChange={(changed, all, form) => {
        if (!('parentId' in changed)) return;
        // A new parent decides the allowed types and the default category.
        const parent = parentOf(all.parentId);
        const types = allowedChildTypes(parent?.type ?? null);
        const type = all.type && types.includes(all.type) ? all.type : types.length === 1 ? types[0] : undefined;
        form.setFieldsValue({ type, category: defaultCategory(parent) });
      }}
      onSubmit={async (values, { idempotencyKey }) => {
        const created = await create.mutateAsync({
          body: { ...toApiFields(values), type: values.type as OrgType, parentId: values.parentId },
          idempotencyKey,
        });
        onCreated(created);
      }}
    >
      <CreateFields parentOf={parentOf} />
    </FormModal>
  );
}

function defaultCategory(parent: OrganizationTreeNode | undefined): OrgCategory {
  return parent?.category ?? 'STREET';
}

function CreateFields({ parentOf }: { parentOf: (id: string | undefined) => OrganizationTreeNode | undefined }) {
  const form = Form.useFormInstance<CreateValues>();
  const parentId = Form.useWatch('parentId', form);
  const type = Form.useWatch('type', form);
  const types = allowedChildTypes(parentOf(parentId)?.type ?? null);
  // Only organizations that can have children are offered as parents.
  const cannotBeParent = useCallback((node: OrganizationTreeNode) => !canHaveChildren(node.type), []);

  return (
    <>
      <Form.Item
        name="parentId"
        label="上级组织"
        extra={parentId ? undefined : '不选择上级组织时，只能新建街道党工委'}
      >
        <ParentTreeSelect allowClear placeholder="请选择上级组织" isDisabled={cannotBeParent} />
      </Form.Item>
      <Form.Item name="type" label="组织类型" rules={[{ required: true, message: '请选择组织类型' }]}>
        <Select options={optionsOf(orgTypeLabels, types)} placeholder="请先选择上级组织" />
      </Form.Item>
      <OrganizationFields type={type} />
    </>
  );
}
