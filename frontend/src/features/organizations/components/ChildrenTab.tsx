import { Button, Flex, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../../components/PageState';
import { useChildOrganizations, type Organization } from '../api/organizations';
import { orgCategoryLabels } from '../labels';
import { ArchivedTag, OrgTypeTag } from './OrgTags';

/** 下级组织: direct children as a table, ordered by code, page by page. */
export function ChildrenTab({ organizationId }: { organizationId: string }) {
  const [includeArchived, setIncludeArchived] = useState(false);
  const query = useChildOrganizations(organizationId, includeArchived);
  const rows = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex justify="end">
        <label>
          <Flex gap={6} align="center">
            <Switch size="small" checked={includeArchived} onChange={setIncludeArchived} />
            <Typography.Text>显示已撤销</Typography.Text>
          </Flex>
        </label>
      </Flex>
      <Table<Organization>
        size="small"
        rowKey="id"
        loading={query.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '暂无下级组织' }}
        columns={[
          { title: '党组织编码', dataIndex: 'code', width: 140 },
          {
            title: '名称',
            dataIndex: 'name',
            render: (_, org) => (
              <Flex gap={6} align="center" wrap>
                <Link to={`/organizations/${org.id}`}>{org.name}</Link>
                {org.archived && <ArchivedTag on={org.archivedOn} />}
              </Flex>
            ),
          },
          { title: '类型', dataIndex: 'type', width: 110, render: (_, org) => <OrgTypeTag type={org.type} /> },
          { title: '类别', dataIndex: 'category', width: 130, render: (_, org) => orgCategoryLabels[org.category] },
          { title: '党员数', width: 80, align: 'right', render: (_, org) => org.memberCounts.total },
          { title: '下级组织', dataIndex: 'childCount', width: 90, align: 'right' },
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
