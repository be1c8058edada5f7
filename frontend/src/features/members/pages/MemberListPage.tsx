import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState } from '../../../components/PageState';
import { formatDate } from '../../../lib/dates';
import { useCan } from '../../../lib/permissions';
import { useMemberList, useMemberOrganizationTree, type Member } from '../api/members';
import { loadColumns, saveColumns, type MemberColumn } from '../columns';
import { CreateMemberModal } from '../components/MemberFormModals';
import { MemberFilterForm } from '../components/MemberFilterForm';
import { CategoryTags, MemberStatusTag, MobilityText } from '../components/MemberTags';
import { ColumnSettings, ExportMenu } from '../components/ListToolbar';
import {
  columnSortOrder,
  filtersFromSearchParams,
  isFiltered,
  searchParamsFromFilters,
  sortFor,
  type MemberFilters,
  type SortColumn,
} from '../filters';
import { educationLabels, genderLabels, memberSortLabels, registrationLabels } from '../labels';
import { findOrganization, isBranch } from '../placement';

const browserStorage = () => (typeof window === 'undefined' ? undefined : window.localStorage);

/** The list's columns; `sort` names the columns a header click sorts by. */
function columnsFor(visible: readonly MemberColumn[], filters: MemberFilters): TableColumnsType<Member> {
  const sortable = (column: SortColumn, directions: ('ascend' | 'descend')[] = ['ascend', 'descend']) => ({
    sorter: true,
    sortOrder: columnSortOrder(filters.sort, column),
    sortDirections: directions,
  });
  const all: Record<MemberColumn, TableColumnsType<Member>[number]> = {
    name: {
      title: '姓名',
      key: 'name',
      fixed: 'left',
      width: 110,
      ...sortable('name', ['ascend']),
      render: (_, member) => <Link to={`/members/${member.id}`}>{member.name}</Link>,
    },
    gender: { title: '性别', key: 'gender', width: 60, render: (_, member) => genderLabels[member.gender] },
    age: { title: '年龄', key: 'age', width: 80, align: 'right', ...sortable('age'), render: (_, member) => member.age },
    birthDate: { title: '出生日期', key: 'birthDate', width: 120, ...sortable('birthDate'), render: (_, m) => formatDate(m.birthDate) },
    ethnicity: { title: '民族', key: 'ethnicity', width: 80, render: (_, member) => member.ethnicity ?? '—' },
    idNumber: {
      title: '身份证号',
      key: 'idNumber',
      width: 190,
      render: (_, member) => <Typography.Text style={{ fontFamily: 'monospace' }}>{member.idNumber}</Typography.Text>,
    },
    phone: {
      title: '联系电话',
      key: 'phone',
      width: 130,
      render: (_, member) => <Typography.Text style={{ fontFamily: 'monospace' }}>{member.phone ?? '—'}</Typography.Text>,
    },
    education: { title: '学历', key: 'education', width: 100, render: (_, m) => (m.education ? educationLabels[m.education] : '—') },
    organization: { title: '所在党支部', key: 'organization', render: (_, member) => member.organization.name },
    group: { title: '党小组', key: 'group', render: (_, member) => member.group?.name ?? '—' },
    status: { title: '党员状态', key: 'status', width: 110, render: (_, member) => <MemberStatusTag member={member} /> },
    joinedOn: { title: '入党日期', key: 'joinedOn', width: 120, ...sortable('joinedOn'), render: (_, m) => formatDate(m.joinedOn) },
    fullOn: { title: '转正日期', key: 'fullOn', width: 110, render: (_, member) => formatDate(member.fullOn) },
    registration: { title: '党员类别', key: 'registration', width: 150, render: (_, m) => registrationLabels[m.registration] },
    categories: { title: '特殊群体', key: 'categories', render: (_, member) => <CategoryTags categories={member.categories} /> },
    mobility: { title: '流动情况', key: 'mobility', render: (_, member) => <MobilityText member={member} /> },
    workUnit: { title: '工作单位', key: 'workUnit', render: (_, member) => member.workUnit ?? '—' },
    jobTitle: { title: '职务', key: 'jobTitle', render: (_, member) => member.jobTitle ?? '—' },
  };
  return visible.map((column) => all[column]);
}

/** /members — 党员名册: the roster of the caller's subtree, filtered, sorted and paged by the server. */
export function MemberListPage() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const query = useMemberList(filters);
  const tree = useMemberOrganizationTree();
  const canWrite = useCan('members.write');
  const [creating, setCreating] = useState(false);
  const [visible, setVisible] = useState<MemberColumn[]>(() => loadColumns(browserStorage()));

  const apply = (next: MemberFilters) => setSearchParams(searchParamsFromFilters(next));
  const chooseColumns = (columns: MemberColumn[]) => {
    setVisible(columns);
    saveColumns(browserStorage(), columns);
  };
  const onTableChange: TableProps<Member>['onChange'] = (_pagination, _filters, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    apply({ ...filters, sort: sortFor(single?.columnKey?.toString(), single?.order) });
  };
  // A new member goes into the branch the list is narrowed to, when it is one.
  const chosen = filters.organizationId ? findOrganization(tree.data?.roots ?? [], filters.organizationId) : undefined;
  const members = query.data?.pages.flatMap((page) => page.items) ?? [];
  const columns = useMemo(() => columnsFor(visible, filters), [visible, filters]);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }}>
            党员名册
          </Typography.Title>
          <Typography.Text type="secondary">本组织及下级组织的党员。身份证号和联系电话已脱敏显示，点击一行查看详情。</Typography.Text>
        </Flex>
        <Flex gap={8} wrap>
          {canWrite && (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                新增党员
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => navigate('/members/import')}>
                批量导入
              </Button>
            </>
          )}
          <ExportMenu filters={filters} />
          <ColumnSettings value={visible} onChange={chooseColumns} />
        </Flex>
      </Flex>
      <MemberFilterForm filters={filters} onApply={apply} />
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Flex vertical gap={12} align="center">
          <Table<Member>
            style={{ width: '100%' }}
            rowKey="id"
            size="middle"
            loading={query.isPending || (query.isFetching && !query.isFetchingNextPage)}
            columns={columns}
            dataSource={members}
            pagination={false}
            scroll={{ x: 'max-content' }}
            showSorterTooltip={false}
            onChange={onTableChange}
            onRow={(member) => ({ onClick: () => navigate(`/members/${member.id}`), style: { cursor: 'pointer' } })}
            locale={{
              emptyText: query.isPending ? (
                ' '
              ) : isFiltered(filters) ? (
                <EmptyState description="没有符合条件的党员">
                  <Button onClick={() => apply({ statuses: [], sort: filters.sort })}>清除筛选</Button>
                </EmptyState>
              ) : (
                <EmptyState description="名册中还没有党员">
                  {canWrite && (
                    <Flex gap={8} justify="center">
                      <Button type="primary" onClick={() => setCreating(true)}>
                        新增党员
                      </Button>
                      <Button onClick={() => navigate('/members/import')}>批量导入</Button>
                    </Flex>
                  )}
                </EmptyState>
              ),
            }}
          />
          {members.length > 0 && (
            <Typography.Text type="secondary">
              已显示 {members.length} 人（{memberSortLabels[filters.sort ?? 'NAME']}）{query.hasNextPage ? '' : '，已全部加载'}
            </Typography.Text>
          )}
          {query.hasNextPage && (
            <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
              加载更多
            </Button>
          )}
        </Flex>
      )}
      {canWrite && (
        <CreateMemberModal
          open={creating}
          organizationId={chosen && isBranch(chosen) ? chosen.id : undefined}
          onClose={() => setCreating(false)}
          onCreated={(member) => navigate(`/members/${member.id}`)}
        />
      )}
    </Flex>
  );
}
