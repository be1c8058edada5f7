// The access feature's public face: what the app shell and other features may use.
export { LoginPage } from './pages/LoginPage';
export { AccountsPage } from './pages/AccountsPage';
export { ApiTokensPage } from './pages/ApiTokensPage';
export { AuditLogPage } from './pages/AuditLogPage';
export { RequireSession } from './components/RequireSession';
export { AccountMenu } from './components/AccountMenu';
export { roleLabels } from './labels';
