import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useOrganizationOptions, type OrganizationTreeNode } from '../api/access';

interface TreeSelectNode {
  value: string;
  title: string;
  children: TreeSelectNode[];
}

interface OrganizationSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
}

/** Picks an active organization of the caller's subtree (GET /organizations/tree); for a Form.Item. */
export function OrganizationSelect({ id, value, onChange, placeholder, allowClear }: OrganizationSelectProps) {
  const query = useOrganizationOptions();
  const treeData = useMemo(() => toOptions(query.data?.roots ?? []), [query.data]);

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

function toOptions(nodes: OrganizationTreeNode[]): TreeSelectNode[] {
  return nodes
    .filter((node) => !node.archived)
    .map((node) => ({ value: node.id, title: `${node.name}（${node.code}）`, children: toOptions(node.children) }));
}
