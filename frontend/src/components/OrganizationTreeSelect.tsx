import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import type { components } from '../api/schema';

type OrganizationTreeNode = components['schemas']['OrganizationTreeNode'];

interface TreeSelectNode {
  value: string;
  title: string;
  disabled: boolean;
  children: TreeSelectNode[];
}

export interface OrganizationTreeSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The tree to choose from (each feature loads it with its own query). */
  roots: OrganizationTreeNode[] | undefined;
  loading: boolean;
  failed: boolean;
  /** Nodes that may not be chosen; they stay visible for orientation. Archived nodes never can be. */
  isDisabled?: (node: OrganizationTreeNode) => boolean;
  placeholder?: string;
  allowClear?: boolean;
}

/** Picks an active organization from an organization tree; for a Form.Item (value/onChange). */
export function OrganizationTreeSelect({
  id,
  value,
  onChange,
  roots,
  loading,
  failed,
  isDisabled,
  placeholder,
  allowClear,
}: OrganizationTreeSelectProps) {
  const treeData = useMemo(() => toOptions(roots ?? [], isDisabled), [roots, isDisabled]);
  return (
    <TreeSelect<string>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      treeData={treeData}
      loading={loading}
      placeholder={failed ? '组织树加载失败' : placeholder}
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
