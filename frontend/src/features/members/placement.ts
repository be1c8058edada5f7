import type { components } from '../../api/schema';

type OrganizationTreeNode = components['schemas']['OrganizationTreeNode'];

/**
 * Where a member may sit: a 党支部 or 联合党支部 (the roster's rule, MemberCreate.organizationId),
 * optionally in one of its 党小组.
 */
export function isBranch(node: Pick<OrganizationTreeNode, 'type'>): boolean {
  return node.type === 'BRANCH' || node.type === 'JOINT_BRANCH';
}

/** For OrganizationTreeSelect: every node that is not a branch stays visible but cannot be chosen. */
export function notABranch(node: OrganizationTreeNode): boolean {
  return !isBranch(node);
}

/** The node with this id in the tree, or undefined. */
export function findOrganization(roots: OrganizationTreeNode[], id: string): OrganizationTreeNode | undefined {
  for (const node of roots) {
    if (node.id === id) return node;
    const found = findOrganization(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** The active 党小组 of a branch, as select options; none when the branch is unknown. */
export function groupOptions(roots: OrganizationTreeNode[] | undefined, branchId: string | undefined): { value: string; label: string }[] {
  if (!roots || !branchId) return [];
  const branch = findOrganization(roots, branchId);
  return (branch?.children ?? [])
    .filter((child) => child.type === 'PARTY_GROUP' && !child.archived)
    .map((group) => ({ value: group.id, label: group.name }));
}
