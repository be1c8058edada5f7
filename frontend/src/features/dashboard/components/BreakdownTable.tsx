import { Card, Flex, Table, Tag, Tooltip, theme } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { formatPercent, yuanText } from '../../../lib/money';
import { useDashboardBreakdown, type DashboardBreakdownRow } from '../api/dashboard';
import { to } from '../links';
import { dashboardPath } from '../pageState';
import { formatPeriod, type Period } from '../period';

/**
 * 下级组织: the figures of each organization directly below (its whole subtree), and 本级 for the
 * organization's own members and meetings. A name drills in; a branch links to its roster and register.
 */
export function BreakdownTable({ organizationId, period }: { organizationId: string | undefined; period: Period }) {
  const breakdown = useDashboardBreakdown(organizationId, formatPeriod(period));
  const { token } = theme.useToken();
  const red = (value: number) => (value > 0 ? { color: token.colorError } : undefined);

  return (
    <Card size="small" title="下级组织">
      <QueryState query={breakdown} isEmpty={(data) => data.rows.length === 0} empty={<EmptyState description="没有下级组织" />}>
        {(data) => (
          <Table<DashboardBreakdownRow>
            size="small"
            rowKey={(row) => `${row.own ? 'own' : 'child'}-${row.organization.id}`}
            dataSource={data.rows}
            pagination={false}
            loading={breakdown.isFetching && breakdown.isPlaceholderData}
            scroll={{ x: 940 }}
            aria-label="下级组织"
            columns={[
              {
                title: '党组织',
                key: 'organization',
                fixed: 'start',
                width: 170,
                render: (_, row) =>
                  row.own ? (
                    <Flex gap={4} align="center">
                      {row.organization.name}
                      <Tag>本级</Tag>
                    </Flex>
                  ) : (
                    <Link to={dashboardPath(row.organization.id, period)}>{row.organization.name}</Link>
                  ),
              },
              {
                title: '党员（预备）',
                key: 'members',
                align: 'right',
                width: 100,
                sorter: (a, b) => a.members - b.members,
                render: (_, row) => `${row.members}（${row.probationary}）`,
              },
              {
                title: '党费收缴率',
                key: 'duesRate',
                align: 'right',
                width: 90,
                sorter: (a, b) => (a.duesRate ?? -1) - (b.duesRate ?? -1),
                render: (_, row) => (
                  <Tooltip title={`实交 ${yuanText(row.duesPaidFen)} / 应交 ${yuanText(row.duesDueFen)}`}>
                    <span>{formatPercent(row.duesRate)}</span>
                  </Tooltip>
                ),
              },
              {
                title: '连续6个月未交党费',
                key: 'duesFlagged',
                align: 'right',
                width: 90,
                render: (_, row) => <span style={red(row.duesFlagged)}>{row.duesFlagged}</span>,
              },
              {
                title: '三会一课落实',
                key: 'meetings',
                align: 'right',
                width: 90,
                render: (_, row) => `${row.meetingsMet} / ${row.meetingsRequired}`,
              },
              {
                title: '未落实',
                key: 'meetingsMissing',
                align: 'right',
                width: 70,
                sorter: (a, b) => a.meetingsMissing - b.meetingsMissing,
                render: (_, row) => <span style={red(row.meetingsMissing)}>{row.meetingsMissing}</span>,
              },
              {
                title: '6个月未参加组织生活',
                key: 'inactive',
                align: 'right',
                width: 80,
                render: (_, row) => <span style={red(row.inactiveMembers)}>{row.inactiveMembers}</span>,
              },
              {
                title: '待整改（紧急）',
                key: 'gaps',
                align: 'right',
                width: 100,
                sorter: (a, b) => a.urgentGaps - b.urgentGaps || a.gaps - b.gaps,
                render: (_, row) => (
                  <span>
                    {row.gaps}（<span style={red(row.urgentGaps)}>{row.urgentGaps}</span>）
                  </span>
                ),
              },
              {
                title: '名册与台账',
                key: 'books',
                width: 150,
                render: (_, row) =>
                  row.hasChildren ? (
                    <Link to={dashboardPath(row.organization.id, period)} aria-label={`查看${row.organization.name}的下级组织`}>
                      查看下级
                    </Link>
                  ) : (
                    <Flex gap={8}>
                      <Link to={to.members(row.organization.id)} aria-label={`${row.organization.name}的党员名册`}>
                        党员名册
                      </Link>
                      <Link to={to.duesRegister(row.organization.id, period.year)} aria-label={`${row.organization.name}的党费登记表`}>
                        党费登记表
                      </Link>
                    </Flex>
                  ),
              },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}
