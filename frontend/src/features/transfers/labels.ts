import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type TransferState = Schemas['TransferState'];
export type TransferScope = Schemas['TransferScope'];
export type TransferMove = Schemas['TransferMove'];
export type TransferParty = Schemas['TransferParty'];
export type OverdueKind = Schemas['OverdueKind'];

/**
 * The labels of the transfers feature's enum codes, in one place. Records make a new code a type
 * error here.
 */

/** 转接状态, in workflow order. */
export const transferStateLabels: Record<TransferState, string> = {
  REQUESTED: '待审批',
  ISSUED: '已开介绍信',
  COMPLETED: '已完成',
  RETURNED: '已退回',
  WITHDRAWN: '已撤回',
};

export const transferStateColors: Record<TransferState, string> = {
  REQUESTED: 'gold',
  ISSUED: 'blue',
  COMPLETED: 'green',
  RETURNED: 'volcano',
  WITHDRAWN: 'default',
};

/** 转接类型 */
export const transferScopeLabels: Record<TransferScope, string> = {
  INTERNAL: '街道内转接',
  OUTGOING: '转出',
  INCOMING: '转入',
};

export const transferScopeColors: Record<TransferScope, string> = {
  INTERNAL: 'geekblue',
  OUTGOING: 'purple',
  INCOMING: 'cyan',
};

/** 办理环节: what a step of the timeline did (REQUEST of an incoming letter reads 登记转入, see {@link moveLabel}). */
export const transferMoveLabels: Record<TransferMove, string> = {
  REQUEST: '申请转接',
  APPROVE: '审批通过',
  ACCEPT: '接收',
  CONFIRM_RECEIPT: '回执已收到',
  RETURN: '退回',
  WITHDRAW: '撤回',
  REISSUE: '重开介绍信',
};

export const transferMoveColors: Record<TransferMove, string> = {
  REQUEST: 'blue',
  APPROVE: 'blue',
  ACCEPT: 'green',
  CONFIRM_RECEIPT: 'green',
  RETURN: 'red',
  WITHDRAW: 'gray',
  REISSUE: 'blue',
};

/** A step's label: an incoming transfer starts by registering the letter, not by a request. */
export function moveLabel(move: TransferMove, scope: TransferScope): string {
  return move === 'REQUEST' && scope === 'INCOMING' ? '登记转入' : transferMoveLabels[move];
}

/** 办理方: whose turn it is. */
export const transferPartyLabels: Record<TransferParty, string> = {
  SOURCE: '转出支部',
  APPROVER: '审批党委',
  RECEIVER: '接收党组织',
};

/** 超期提醒 */
export const overdueKindLabels: Record<OverdueKind, string> = {
  APPROVAL_OVERDUE: '审批超期',
  LETTER_EXPIRED: '介绍信已过期未接收',
  RECEIPT_MISSING: '回执超期未收到',
  AWAY_WITHOUT_TRANSFER: '流出满6个月未转接',
};

export const overdueKindColors: Record<OverdueKind, string> = {
  APPROVAL_OVERDUE: 'orange',
  LETTER_EXPIRED: 'red',
  RECEIPT_MISSING: 'volcano',
  AWAY_WITHOUT_TRANSFER: 'magenta',
};

/** Select options for an enum, in the dictionary's order (or only the given codes). */
export function optionsOf<K extends string>(labels: Record<K, string>, keys?: readonly K[]): { value: K; label: string }[] {
  return (keys ?? (Object.keys(labels) as K[])).map((value) => ({ value, label: labels[value] }));
}

/** The dictionary's codes, in its order (typed). */
export function codesOf<K extends string>(labels: Record<K, string>): K[] {
  return Object.keys(labels) as K[];
}
