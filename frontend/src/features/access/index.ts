// The access feature's public face: what the app shell and other features may use (its pages are routed,
// lazily, by src/app).
export { RequireSession } from './components/RequireSession';
export { AccountMenu } from './components/AccountMenu';
export { roleLabels } from './labels';
export { HOME_PATH } from './redirect';
