import type { components } from '../../api/schema';

type OrganizationTreeNode = components['schemas']['OrganizationTreeNode'];

/**
 * The caller's organization tree, as the dashboard asks it: the path from the top of what the
 * account sees down to an organization (the breadcrumb 街道 → 社区 → 支部). Pure.
 */

/** The nodes from a root down to the organization, both included; empty when it is not in the tree. */
export function pathTo(roots: readonly OrganizationTreeNode[], id: string | undefined): OrganizationTreeNode[] {
  if (id === undefined) return [];
  for (const node of roots) {
    if (node.id === id) return [node];
    const below = pathTo(node.children, id);
    if (below.length > 0) return [node, ...below];
  }
  return [];
}

/** 党小组 have no figures of their own on the dashboard (they belong to their branch). */
export function isPartyGroup(node: Pick<OrganizationTreeNode, 'type'>): boolean {
  return node.type === 'PARTY_GROUP';
}
