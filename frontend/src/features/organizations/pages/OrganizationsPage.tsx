import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { Link, Route, Routes, useMatch, useNavigate } from 'react-router-dom';
import { useCan } from '../../../lib/permissions';
import { CreateOrganizationModal } from '../components/CreateOrganizationModal';
import { OrganizationTree } from '../components/OrganizationTree';
import { SubtreeWarningsPanel } from '../components/SubtreeWarningsPanel';
import { OrganizationDetailPage } from './OrganizationDetailPage';

/**
 * 组织设置: the organization tree on the left, and on the right either the street's warnings
 * summary (/organizations) or the selected organization (/organizations/:id).
 */
export function OrganizationsPage() {
  const navigate = useNavigate();
  const selectedId = useMatch('/organizations/:id')?.params.id;
  const [creating, setCreating] = useState(false);
  const canWrite = useCan('organizations.write');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        组织设置
      </Typography.Title>
      <Flex gap={16} align="start" wrap>
        <div style={{ flex: '0 1 360px', minWidth: 300 }}>
          <OrganizationTree
            selectedId={selectedId}
            onSelect={(id) => navigate(`/organizations/${id}`)}
            extra={
              canWrite && (
                <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                  新建组织
                </Button>
              )
            }
          />
        </div>
        <div style={{ flex: '1 1 560px', minWidth: 0 }}>
          <Routes>
            <Route index element={<SubtreeWarningsPanel />} />
            <Route path=":id" element={<OrganizationDetailPage />} />
            <Route
              path="*"
              element={<Result status="404" title="页面不存在" extra={<Link to="/organizations">返回组织架构</Link>} />}
            />
          </Routes>
        </div>
      </Flex>
      {canWrite && (
        <CreateOrganizationModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(organization) => navigate(`/organizations/${organization.id}`)}
        />
      )}
    </Flex>
  );
}
