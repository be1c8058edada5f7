import { describe, expect, it } from 'vitest';
import type { components } from '../../api/schema';
import { findOrganization, groupOptions, isBranch } from './placement';

type Node = components['schemas']['OrganizationTreeNode'];

const node = (id: string, type: Node['type'], children: Node[] = [], archived = false): Node => ({
  id,
  code: id.toUpperCase(),
  name: `组织${id}`,
  type,
  category: 'COMMUNITY',
  archived,
  children,
});

const tree: Node[] = [
  node('street', 'STREET_WORKING_COMMITTEE', [
    node('community', 'PARTY_COMMITTEE', [
      node('b1', 'BRANCH', [node('g1', 'PARTY_GROUP'), node('g2', 'PARTY_GROUP', [], true), node('g3', 'PARTY_GROUP')]),
      node('j1', 'JOINT_BRANCH'),
    ]),
  ]),
];

describe('placement', () => {
  it('places members only in 党支部 and 联合党支部', () => {
    expect((['STREET_WORKING_COMMITTEE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'PARTY_GROUP'] as const).filter((type) => isBranch({ type }))).toEqual([
      'BRANCH',
      'JOINT_BRANCH',
    ]);
  });

  it('offers the active 党小组 of the chosen branch', () => {
    expect(groupOptions(tree, 'b1')).toEqual([
      { value: 'g1', label: '组织g1' },
      { value: 'g3', label: '组织g3' },
    ]);
    expect(groupOptions(tree, 'j1')).toEqual([]);
    expect(groupOptions(tree, undefined)).toEqual([]);
    expect(groupOptions(undefined, 'b1')).toEqual([]);
  });

  it('finds an organization anywhere in the tree', () => {
    expect(findOrganization(tree, 'j1')?.type).toBe('JOINT_BRANCH');
    expect(findOrganization(tree, 'nope')).toBeUndefined();
  });
});
