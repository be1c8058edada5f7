import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useOrganizationTree } from '../api/organizations';
import type { OrganizationTreeNode } from '../tree';

interface TreeSelectNode {
  value: string;
  title: string;
  disabled: boolean;
  children: TreeSelectNode[];
}

interface ParentTreeSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Nodes that may not be chosen (wrong type, the moved subtree); they stay visible for orientation. */
  isDisabled?: (node: OrganizationTreeNode) => boolean;
  placeholder?: string;
  allowClear?: boolean;
}

/** Picks an active organization from the tree; for a Form.Item (value/onChange). */
export function ParentTreeSelect({ id, value, onChange, isDisabled, placeholder, allowClear }: ParentTreeSelectProps) {
  const query = useOrganizationTree(false);
  const treeData = useMemo(() => toOptions(query.data?.roots ?? [], isDisabled), [query.data, isDisabled]);

  return (
    <TreeSelect<string>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={treeData}
      loading={query.isPending}
      placeholder={query.isError ? '组织树加载失败' : placeholder}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      notFoundContent="暂无可选的组织"
    />
  );
}

function toOptions(nodes: OrganizationTreeNode[], isDisabled?: (node: OrganizationTreeNode) => boolean): TreeSelectNode[] {
  return nodes.map((node) => ({
    value: node.id,
    title: `${node.name}（${node.code}）`,
    disabled: node.archived || (isDisabled?.(node) ?? false),
    children: toOptions(node.children, isDisabled),
  }));
}
