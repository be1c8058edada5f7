import { useSession, type Role } from './session';

/**
 * What a page may offer. The server decides (403 otherwise); this only keeps pages from showing
 * actions the user may not take. Mirrors the roles of openapi.yaml (Role).
 */
export type Permission =
  /** Create, edit, move, retype, archive organizations; 换届 and corrections of terms. */
  | 'organizations.write'
  /** Register, edit and move members, their lifecycle actions (转正, 出党…), and 批量导入. */
  | 'members.write'
  /** 发起转接, 登记转入. The moves on a transfer come with it (TransferView.actions: the server decides whose turn it is). */
  | 'transfers.write'
  /** 党费: 核定 (bases, adjustments, recomputation, base import), 交纳, 上缴, 使用, and their 冲销. */
  | 'dues.write'
  /** 三会一课: plan, record (召开情况, attendance), cancel meetings and their attachments. */
  | 'meetings.write'
  /** 账号管理 */
  | 'accounts.manage'
  /** API 令牌 */
  | 'tokens.manage'
  /** 审计日志 */
  | 'audit.read';

const grants: Record<Role, readonly Permission[]> = {
  STREET_ADMIN: ['organizations.write', 'members.write', 'transfers.write', 'dues.write', 'meetings.write', 'accounts.manage', 'tokens.manage', 'audit.read'],
  ORG_ADMIN: ['organizations.write', 'members.write', 'transfers.write', 'dues.write', 'meetings.write', 'tokens.manage'],
  ORG_VIEWER: [],
  AUDITOR: ['audit.read'],
};

export function can(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && grants[role].includes(permission);
}

/** Whether the signed-in user may take the action; false when nobody is signed in. */
export function useCan(permission: Permission): boolean {
  return can(useSession()?.role, permission);
}

/**
 * Whether the signed-in account may see full 身份证号 and phone numbers (an account setting, not a
 * role). Pages offer 显示完整信息 only then, and only on request: the server audits every reveal.
 */
export function useCanRevealSensitive(): boolean {
  return useSession()?.canRevealSensitive ?? false;
}
