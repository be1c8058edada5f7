import type { ApiToken } from './api/access';

/**
 * A token's expiresAt is the start of the day after its last day (Asia/Shanghai), while people chose
 * (and read) the last day: the instant just before expiresAt falls on it.
 */
export function lastDay(expiresAt: string): string {
  return new Date(Date.parse(expiresAt) - 1).toISOString();
}

export type TokenStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

/** Why a token works or not: revoked wins over expired. */
export function tokenStatus(token: Pick<ApiToken, 'active' | 'revokedAt'>): TokenStatus {
  if (token.active) return 'ACTIVE';
  return token.revokedAt ? 'REVOKED' : 'EXPIRED';
}
