import { Alert, Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { formatDate } from '../../../lib/dates';
import { useOverdueReport, useTransferOrganizationTree, type OverdueItem, type OverdueReport } from '../api/transfers';
import { codesOf, overdueKindColors, overdueKindLabels } from '../labels';

/** What each kind asks of whom, under its count. */
const kindHints: Record<OverdueItem['kind'], string> = {
  APPROVAL_OVERDUE: '申请后超过规定天数仍未审批',
  LETTER_EXPIRED: '介绍信过期仍未接收，需重开或退回',
  RECEIPT_MISSING: '转出介绍信的回执逾期未收回',
  AWAY_WITHOUT_TRANSFER: '外出满6个月仍未转接组织关系',
};

/**
 * 超期提醒: counts by kind for the caller's organization (or the one asked for, as 总览 links it) and
 * everything below it, and the items, oldest first.
 */
export function OverduePanel({ organizationId }: { organizationId?: string }) {
  const query = useOverdueReport(organizationId);
  return (
    <Flex vertical gap={16}>
      {organizationId && <OverdueScope organizationId={organizationId} />}
      <QueryState query={query}>{(report) => <OverdueView report={report} />}</QueryState>
    </Flex>
  );
}

type TreeNode = { id: string; name: string; children: TreeNode[] };

function nameIn(nodes: readonly TreeNode[], id: string): string | undefined {
  for (const node of nodes) {
    const found = node.id === id ? node.name : nameIn(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** Which subtree the panel is narrowed to, and the way back to all of the caller's. */
function OverdueScope({ organizationId }: { organizationId: string }) {
  const tree = useTransferOrganizationTree();
  const name = nameIn(tree.data?.roots ?? [], organizationId) ?? '所选组织';
  return <Alert type="info" showIcon title={`只列出${name}及下级组织的超期事项`} action={<Link to="/transfers?tab=overdue">查看全部</Link>} />;
}

function OverdueView({ report }: { report: OverdueReport }) {
  const counts = new Map(report.counts.map((count) => [count.kind, count.count]));
  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        {codesOf(overdueKindLabels).map((kind) => (
          <Col key={kind} xs={24} sm={12} lg={6}>
            <Card size="small">
              <Statistic
                title={overdueKindLabels[kind]}
                value={counts.get(kind) ?? 0}
                suffix={kind === 'AWAY_WITHOUT_TRANSFER' ? '人' : '件'}
                styles={{ content: { color: (counts.get(kind) ?? 0) > 0 ? '#cf1322' : undefined } }}
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {kindHints[kind]}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
      {report.truncated && <Alert type="info" showIcon title={`只列出最早的 ${report.items.length} 项`} />}
      <Table<OverdueItem>
        size="middle"
        rowKey={(item) => `${item.kind}-${item.transferId ?? ''}-${item.memberId ?? ''}`}
        dataSource={report.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState description="没有超期事项" /> }}
        columns={[
          {
            title: '事项',
            key: 'kind',
            width: 170,
            render: (_, item) => <Tag color={overdueKindColors[item.kind]}>{overdueKindLabels[item.kind]}</Tag>,
          },
          {
            title: '党员',
            key: 'member',
            render: (_, item) => (item.memberId ? <Link to={`/members/${item.memberId}`}>{item.memberName}</Link> : item.memberName),
          },
          { title: '应办理的党组织', key: 'organization', render: (_, item) => item.organization.name },
          { title: '应办日期', key: 'since', width: 110, render: (_, item) => formatDate(item.since) },
          { title: '超期', key: 'days', width: 90, align: 'right', render: (_, item) => `${item.days} 天` },
          {
            title: '',
            key: 'open',
            width: 100,
            render: (_, item) =>
              item.transferId ? (
                <Link to={`/transfers/${item.transferId}`}>查看转接</Link>
              ) : item.memberId ? (
                <Link to={`/members/${item.memberId}`}>查看党员</Link>
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}
