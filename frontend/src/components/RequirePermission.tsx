import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useCan, type Permission } from '../lib/permissions';

/** A page only some roles may use: the page, or a plain 无权访问 for everyone else (the menu does not offer it to them). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const allowed = useCan(permission);
  if (!allowed) return <Result status="403" title="无权访问" subTitle="当前账号的角色不能使用此功能，如需使用请联系街道管理员。" />;
  return <>{children}</>;
}
