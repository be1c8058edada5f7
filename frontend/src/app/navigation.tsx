import {
  ApartmentOutlined,
  CalendarOutlined,
  DashboardOutlined,
  MoneyCollectOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export interface NavItem {
  path: string;
  label: string;
  icon: ReactNode;
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
