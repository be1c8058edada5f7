import { Button, Flex, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../../components/PageState';
import { useChildOrganizations, type Organization } from '../api/organizations';
import { archivedFilterLabels, optionsOf, orgCategoryLabels, type ArchivedFilter } from '../labels';
import { ArchivedTag, OrgTypeTag } from './OrgTags';

/** 下级组织: direct children as a table, ordered by code, page by page. */
export function ChildrenTab({ organizationId }: { organizationId: string }) {
  const [archived, setArchived] = useState<ArchivedFilter>('EXCLUDE');
  const query = useChildOrganizations(organizationId, archived);
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="end">
        <Segmented<ArchivedFilter> size="small" value={archived} onChange={setArchived} options={optionsOf(archivedFilterLabels)} />
      </Flex>
      <Table<Organization>
        size="small"
        rowKey="id"
        loading={query.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '暂无下级组织' }}
        columns={[
          {
            title: '名称 / 党组织编码',
            dataIndex: 'name',
            render: (_, org) => (
              <Flex vertical>
                <Flex gap={6} align="center" wrap>
                  <Link to={`/organizations/${org.id}`}>{org.name}</Link>
                  {org.archived && <ArchivedTag on={org.archivedOn} />}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {org.code}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: '类型', dataIndex: 'type', width: 100, render: (_, org) => <OrgTypeTag type={org.type} /> },
          { title: '类别', dataIndex: 'category', width: 110, render: (_, org) => orgCategoryLabels[org.category] },
          { title: '党员数', key: 'members', width: 70, align: 'right', render: (_, org) => org.memberCounts.total },
          { title: '下级组织', dataIndex: 'childCount', width: 80, align: 'right' },
        ]}
      />
      {query.hasNextPage && (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          加载更多
        </Button>
      )}
    </Flex>
  );
}
