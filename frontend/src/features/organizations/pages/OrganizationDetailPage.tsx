import { App, Breadcrumb, Button, Card, Flex, Tabs, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { QueryState } from '../../../components/PageState';
import { useCan } from '../../../lib/permissions';
import { useSession } from '../../../lib/session';
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
  // Read-only roles (只读用户, 审计员) see the books without the actions that change them.
  const canWrite = useCan('organizations.write');
  // The account's own organization is the top of what it sees: its place in the tree (parent, type,
  // existence) belongs to the level above, and the server refuses to move, retype or archive it.
  const ownOrganizationId = useSession()?.organization.id;
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
              {canWrite && (
                <Flex gap={8} wrap>
                  <Button onClick={() => setDialog('edit')} disabled={org.archived}>
                    编辑
                  </Button>
                  <Button onClick={() => setDialog('create-child')} disabled={org.archived || !canHaveChildren(org.type)}>
                    新建下级组织
                  </Button>
                  <OwnOrganizationTip own={org.id === ownOrganizationId}>
                    <Button
                      onClick={() => setDialog('move')}
                      disabled={org.archived || org.parentId === undefined || org.id === ownOrganizationId}
                    >
                      调整隶属关系
                    </Button>
                  </OwnOrganizationTip>
                  <OwnOrganizationTip own={org.id === ownOrganizationId}>
                    <Button
                      onClick={() => setDialog('change-type')}
                      disabled={org.archived || org.parentId === undefined || org.id === ownOrganizationId}
                    >
                      变更类型
                    </Button>
                  </OwnOrganizationTip>
                  <OwnOrganizationTip own={org.id === ownOrganizationId}>
                    <Button danger onClick={() => setDialog('archive')} disabled={org.archived || org.id === ownOrganizationId}>
                      撤销
                    </Button>
                  </OwnOrganizationTip>
                </Flex>
              )}
            </Flex>
          </Card>
          <Tabs
            activeKey={tab}
            onChange={(key) => setSearchParams(key === 'info' ? {} : { tab: key }, { replace: true })}
            destroyOnHidden
            items={[
              { key: 'info', label: '基本信息', children: <BasicInfoTab organization={org} /> },
              { key: 'warnings', label: '预警', children: <WarningsTab organizationId={org.id} /> },
              {
                key: 'leadership',
                label: '班子',
                children: <LeadershipTab organizationId={org.id} archived={org.archived} canWrite={canWrite} />,
              },
              { key: 'history', label: '沿革', children: <HistoryTab organizationId={org.id} /> },
              { key: 'children', label: `下级组织（${org.childCount}）`, children: <ChildrenTab organizationId={org.id} /> },
            ]}
          />
          {canWrite && (
            <>
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
            </>
          )}
        </Flex>
      )}
    </QueryState>
  );
}

/** Says why an action is off on the account's own organization. */
function OwnOrganizationTip({ own, children }: { own: boolean; children: ReactNode }) {
  if (!own) return <>{children}</>;
  return <Tooltip title="这是本账号所属的组织，其隶属关系、类型和撤销由上级组织办理">{children}</Tooltip>;
}
