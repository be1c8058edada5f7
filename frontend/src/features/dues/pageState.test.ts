import { describe, expect, it } from 'vitest';
import type { components } from '../../api/schema';
import { branchesOf, findNode, pageStateFromSearchParams, registerBranch, searchParamsFromPageState, yearChoices } from './pageState';

type Node = components['schemas']['OrganizationTreeNode'];

function node(id: string, type: Node['type'], children: Node[] = [], archived = false): Node {
  return { id, code: id, name: id, type, category: 'COMMUNITY', archived, children };
}

const tree = [
  node('community', 'PARTY_COMMITTEE', [
    node('branch-1', 'BRANCH', [node('group-1', 'PARTY_GROUP')]),
    node('general', 'GENERAL_BRANCH', [node('branch-2', 'JOINT_BRANCH'), node('old', 'BRANCH', [], true)]),
  ]),
];

describe('the address of the 党费 page', () => {
  it('reads tab, organization, year and branch, with defaults for what is missing or wrong', () => {
    expect(pageStateFromSearchParams(new URLSearchParams(''), 2026)).toEqual({
      tab: 'register',
      organizationId: undefined,
      year: 2026,
      branchId: undefined,
    });
    expect(pageStateFromSearchParams(new URLSearchParams('tab=arrears&org=community&year=2025&branch=branch-1'), 2026)).toEqual({
      tab: 'arrears',
      organizationId: 'community',
      year: 2025,
      branchId: 'branch-1',
    });
    expect(pageStateFromSearchParams(new URLSearchParams('tab=nope&year=1999'), 2026)).toMatchObject({ tab: 'register', year: 2026 });
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    expect(searchParamsFromPageState({ tab: 'register', year: 2026 }, 2026)).toEqual({});
    const state = { tab: 'ledger' as const, organizationId: 'community', year: 2025, branchId: undefined };
    const params = searchParamsFromPageState(state, 2026);
    expect(params).toEqual({ tab: 'ledger', org: 'community', year: '2025' });
    expect(pageStateFromSearchParams(new URLSearchParams(params), 2026)).toEqual(state);
  });

  it('offers the last ten years and the next', () => {
    expect(yearChoices(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019, 2018, 2017]);
  });
});

describe('the branch of the register', () => {
  it('is the organization itself when it is a branch', () => {
    expect(registerBranch(findNode(tree, 'branch-2'), 'branch-1')?.id).toBe('branch-2');
  });

  it('is the one asked for below another organization, else the first active branch', () => {
    const community = findNode(tree, 'community');
    expect(branchesOf(community).map((branch) => branch.id)).toEqual(['branch-1', 'branch-2']);
    expect(registerBranch(community, 'branch-2')?.id).toBe('branch-2');
    expect(registerBranch(community, 'elsewhere')?.id).toBe('branch-1');
    expect(registerBranch(findNode(tree, 'group-1'), undefined)).toBeUndefined();
    expect(registerBranch(undefined, 'branch-1')).toBeUndefined();
  });
});
