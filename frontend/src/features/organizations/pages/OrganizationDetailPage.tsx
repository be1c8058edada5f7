import { App, Breadcrumb, Button, Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { QueryState } from '../../../components/PageState';
import { useOrganization, type Organization } from '../api/organizations';
import { BasicInfoTab } from '../components/BasicInfoTab';
import { ChildrenTab } from '../components/ChildrenTab';
import { CreateOrganizationModal } from '../components/CreateOrganizationModal';
import { EditOrganizationModal } from '../components/EditOrganizationModal';
import { HistoryTab } from '../components/HistoryTab';
import { LeadershipTab } from '../components/LeadershipTab';
import { ArchiveOrganizationModal, ChangeTypeModal, MoveOrganizationModal } from '../components/OrganizationActionModals';
import { ArchivedTag, OrgTypeTag } from '../components/OrgTags';
import { WarningsTab } from '../components/WarningsTab';
import { orgCategoryLabels } from '../labels';
import { canHaveChildren } from '../rules';

const TABS = ['info', 'warnings', 'leadership', 'history', 'children'] as const;
type TabKey = (typeof TABS)[number];

/** /organizations/:id — one organization: header, actions and its books as tabs (?tab=…). */
export function OrganizationDetailPage() {
  const { id = '' } = useParams();
  // A fresh instance per organization, so open forms and tab state never leak between them.
  return <OrganizationDetail key={id} id={id} />;
}

type Dialog = 'edit' | 'create-child' | 'move' | 'change-type' | 'archive' | null;

function OrganizationDetail({ id }: { id: string }) {
  const query = useOrganization(id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [searchParams, setSearchParams] = useSearchParams();
  const tabParam = searchParams.get('tab');
  const tab: TabKey = TABS.includes(tabParam as TabKey) ? (tabParam as TabKey) : 'info';

  const reload = async (): Promise<Organization | undefined> => {
    const result = await query.refetch();
    if (result.isError) message.error('重新加载失败，请刷新页面');
    return result.data?.organization;
  };
  const close = () => setDialog(null);

  return (
    <QueryState query={query}>
      {({ organization: org, etag }) => (
        <Flex vertical gap={16}>
          <Breadcrumb
            items={[
              { key: 'root', title: <Link to="/organizations">组织架构</Link> },
              ...(org.ancestors ?? []).map((ancestor) => ({
                key: ancestor.id,
                title: <Link to={`/organizations/${ancestor.id}`}>{ancestor.name}</Link>,
              })),
              { key: org.id, title: org.name },
            ]}
          />
          <Card size="small">
            <Flex justify="space-between" align="start" gap={16} wrap>
              <Flex vertical gap={4}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Title level={4} style={{ margin: 0 }}>
                    {org.name}
                  </Typography.Title>
                  <OrgTypeTag type={org.type} />
                  {org.archived && <ArchivedTag on={org.archivedOn} />}
                </Flex>
                <Typography.Text type="secondary">
                  编码 {org.code} · {orgCategoryLabels[org.category]}
                  {org.shortName ? ` · 简称 ${org.shortName}` : ''} · 党员 {org.memberCounts.total} 人 · 下级组织{' '}
                  {org.childCount} 个
                </Typography.Text>
              </Flex>
              <Flex gap={8} wrap>
                <Button onClick={() => setDialog('edit')} disabled={org.archived}>
                  编辑
                </Button>
                <Button onClick={() => setDialog('create-child')} disabled={org.archived || !canHaveChildren(org.type)}>
                  新建下级组织
                </Button>
                <Button onClick={() => setDialog('move')} disabled={org.archived || org.parentId === undefined}>
                  调整隶属关系
                </Button>
                <Button onClick={() => setDialog('change-type')} disabled={org.archived || org.parentId === undefined}>
                  变更类型
                </Button>
                <Button danger onClick={() => setDialog('archive')} disabled={org.archived}>
                  撤销
                </Button>
              </Flex>
            </Flex>
          </Card>
          <Tabs
            activeKey={tab}
            onChange={(key) => setSearchParams(key === 'info' ? {} : { tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: 'info', label: '基本信息', children: <BasicInfoTab organization={org} /> },
              { key: 'warnings', label: '预警', children: <WarningsTab organizationId={org.id} /> },
              { key: 'leadership', label: '班子', children: <LeadershipTab organizationId={org.id} archived={org.archived} /> },
              { key: 'history', label: '沿革', children: <HistoryTab organizationId={org.id} /> },
              { key: 'children', label: `下级组织（${org.childCount}）`, children: <ChildrenTab organizationId={org.id} /> },
            ]}
          />
          <EditOrganizationModal open={dialog === 'edit'} organization={org} etag={etag} onClose={close} reload={reload} />
          <CreateOrganizationModal
            open={dialog === 'create-child'}
            parentId={org.id}
            onClose={close}
            onCreated={(created) => navigate(`/organizations/${created.id}`)}
          />
          <MoveOrganizationModal open={dialog === 'move'} organization={org} etag={etag} onClose={close} reload={reload} />
          <ChangeTypeModal
            open={dialog === 'change-type'}
            organization={org}
            etag={etag}
            parentType={org.ancestors?.at(-1)?.type ?? null}
            onClose={close}
            reload={reload}
          />
          <ArchiveOrganizationModal open={dialog === 'archive'} organization={org} etag={etag} onClose={close} reload={reload} />
        </Flex>
      )}
    </QueryState>
  );
}
