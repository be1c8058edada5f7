import { Select } from 'antd';
import { OrganizationTreeSelect } from '../../../components/OrganizationTreeSelect';
import { useMemberOrganizationTree } from '../api/members';
import { groupOptions, notABranch } from '../placement';

interface PickerProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
}

/** Any active organization of the caller's subtree (the list's "this organization and below" filter). */
export function OrganizationPicker(props: PickerProps) {
  const tree = useMemberOrganizationTree();
  return <OrganizationTreeSelect {...props} roots={tree.data?.roots} loading={tree.isPending} failed={tree.isError} />;
}

/** A 党支部 or 联合党支部: the only places a member may sit; other levels stay visible for orientation. */
export function BranchPicker(props: PickerProps) {
  const tree = useMemberOrganizationTree();
  return (
    <OrganizationTreeSelect
      {...props}
      roots={tree.data?.roots}
      loading={tree.isPending}
      failed={tree.isError}
      isDisabled={notABranch}
    />
  );
}

interface GroupPickerProps extends PickerProps {
  branchId: string | undefined;
  /** The member's current 党小组, named even before the tree has loaded. */
  current?: { id: string; name: string };
}

/** A 党小组 of the given branch (optional); disabled until a branch is chosen, or when it has none. */
export function GroupPicker({ branchId, current, id, value, onChange }: GroupPickerProps) {
  const tree = useMemberOrganizationTree();
  const groups = groupOptions(tree.data?.roots, branchId);
  const options =
    current && !groups.some((group) => group.value === current.id) ? [...groups, { value: current.id, label: current.name }] : groups;
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next ?? undefined)}
      options={options}
      allowClear
      loading={tree.isPending}
      disabled={!branchId || options.length === 0}
      placeholder={!branchId ? '请先选择党支部' : options.length === 0 ? '该支部没有党小组' : '不编入党小组'}
    />
  );
}
