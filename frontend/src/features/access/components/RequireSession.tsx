import { Flex, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { ErrorState } from '../../../components/PageState';
import { useSessionState } from '../../../lib/session';
import { useSessionLoader } from '../api/access';
import { loginPath } from '../redirect';

/** Why the login page was opened; it shows 登录已过期 for `expired`. */
export interface LoginLocationState {
  expired?: boolean;
}

/**
 * The signed-in part of the app. On load it asks the server for the session (a spinner meanwhile);
 * without one, or once the session expires (any 401), it goes to the login page, which returns here.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const state = useSessionState();
  const location = useLocation();
  const loader = useSessionLoader(state.status === 'unknown');

  if (state.status === 'signed-in') return <>{children}</>;
  if (state.status === 'signed-out') {
    const here = `${location.pathname}${location.search}${location.hash}`;
    const loginState: LoginLocationState = { expired: state.reason === 'expired' };
    return <Navigate to={state.reason === 'signed-out' ? '/login' : loginPath(here)} replace state={loginState} />;
  }
  if (loader.isError) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <ErrorState error={loader.error} onRetry={() => void loader.refetch()} />
      </Flex>
    );
  }
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description="正在验证登录状态…">
        <div style={{ width: 200, minHeight: 48 }} />
      </Spin>
    </Flex>
  );
}
