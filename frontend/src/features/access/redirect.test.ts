import { describe, expect, it } from 'vitest';
import { loginPath, safeNext } from './redirect';

describe('the login redirect', () => {
  it('returns to the page the user was on', () => {
    expect(loginPath('/organizations/abc?tab=leadership')).toBe('/login?next=%2Forganizations%2Fabc%3Ftab%3Dleadership');
    expect(safeNext('/organizations/abc?tab=leadership')).toBe('/organizations/abc?tab=leadership');
  });

  it('needs no next for the start page', () => {
    expect(loginPath('/')).toBe('/login');
    expect(loginPath(undefined)).toBe('/login');
  });

  it('never sends the user to another site or back to the login page', () => {
    const unsafe = ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'organizations', '/login', '/login?next=/x', '', null];
    for (const next of unsafe) {
      expect(safeNext(next)).toBeUndefined();
    }
  });
});
