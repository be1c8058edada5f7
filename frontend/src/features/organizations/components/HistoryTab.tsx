import { Flex, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { formatDate, formatDateTime } from '../../../lib/dates';
import { useOrganizationHistory, type OrganizationEvent, type OrgRef } from '../api/organizations';
import { orgEventKindColors, orgEventKindLabels, orgTypeLabels } from '../labels';

/** 沿革: creation, moves, type changes, 换届 and archive, newest first. */
export function HistoryTab({ organizationId }: { organizationId: string }) {
  const query = useOrganizationHistory(organizationId);
  return (
    <QueryState query={query} isEmpty={(history) => history.items.length === 0} empty={<EmptyState description="暂无沿革记录" />}>
      {(history) => (
        <Timeline
          style={{ marginTop: 8 }}
          items={history.items.map((event) => ({
            key: event.id,
            color: orgEventKindColors[event.kind],
            content: <EventContent event={event} />,
          }))}
        />
      )}
    </QueryState>
  );
}

function EventContent({ event }: { event: OrganizationEvent }) {
  const facts: [string, ReactNode][] = [];
  if (event.fromParent) facts.push(['原上级组织', <OrgLink key="from" org={event.fromParent} />]);
  if (event.toParent) facts.push([event.kind === 'CREATED' ? '上级组织' : '新上级组织', <OrgLink key="to" org={event.toParent} />]);
  if (event.fromType) facts.push(['原类型', orgTypeLabels[event.fromType]]);
  if (event.toType) facts.push([event.kind === 'CREATED' ? '类型' : '新类型', orgTypeLabels[event.toType]]);
  if (event.documentNumber) facts.push(['文号', event.documentNumber]);
  if (event.reason) facts.push(['原因', <span key="reason" style={{ whiteSpace: 'pre-wrap' }}>{event.reason}</span>]);

  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center">
        <Typography.Text strong>{formatDate(event.effectiveOn)}</Typography.Text>
        <Tag color={orgEventKindColors[event.kind]}>{orgEventKindLabels[event.kind]}</Tag>
      </Flex>
      {facts.map(([label, value]) => (
        <Typography.Text key={label}>
          <Typography.Text type="secondary">{label}：</Typography.Text>
          {value}
        </Typography.Text>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        登记于 {formatDateTime(event.recordedAt)}
      </Typography.Text>
    </Flex>
  );
}

function OrgLink({ org }: { org: OrgRef }) {
  return (
    <Link to={`/organizations/${org.id}`}>
      {org.name}（{orgTypeLabels[org.type]}）
    </Link>
  );
}
