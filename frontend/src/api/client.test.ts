import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../lib/session';
import { json, problem, sessionFor, stubFetch } from '../test/backend';
import { api } from './client';

afterEach(() => {
  vi.unstubAllGlobals();
});

const ORG = '22222222-2222-4222-8222-222222222222';

describe('the API client and the session', () => {
  it('sends X-CSRF-Token on every write, and not on reads', async () => {
    sessionStore.signedIn(sessionFor('ORG_ADMIN', { csrfToken: 'tok-123' }));
    const seen = stubFetch(() => json(200, {}));

    await api.GET('/api/v1/organizations/{id}', { params: { path: { id: ORG } } });
    await api.POST('/api/v1/organizations/{id}/archive', {
      params: { path: { id: ORG }, header: { 'If-Match': '"1"' } },
      body: { effectiveOn: '2026-01-01', reason: '测试' },
    });
    await api.PUT('/api/v1/accounts/{id}', {
      params: { path: { id: ORG }, header: { 'If-Match': '"1"' } },
      body: { username: 'a', displayName: 'A', role: 'ORG_VIEWER', organizationId: ORG },
    });
    await api.DELETE('/api/v1/session');

    expect(seen.map((r) => [r.method, r.headers.get('X-CSRF-Token')])).toEqual([
      ['GET', null],
      ['POST', 'tok-123'],
      ['PUT', 'tok-123'],
      ['DELETE', 'tok-123'],
    ]);
  });

  it('sends no CSRF header when nobody is signed in (sign-in itself)', async () => {
    const seen = stubFetch(() => json(200, sessionFor('AUDITOR')));

    await api.POST('/api/v1/session', { body: { username: 'auditor', password: 'x' } });

    expect(seen[0]?.headers.get('X-CSRF-Token')).toBeNull();
  });

  it('marks a signed-in session expired on any 401', async () => {
    sessionStore.signedIn(sessionFor('STREET_ADMIN'));
    stubFetch(() => problem(401, '会话已过期或已退出，请重新登录'));

    await api.GET('/api/v1/organizations/tree');

    expect(sessionStore.get()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(sessionStore.csrfToken()).toBeUndefined();
  });

  it('leaves a failed sign-in (401) to the login form', async () => {
    sessionStore.signedOut();
    stubFetch(() => problem(401, '用户名或密码错误'));

    await api.POST('/api/v1/session', { body: { username: 'x', password: 'y' } });

    expect(sessionStore.get()).toEqual({ status: 'signed-out', reason: 'signed-out' });
  });

  it('takes signing out of an already ended session (401) for what it is, not an expiry', async () => {
    sessionStore.signedIn(sessionFor('ORG_VIEWER'));
    stubFetch(() => problem(401, '会话已过期或已退出，请重新登录'));

    await api.DELETE('/api/v1/session');

    expect(sessionStore.get().status).toBe('signed-in');
  });
});
