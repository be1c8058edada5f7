import { Result } from 'antd';
import { Link, Route, Routes } from 'react-router-dom';
import { TransferDetailPage } from './TransferDetailPage';
import { TransferListPage } from './TransferListPage';

/** 组织关系转接: the lists (/transfers, ?tab=…) and one transfer (/transfers/:id). */
export function TransfersPage() {
  return (
    <Routes>
      <Route index element={<TransferListPage />} />
      <Route path=":id" element={<TransferDetailPage />} />
      <Route path="*" element={<Result status="404" title="页面不存在" extra={<Link to="/transfers">返回组织关系转接</Link>} />} />
    </Routes>
  );
}
