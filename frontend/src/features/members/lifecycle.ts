import type { components } from '../../api/schema';
import type { LeaveKind, MemberStatus } from './labels';
import { leaveKindLabels, memberStatusLabels } from './labels';

type LifecycleInput = components['schemas']['LifecycleInput'];

/**
 * The lifecycle actions (党章 procedures) and which statuses each may start from: the UI's mirror of
 * the backend's state machine (MemberAction), so pages only offer what the server would accept.
 * The server still decides (409 for a wrong status, 422 for a rule such as "probation not over").
 */
export type LifecycleAction = 'confirm' | 'extend-probation' | 'cancel-probation' | 'leave' | 'record-death' | 'restore';

interface ActionRule {
  /** The button and the modal title. */
  label: string;
  /** Statuses the action may start from. */
  from: readonly MemberStatus[];
  /** 转正 may be decided without a written reason; every other action needs one. */
  reasonRequired: boolean;
  /** What the date means for this action. */
  dateLabel: string;
  /** A red button and a red confirmation: the member leaves the roster. */
  danger: boolean;
}

export const lifecycleRules: Record<LifecycleAction, ActionRule> = {
  confirm: { label: '转正', from: ['PROBATIONARY'], reasonRequired: false, dateLabel: '支部大会通过日期', danger: false },
  'extend-probation': {
    label: '延长预备期',
    from: ['PROBATIONARY'],
    reasonRequired: true,
    dateLabel: '支部大会决定日期',
    danger: false,
  },
  'cancel-probation': {
    label: '取消预备资格',
    from: ['PROBATIONARY'],
    reasonRequired: true,
    dateLabel: '支部大会决定日期',
    danger: true,
  },
  leave: { label: '出党', from: ['PROBATIONARY', 'FULL'], reasonRequired: true, dateLabel: '决定日期', danger: true },
  'record-death': { label: '去世', from: ['PROBATIONARY', 'FULL'], reasonRequired: true, dateLabel: '去世日期', danger: true },
  restore: { label: '恢复党籍', from: ['LEFT'], reasonRequired: true, dateLabel: '决定日期', danger: false },
};

/** In the order the buttons appear. */
export const LIFECYCLE_ACTIONS: readonly LifecycleAction[] = [
  'confirm',
  'extend-probation',
  'cancel-probation',
  'leave',
  'record-death',
  'restore',
];

/** The actions a member's status allows; 延长预备期 only once. */
export function allowedActions(member: { status: MemberStatus; probationExtended: boolean }): LifecycleAction[] {
  return LIFECYCLE_ACTIONS.filter((action) => {
    if (!lifecycleRules[action].from.includes(member.status)) return false;
    return action !== 'extend-probation' || !member.probationExtended;
  });
}

/** Only members on the roster today (预备, 正式) can move to another branch. */
export function canMove(status: MemberStatus): boolean {
  return status === 'PROBATIONARY' || status === 'FULL';
}

/** The longest extension of a probation (党章: at most a year). */
export const MAX_EXTENSION_MONTHS = 12;

/** What the form of a lifecycle action holds, dates already as `YYYY-MM-DD`. */
export interface LifecycleValues {
  effectiveOn: string;
  documentNumber?: string;
  reason?: string;
  months?: number;
  kind?: LeaveKind;
}

/** The request body: blanks absent, `months` only for 延长预备期 and `kind` only for 出党. */
export function lifecycleBody(action: LifecycleAction, values: LifecycleValues): LifecycleInput {
  const text = (value: string | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  return {
    effectiveOn: values.effectiveOn,
    documentNumber: text(values.documentNumber),
    reason: text(values.reason),
    months: action === 'extend-probation' ? values.months : undefined,
    kind: action === 'leave' ? values.kind : undefined,
  };
}

/** The confirmation's text: what will happen to the member, in the words of the books. */
export function consequence(action: LifecycleAction, name: string, values: Pick<LifecycleValues, 'months' | 'kind'>): string {
  switch (action) {
    case 'confirm':
      return `${name}将由${memberStatusLabels.PROBATIONARY}转为${memberStatusLabels.FULL}，转正日期为预备期满之日。`;
    case 'extend-probation':
      return `${name}的预备期将延长 ${values.months ?? '?'} 个月。预备期只能延长一次，延长后不能再次延长。`;
    case 'cancel-probation':
      return `将取消${name}的预备党员资格，其将移出党员名册（记录和档案保留）。`;
    case 'leave':
      return `${name}将以“${values.kind ? leaveKindLabels[values.kind] : '?'}”方式出党，移出党员名册（记录和档案保留，可恢复党籍）。`;
    case 'record-death':
      return `将登记${name}去世，其将移出党员名册（记录和档案保留）。`;
    case 'restore':
      return `将恢复${name}的党籍：恢复为出党前的党员状态，回到其原所在党支部。`;
  }
}
