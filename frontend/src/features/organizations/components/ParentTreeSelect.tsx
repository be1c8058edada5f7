import { OrganizationTreeSelect } from '../../../components/OrganizationTreeSelect';
import { useOrganizationTree } from '../api/organizations';
import type { OrganizationTreeNode } from '../tree';

interface ParentTreeSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Nodes that may not be chosen (wrong type, the moved subtree); they stay visible for orientation. */
  isDisabled?: (node: OrganizationTreeNode) => boolean;
  placeholder?: string;
  allowClear?: boolean;
}

/** Picks an active organization from the tree as a parent; for a Form.Item (value/onChange). */
export function ParentTreeSelect(props: ParentTreeSelectProps) {
  const query = useOrganizationTree(false);
  return <OrganizationTreeSelect {...props} roots={query.data?.roots} loading={query.isPending} failed={query.isError} />;
}
