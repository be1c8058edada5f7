import { Result } from 'antd';
import { Link, Route, Routes } from 'react-router-dom';
import { RequirePermission } from '../../../components/RequirePermission';
import { MemberDetailPage } from './MemberDetailPage';
import { MemberImportPage } from './MemberImportPage';
import { MemberListPage } from './MemberListPage';

/** 党员: the roster (/members), the import (/members/import) and one member (/members/:id). */
export function MembersPage() {
  return (
    <Routes>
      <Route index element={<MemberListPage />} />
      <Route
        path="import"
        element={
          <RequirePermission permission="members.write">
            <MemberImportPage />
          </RequirePermission>
        }
      />
      <Route path=":id" element={<MemberDetailPage />} />
      <Route path="*" element={<Result status="404" title="页面不存在" extra={<Link to="/members">返回党员名册</Link>} />} />
    </Routes>
  );
}
