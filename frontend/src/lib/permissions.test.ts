import { describe, expect, it } from 'vitest';
import { can, type Permission } from './permissions';
import type { Role } from './session';

const permissions: Permission[] = [
  'organizations.write',
  'members.write',
  'transfers.write',
  'dues.write',
  'meetings.write',
  'accounts.manage',
  'tokens.manage',
  'audit.read',
];

function granted(role: Role | undefined): Permission[] {
  return permissions.filter((permission) => can(role, permission));
}

describe('role → permission', () => {
  it('lets 街道管理员 do everything', () => {
    expect(granted('STREET_ADMIN')).toEqual(permissions);
  });

  it('lets 党务工作者 write the books and manage API tokens, not accounts or the audit trail', () => {
    expect(granted('ORG_ADMIN')).toEqual(['organizations.write', 'members.write', 'transfers.write', 'dues.write', 'meetings.write', 'tokens.manage']);
  });

  it('keeps 只读用户 read-only', () => {
    expect(granted('ORG_VIEWER')).toEqual([]);
  });

  it('lets 审计员 read the audit trail and write nothing', () => {
    expect(granted('AUDITOR')).toEqual(['audit.read']);
  });

  it('grants nothing when nobody is signed in', () => {
    expect(granted(undefined)).toEqual([]);
  });
});
