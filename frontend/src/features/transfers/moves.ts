import type { components } from '../../api/schema';
import { transferMoveLabels, type TransferMove, type TransferScope, type TransferState } from './labels';

type TransferView = components['schemas']['TransferView'];

/**
 * The moves a page offers on a transfer. Which ones is the server's decision (TransferView.actions:
 * allowed in this state, and the caller writes for the side whose turn it is); this only says how
 * each looks and what the confirmation tells.
 */
export type ActionMove = Exclude<TransferMove, 'REQUEST'>;

interface MoveLook {
  /** The button and the modal title. */
  label: string;
  /** The forward move of the side whose turn it is. */
  primary: boolean;
  /** Ends the transfer without it happening. */
  danger: boolean;
}

export const moveLooks: Record<ActionMove, MoveLook> = {
  APPROVE: { label: transferMoveLabels.APPROVE, primary: true, danger: false },
  ACCEPT: { label: transferMoveLabels.ACCEPT, primary: true, danger: false },
  CONFIRM_RECEIPT: { label: transferMoveLabels.CONFIRM_RECEIPT, primary: true, danger: false },
  RETURN: { label: transferMoveLabels.RETURN, primary: false, danger: true },
  WITHDRAW: { label: transferMoveLabels.WITHDRAW, primary: false, danger: true },
  REISSUE: { label: transferMoveLabels.REISSUE, primary: false, danger: false },
};

/** In the order the buttons appear: the forward move first. */
export const ACTION_ORDER: readonly ActionMove[] = ['APPROVE', 'ACCEPT', 'CONFIRM_RECEIPT', 'REISSUE', 'RETURN', 'WITHDRAW'];

/** The moves of `actions` a page shows as buttons, in {@link ACTION_ORDER}; REQUEST (and any unknown code) never. */
export function actionButtons(actions: readonly TransferMove[]): ActionMove[] {
  return ACTION_ORDER.filter((move) => actions.includes(move));
}

/** An OUTGOING member is off the roster while the letter is out (已转出). */
function memberOffRoster(scope: TransferScope, state: TransferState): boolean {
  return scope === 'OUTGOING' && state === 'ISSUED';
}

/**
 * The confirmation a move asks for, or null when the form itself is enough (a letter can be reissued,
 * an INTERNAL or INCOMING approval only issues the letter). Moves that close the transfer or change
 * the roster ask once more, saying what will happen.
 */
export function confirmationOf(
  move: ActionMove,
  transfer: Pick<TransferView, 'scope' | 'state' | 'member'>,
  place?: string,
): { title: string; content: string; okText: string } | null {
  const name = transfer.member.name;
  switch (move) {
    case 'APPROVE':
      if (transfer.scope !== 'OUTGOING') return null;
      return {
        title: '确认审批通过？',
        content: `将开具介绍信；${name}随即移出党员名册（状态“已转出”），收到回执后办结。介绍信被退回或撤回时恢复到原支部。`,
        okText: '确认审批通过',
      };
    case 'ACCEPT':
      return {
        title: '确认接收？',
        content:
          transfer.scope === 'INCOMING'
            ? `${name}将登记入册，编入${place ?? '所选支部'}，转接办结。`
            : `${name}的组织关系将转入${place ?? '所选支部'}，原支部的组织关系同日结束，转接办结。`,
        okText: '确认接收',
      };
    case 'CONFIRM_RECEIPT':
      return { title: '确认回执已收到？', content: `${name}的组织关系转出办结（已完成），此后不能再退回或撤回。`, okText: '确认办结' };
    case 'RETURN':
      return {
        title: '确认退回？',
        content: memberOffRoster(transfer.scope, transfer.state)
          ? `介绍信被退回：转接结束，${name}恢复到原支部的党员名册。`
          : `转接将结束（已退回），退回原因记入办理记录；如需转接须重新办理。`,
        okText: '确认退回',
      };
    case 'WITHDRAW':
      return {
        title: '确认撤回？',
        content: memberOffRoster(transfer.scope, transfer.state)
          ? `转接将结束（已撤回），${name}恢复到原支部的党员名册。`
          : `转接将结束（已撤回），撤回原因记入办理记录；如需转接须重新办理。`,
        okText: '确认撤回',
      };
    case 'REISSUE':
      return null;
  }
}

/** What 发起转接 needs to know of a member (a Member of the members feature has all of it). */
export interface TransferableMember {
  id: string;
  name: string;
  status: components['schemas']['MemberStatus'];
  registration: components['schemas']['Registration'];
  organization: { name: string };
}

/**
 * Whether a member's 组织关系 can be transferred from here: on the roster (预备, 正式) and registered
 * here (在册; 在职党员到社区报到 are transferred by the organization that holds their 组织关系).
 */
export function canRequestTransfer(member: Pick<TransferableMember, 'status' | 'registration'>): boolean {
  return (member.status === 'PROBATIONARY' || member.status === 'FULL') && member.registration === 'REGISTERED';
}

/** The member's transfer under way (待审批 or 已开介绍信), if any: a member has at most one. */
export function openTransferOf<T extends Pick<TransferView, 'state'>>(transfers: readonly T[]): T | undefined {
  return transfers.find((transfer) => transfer.state === 'REQUESTED' || transfer.state === 'ISSUED');
}
