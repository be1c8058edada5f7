import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography, theme } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useSearchParams } from 'react-router-dom';
import { problemMessage } from '../../../api/problem';
import { useSessionState } from '../../../lib/session';
import { SignInError, useSignIn, type SignIn } from '../api/access';
import type { LoginLocationState } from '../components/RequireSession';
import { HOME_PATH, safeNext } from '../redirect';

/** /login — outside the app shell. After signing in it returns to `?next=` (the page the user was on). */
export function LoginPage() {
  const state = useSessionState();
  const [searchParams] = useSearchParams();
  const next = safeNext(searchParams.get('next')) ?? HOME_PATH;

  // Signed in (just now, or already): on to where the user wanted to go.
  if (state.status === 'signed-in') return <Navigate to={next} replace />;
  return <LoginScreen />;
}

function LoginScreen() {
  const { token } = theme.useToken();
  const location = useLocation();
  const expired = (location.state as LoginLocationState | null)?.expired === true;
  const signIn = useSignIn();
  const [error, setError] = useState<string>();
  const [waitSeconds, startWait] = useCountdown();

  const submit = (values: SignIn) => {
    setError(undefined);
    signIn.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onError: (failure) => {
          // 401: 用户名或密码错误; 429: too many failures, with the wait in the text and in Retry-After.
          setError(problemMessage(failure));
          const wait = failure instanceof SignInError ? failure.retryAfterSeconds : undefined;
          startWait(wait ?? 0);
        },
      },
    );
  };

  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16, background: token.colorBgLayout }}>
      <Card style={{ width: 400, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
        <Flex vertical gap={24}>
          <Flex vertical align="center" gap={4}>
            <Typography.Title level={3} style={{ margin: 0 }}>
              branchbook 党建台账
            </Typography.Title>
            <Typography.Text type="secondary">街道党建台账（三册四簿）</Typography.Text>
          </Flex>
          {expired && !error && <Alert type="warning" showIcon title="登录已过期，请重新登录" />}
          {error && <Alert type="error" showIcon title={error} role="alert" />}
          <Form<SignIn> layout="vertical" onFinish={submit} requiredMark={false} disabled={signIn.isPending}>
            <Form.Item name="username" label="用户名" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
            </Form.Item>
            <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={200} />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending} disabled={waitSeconds > 0}>
              {waitSeconds > 0 ? `登录（${formatWait(waitSeconds)} 后可重试）` : '登录'}
            </Button>
          </Form>
        </Flex>
      </Card>
    </Flex>
  );
}

/** A countdown in whole seconds, ticking once a second: [seconds left, start(seconds)]. */
function useCountdown(): [number, (seconds: number) => void] {
  const [clock, setClock] = useState<{ until: number; now: number }>();

  useEffect(() => {
    if (clock === undefined || clock.now >= clock.until) return;
    const timer = setTimeout(() => setClock({ until: clock.until, now: Date.now() }), 1000);
    return () => clearTimeout(timer);
  }, [clock]);

  const start = (seconds: number) => {
    const now = Date.now();
    setClock(seconds > 0 ? { until: now + seconds * 1000, now } : undefined);
  };
  return [clock === undefined ? 0 : Math.max(0, Math.ceil((clock.until - clock.now) / 1000)), start];
}

function formatWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes > 0 ? `${minutes} 分 ${String(rest).padStart(2, '0')} 秒` : `${rest} 秒`;
}
