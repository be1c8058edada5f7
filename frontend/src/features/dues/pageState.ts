import type { components } from '../../api/schema';

type OrganizationTreeNode = components['schemas']['OrganizationTreeNode'];
type OrgType = components['schemas']['OrgType'];

/**
 * The 党费 page's state as it lives in the address (`/dues?tab=…&org=…&year=…&branch=…`), so a view
 * can be bookmarked and shared, and the organization tree questions it asks. Pure.
 */

export const DUES_TABS = ['register', 'arrears', 'standards', 'ledger', 'accounts'] as const;
export type DuesTab = (typeof DUES_TABS)[number];

export interface DuesPageState {
  tab: DuesTab;
  /** The organization (its subtree); undefined: the caller's own. */
  organizationId?: string;
  year: number;
  /** The branch of the register when the organization is not one itself. */
  branchId?: string;
}

const YEAR = /^\d{4}$/;

export function pageStateFromSearchParams(params: URLSearchParams, defaultYear: number): DuesPageState {
  const tab = params.get('tab');
  const year = params.get('year');
  const yearNumber = year && YEAR.test(year) ? Number(year) : NaN;
  return {
    tab: DUES_TABS.includes(tab as DuesTab) ? (tab as DuesTab) : 'register',
    organizationId: params.get('org') || undefined,
    year: yearNumber >= 2000 && yearNumber <= 2100 ? yearNumber : defaultYear,
    branchId: params.get('branch') || undefined,
  };
}

/** The address of a state; defaults are left out (the register of this year for the caller's organization). */
export function searchParamsFromPageState(state: DuesPageState, defaultYear: number): Record<string, string> {
  const out: Record<string, string> = {};
  if (state.tab !== 'register') out.tab = state.tab;
  if (state.organizationId) out.org = state.organizationId;
  if (state.year !== defaultYear) out.year = String(state.year);
  if (state.branchId) out.branch = state.branchId;
  return out;
}

/** The years the year picker offers: the last ten and the next, newest first. */
export function yearChoices(current: number): number[] {
  const years: number[] = [];
  for (let year = current + 1; year >= Math.max(2000, current - 9); year--) years.push(year);
  return years;
}

const BRANCH_TYPES: readonly OrgType[] = ['BRANCH', 'JOINT_BRANCH'];

/** 党支部 and 联合党支部 keep the register (登记表按党支部编制). */
export function isBranch(node: Pick<OrganizationTreeNode, 'type'>): boolean {
  return BRANCH_TYPES.includes(node.type);
}

export function findNode(roots: readonly OrganizationTreeNode[], id: string | undefined): OrganizationTreeNode | undefined {
  if (id === undefined) return undefined;
  for (const node of roots) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** The node and everything below it, in tree order. */
export function subtree(node: OrganizationTreeNode): OrganizationTreeNode[] {
  return [node, ...node.children.flatMap(subtree)];
}

/** The active branches of a subtree (itself included), in tree order. */
export function branchesOf(node: OrganizationTreeNode | undefined): OrganizationTreeNode[] {
  return node ? subtree(node).filter((candidate) => isBranch(candidate) && !candidate.archived) : [];
}

/**
 * The branch whose register to show: the organization itself when it is a branch; else the branch
 * asked for when it lies in the subtree; else the subtree's first branch.
 */
export function registerBranch(organization: OrganizationTreeNode | undefined, asked: string | undefined): OrganizationTreeNode | undefined {
  if (!organization) return undefined;
  if (isBranch(organization)) return organization;
  const branches = branchesOf(organization);
  return branches.find((branch) => branch.id === asked) ?? branches[0];
}
