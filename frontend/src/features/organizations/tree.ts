import type { components } from '../../api/schema';

export type OrganizationTreeNode = components['schemas']['OrganizationTreeNode'];

/** The result of searching the tree: what to show, what matched, and which nodes to open. */
export interface TreeSearchResult {
  /** The matching nodes with their ancestors; a matching node keeps all its children. */
  nodes: OrganizationTreeNode[];
  /** Ids of the nodes whose name, short name or code contains the query. */
  matchedIds: Set<string>;
  /** Ids of the ancestors of every match, to expand so the matches are visible. */
  expandedIds: string[];
}

/** Whether a node's name, short name or code contains the query (case-insensitive). */
export function nodeMatches(node: OrganizationTreeNode, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (q === '') return false;
  return [node.name, node.shortName, node.code].some((text) => text?.toLowerCase().includes(q));
}

/**
 * Filters the forest to the nodes matching `query` and the paths leading to them. A blank query
 * returns the forest unchanged with no matches and nothing to expand.
 */
export function searchTree(roots: OrganizationTreeNode[], query: string): TreeSearchResult {
  const matchedIds = new Set<string>();
  const expanded = new Set<string>();
  if (query.trim() === '') return { nodes: roots, matchedIds, expandedIds: [] };

  const visit = (node: OrganizationTreeNode, ancestors: string[]): OrganizationTreeNode | null => {
    const matches = nodeMatches(node, query);
    const path = [...ancestors, node.id];
    const children = node.children.flatMap((child) => visit(child, path) ?? []);
    if (matches) {
      matchedIds.add(node.id);
      for (const id of ancestors) expanded.add(id);
      // Keep the whole subtree of a match; descendants that match as well are already recorded.
      return node;
    }
    return children.length > 0 ? { ...node, children } : null;
  };

  const nodes = roots.flatMap((root) => visit(root, []) ?? []);
  return { nodes, matchedIds, expandedIds: [...expanded] };
}

/** Every node of the forest, depth first. */
export function flattenTree(roots: OrganizationTreeNode[]): OrganizationTreeNode[] {
  return roots.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The node with this id, or undefined. */
export function findNode(roots: OrganizationTreeNode[], id: string): OrganizationTreeNode | undefined {
  for (const node of roots) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** Ids of the node and everything below it (a move may not go there: it would make a cycle). */
export function subtreeIds(node: OrganizationTreeNode): Set<string> {
  return new Set(flattenTree([node]).map((n) => n.id));
}

/** Ids of the nodes on the path from a root down to (and excluding) the node with this id; [] if absent. */
export function ancestorIds(roots: OrganizationTreeNode[], id: string): string[] {
  const walk = (nodes: OrganizationTreeNode[]): string[] | undefined => {
    for (const node of nodes) {
      if (node.id === id) return [];
      const below = walk(node.children);
      if (below) return [node.id, ...below];
    }
    return undefined;
  };
  return walk(roots) ?? [];
}
