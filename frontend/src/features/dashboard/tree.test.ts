import { describe, expect, it } from 'vitest';
import type { components } from '../../api/schema';
import { isPartyGroup, pathTo } from './tree';

type Node = components['schemas']['OrganizationTreeNode'];

const node = (id: string, name: string, type: Node['type'], children: Node[] = []): Node => ({
  id,
  code: id,
  name,
  type,
  category: 'COMMUNITY',
  archived: false,
  children,
});

const roots = [
  node('street', '幸福街道党工委', 'STREET_WORKING_COMMITTEE', [
    node('xfl', '幸福里社区党委', 'PARTY_COMMITTEE', [node('xfl1', '幸福里社区第一党支部', 'BRANCH', [node('g1', '第一党小组', 'PARTY_GROUP')])]),
    node('czy', '翠竹园社区党总支', 'GENERAL_BRANCH'),
  ]),
];

describe('the drill path', () => {
  it('runs from the top of what the account sees down to the organization', () => {
    expect(pathTo(roots, 'xfl1').map((n) => n.name)).toEqual(['幸福街道党工委', '幸福里社区党委', '幸福里社区第一党支部']);
    expect(pathTo(roots, 'street').map((n) => n.id)).toEqual(['street']);
    expect(pathTo(roots, 'czy').map((n) => n.id)).toEqual(['street', 'czy']);
  });

  it('is empty for an organization outside the tree', () => {
    expect(pathTo(roots, 'elsewhere')).toEqual([]);
    expect(pathTo(roots, undefined)).toEqual([]);
    expect(pathTo([], 'xfl')).toEqual([]);
  });

  it('knows the party groups (no figures of their own)', () => {
    expect(isPartyGroup({ type: 'PARTY_GROUP' })).toBe(true);
    expect(isPartyGroup({ type: 'BRANCH' })).toBe(false);
  });
});
