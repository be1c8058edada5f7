import { describe, expect, it } from 'vitest';
import { ancestorIds, findNode, flattenTree, nodeMatches, searchTree, subtreeIds, type OrganizationTreeNode } from './tree';

function node(id: string, name: string, type: OrganizationTreeNode['type'], children: OrganizationTreeNode[] = [], extra: Partial<OrganizationTreeNode> = {}): OrganizationTreeNode {
  return { id, code: id.toUpperCase(), name, type, category: 'COMMUNITY', archived: false, children, ...extra };
}

// 街道 ─┬ 幸福里社区党委 ─┬ 第一党支部 ─ 第一党小组
//       │                └ 第二党支部
//       └ 阳光社区党委 ── 阳光第一党支部
const roots = [
  node('st', '城关街道党工委', 'STREET_WORKING_COMMITTEE', [
    node('c1', '幸福里社区党委', 'PARTY_COMMITTEE', [
      node('b1', '幸福里第一党支部', 'BRANCH', [node('g1', '第一党小组', 'PARTY_GROUP')]),
      node('b2', '幸福里第二党支部', 'BRANCH', [], { shortName: '二支部' }),
    ]),
    node('c2', '阳光社区党委', 'PARTY_COMMITTEE', [node('b3', '阳光第一党支部', 'BRANCH')]),
  ]),
];

const ids = (nodes: OrganizationTreeNode[]) => flattenTree(nodes).map((n) => n.id);

describe('searchTree', () => {
  it('returns the forest unchanged for a blank query', () => {
    for (const query of ['', '   ']) {
      const result = searchTree(roots, query);
      expect(result.nodes).toBe(roots);
      expect(result.matchedIds.size).toBe(0);
      expect(result.expandedIds).toEqual([]);
    }
  });

  it('keeps a match with the path to it and opens that path', () => {
    const result = searchTree(roots, '阳光第一');
    expect(ids(result.nodes)).toEqual(['st', 'c2', 'b3']);
    expect([...result.matchedIds]).toEqual(['b3']);
    expect(result.expandedIds.sort()).toEqual(['c2', 'st']);
  });

  it('keeps the whole subtree of a matching node', () => {
    const result = searchTree(roots, '幸福里社区');
    expect(ids(result.nodes)).toEqual(['st', 'c1', 'b1', 'g1', 'b2']);
    expect([...result.matchedIds]).toEqual(['c1']);
    expect(result.expandedIds).toEqual(['st']);
  });

  it('finds every match, nested ones too, and opens all their ancestors', () => {
    const result = searchTree(roots, '第一');
    expect([...result.matchedIds].sort()).toEqual(['b1', 'b3', 'g1']);
    expect(ids(result.nodes)).toEqual(['st', 'c1', 'b1', 'g1', 'c2', 'b3']);
    expect(result.expandedIds.sort()).toEqual(['b1', 'c1', 'c2', 'st']);
  });

  it('matches the code and the short name, ignoring case and surrounding blanks', () => {
    expect([...searchTree(roots, ' b2 ').matchedIds]).toEqual(['b2']);
    expect([...searchTree(roots, '二支部').matchedIds]).toEqual(['b2']);
  });

  it('returns nothing when nothing matches', () => {
    const result = searchTree(roots, '不存在');
    expect(result.nodes).toEqual([]);
    expect(result.expandedIds).toEqual([]);
  });

  it('does not modify the input forest', () => {
    const before = JSON.stringify(roots);
    searchTree(roots, '阳光');
    expect(JSON.stringify(roots)).toBe(before);
  });
});

describe('tree helpers', () => {
  it('nodeMatches is false for a blank query', () => {
    expect(nodeMatches(roots[0] as OrganizationTreeNode, ' ')).toBe(false);
  });

  it('finds nodes, their ancestors and their subtrees', () => {
    expect(findNode(roots, 'g1')?.name).toBe('第一党小组');
    expect(findNode(roots, 'nope')).toBeUndefined();
    expect(ancestorIds(roots, 'g1')).toEqual(['st', 'c1', 'b1']);
    expect(ancestorIds(roots, 'st')).toEqual([]);
    expect(ancestorIds(roots, 'nope')).toEqual([]);
    expect([...subtreeIds(findNode(roots, 'c1') as OrganizationTreeNode)]).toEqual(['c1', 'b1', 'g1', 'b2']);
  });
});
