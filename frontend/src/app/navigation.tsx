import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  DashboardOutlined,
  KeyOutlined,
  MoneyCollectOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { can, type Permission } from '../lib/permissions';
import type { Role } from '../lib/session';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
  /** Shown only to roles with this permission; everyone signed in sees the rest. */
  permission?: Permission;
}

export interface NavGroup {
  key: string;
  label: string;
  items: NavItem[];
}

/** The left menu, in display order; each path is a top-level route. */
export const navItems: NavItem[] = [
  { path: '/dashboard', label: '总览', icon: <DashboardOutlined /> },
  { path: '/organizations', label: '组织', icon: <ApartmentOutlined /> },
  { path: '/members', label: '党员', icon: <TeamOutlined /> },
  { path: '/transfers', label: '组织关系转接', icon: <SwapOutlined /> },
  { path: '/dues', label: '党费', icon: <MoneyCollectOutlined /> },
  { path: '/meetings', label: '三会一课', icon: <CalendarOutlined /> },
];

/** Groups below the main entries. */
export const navGroups: NavGroup[] = [
  {
    key: 'system',
    label: '系统管理',
    items: [
      { path: '/access/accounts', label: '账号管理', icon: <UserOutlined />, permission: 'accounts.manage' },
      { path: '/access/tokens', label: 'API 令牌', icon: <KeyOutlined />, permission: 'tokens.manage' },
      { path: '/access/audit', label: '审计日志', icon: <AuditOutlined />, permission: 'audit.read' },
    ],
  },
];

/** The menu a role sees: entries it may use, and groups that keep at least one entry. */
export function visibleNavigation(role: Role | undefined): { items: NavItem[]; groups: NavGroup[] } {
  const allowed = (item: NavItem) => item.permission === undefined || can(role, item.permission);
  return {
    items: navItems.filter(allowed),
    groups: navGroups.map((group) => ({ ...group, items: group.items.filter(allowed) })).filter((group) => group.items.length > 0),
  };
}
