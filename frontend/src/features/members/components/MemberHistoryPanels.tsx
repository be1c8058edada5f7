import { Card, Flex, Table, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useMemberHistory, type MemberEvent, type MembershipPeriod } from '../api/members';
import { leaveKindLabels, memberEventKindColors, memberEventKindLabels, memberStatusLabels } from '../labels';

/** 组织关系记录 (from 登记入册 on) and 档案事件 (转正, 出党…), newest first, from one read of the member's history. */
export function MemberHistoryPanels({ memberId }: { memberId: string }) {
  const query = useMemberHistory(memberId);
  return (
    <>
      <Card size="small" title="组织关系记录">
        <QueryState query={query}>{(history) => <MembershipTable periods={history.memberships} />}</QueryState>
      </Card>
      <Card size="small" title="档案事件">
        <QueryState query={query} isEmpty={(history) => history.events.length === 0} empty={<EmptyState description="暂无档案事件" />}>
          {(history) => (
            <Timeline
              style={{ marginTop: 8 }}
              items={history.events.map((event) => ({
                key: event.id,
                color: memberEventKindColors[event.kind],
                content: <EventContent event={event} />,
              }))}
            />
          )}
        </QueryState>
      </Card>
    </>
  );
}

function MembershipTable({ periods }: { periods: MembershipPeriod[] }) {
  return (
    <Table<MembershipPeriod>
      size="small"
      rowKey={(period) => `${period.fromOn}-${period.organization?.id ?? 'outside'}-${period.group?.id ?? ''}-${period.reason}`}
      dataSource={periods}
      pagination={false}
      locale={{ emptyText: '暂无组织关系记录' }}
      columns={[
        {
          title: '党支部',
          key: 'organization',
          render: (_, period) =>
            period.organization ? (
              <Link to={`/organizations/${period.organization.id}`}>{period.organization.name}</Link>
            ) : (
              <Typography.Text type="secondary">本账号管理范围以外的组织</Typography.Text>
            ),
        },
        { title: '党小组', key: 'group', render: (_, period) => period.group?.name ?? '—' },
        { title: '起', dataIndex: 'fromOn', width: 110, render: (value: string) => formatDate(value) },
        {
          title: '止',
          dataIndex: 'toOn',
          width: 110,
          render: (value: string | undefined) => (value ? formatDate(value) : <Tag color="green">至今</Tag>),
        },
        { title: '原因', dataIndex: 'reason' },
      ]}
    />
  );
}

function EventContent({ event }: { event: MemberEvent }) {
  const facts: [string, ReactNode][] = [];
  if (event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus) {
    facts.push(['党员状态', `${memberStatusLabels[event.fromStatus]} → ${memberStatusLabels[event.toStatus]}`]);
  }
  if (event.leftKind) facts.push(['出党方式', leaveKindLabels[event.leftKind]]);
  if (event.months !== undefined) facts.push(['延长', `${event.months} 个月`]);
  if (event.documentNumber) facts.push(['文号', event.documentNumber]);
  if (event.reason) facts.push(['原因', <span key="reason" style={{ whiteSpace: 'pre-wrap' }}>{event.reason}</span>]);

  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center">
        <Typography.Text strong>{formatDate(event.effectiveOn)}</Typography.Text>
        <Tag color={memberEventKindColors[event.kind]}>{memberEventKindLabels[event.kind]}</Tag>
      </Flex>
      {facts.map(([label, value]) => (
        <Typography.Text key={label}>
          <Typography.Text type="secondary">{label}：</Typography.Text>
          {value}
        </Typography.Text>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        登记于 {formatDateTime(event.recordedAt)}
        {event.recordedBy ? `（${event.recordedBy}）` : ''}
      </Typography.Text>
    </Flex>
  );
}
