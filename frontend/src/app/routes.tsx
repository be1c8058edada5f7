import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router-dom';
import { FeatureUnavailable } from '../components/FeatureUnavailable';
import { LoadingState } from '../components/PageState';
import { RequirePermission } from '../components/RequirePermission';
import { HOME_PATH, RequireSession } from '../features/access';
import { AppLayout } from './AppLayout';

/**
 * A page loaded when it is first opened, so the first load carries only the shell: each feature
 * (and what only it uses: ECharts, antd's Table, DatePicker, Form…) comes in its own chunk.
 */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

const LoginPage = page(() => import('../features/access/pages/LoginPage'), 'LoginPage');
const AccountsPage = page(() => import('../features/access/pages/AccountsPage'), 'AccountsPage');
const ApiTokensPage = page(() => import('../features/access/pages/ApiTokensPage'), 'ApiTokensPage');
const AuditLogPage = page(() => import('../features/access/pages/AuditLogPage'), 'AuditLogPage');
const DashboardPage = page(() => import('../features/dashboard/pages/DashboardPage'), 'DashboardPage');
const DuesPage = page(() => import('../features/dues/pages/DuesPage'), 'DuesPage');
const MeetingsPage = page(() => import('../features/meetings/pages/MeetingsPage'), 'MeetingsPage');
const MembersPage = page(() => import('../features/members/pages/MembersPage'), 'MembersPage');
const OrganizationsPage = page(() => import('../features/organizations/pages/OrganizationsPage'), 'OrganizationsPage');
const TransfersPage = page(() => import('../features/transfers/pages/TransfersPage'), 'TransfersPage');

/** A spinner where the page will be while its chunk loads. */
function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState />}>{children}</Suspense>;
}

export const routes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Loading>
        <LoginPage />
      </Loading>
    ),
  },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to={HOME_PATH} replace /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'organizations/*', element: <OrganizationsPage /> },
      { path: 'members/*', element: <MembersPage /> },
      { path: 'transfers/*', element: <TransfersPage /> },
      { path: 'dues', element: <DuesPage /> },
      { path: 'meetings/*', element: <MeetingsPage /> },
      {
        path: 'access/accounts',
        element: (
          <RequirePermission permission="accounts.manage">
            <AccountsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'access/tokens',
        element: (
          <RequirePermission permission="tokens.manage">
            <ApiTokensPage />
          </RequirePermission>
        ),
      },
      {
        path: 'access/audit',
        element: (
          <RequirePermission permission="audit.read">
            <AuditLogPage />
          </RequirePermission>
        ),
      },
      { path: 'access', element: <Navigate to={HOME_PATH} replace /> },
      { path: '*', element: <FeatureUnavailable title="页面不存在" /> },
    ],
  },
];
