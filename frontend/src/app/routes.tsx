import { Navigate, type RouteObject } from 'react-router-dom';
import { FeatureUnavailable } from '../components/FeatureUnavailable';
import { RequirePermission } from '../components/RequirePermission';
import { AccountsPage, ApiTokensPage, AuditLogPage, LoginPage, RequireSession } from '../features/access';
import { DuesPage } from '../features/dues/pages/DuesPage';
import { MeetingsPage } from '../features/meetings';
import { MembersPage } from '../features/members/pages/MembersPage';
import { OrganizationsPage } from '../features/organizations/pages/OrganizationsPage';
import { TransfersPage } from '../features/transfers/pages/TransfersPage';
import { AppLayout } from './AppLayout';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <Navigate to="/organizations" replace /> },
      { path: 'organizations/*', element: <OrganizationsPage /> },
      { path: 'dashboard', element: <FeatureUnavailable title="总览" /> },
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
      { path: 'access', element: <Navigate to="/organizations" replace /> },
      { path: '*', element: <FeatureUnavailable title="页面不存在" /> },
    ],
  },
];
