import { Alert, Button, Card, Flex, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { formatDate } from '../../../lib/dates';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session';
import { GAP_LIMIT, GAP_LIMIT_MAX, useDashboardGaps, type DashboardGap } from '../api/dashboard';
import { GAPS_ANCHOR } from '../figures';
import { codesOf, gapKindLabels, gapSeverityColors, gapSeverityLabels, type GapKind } from '../labels';
import { gapAction } from '../links';
import { dashboardPath } from '../pageState';
import type { Period } from '../period';

interface GapListProps {
  organizationId: string | undefined;
  period: Period;
  kinds: GapKind[];
  onKindsChange: (kinds: GapKind[]) => void;
  /** How many gaps of each kind the subtree has (the filter's counts). */
  counts: Partial<Record<GapKind, number>>;
}

function gapKey(gap: DashboardGap): string {
  return [gap.kind, gap.organization.id, gap.code, gap.transferId, gap.memberId].join('|');
}

/** 待整改: one list, most urgent first, each with the place it is fixed; filtered by kind. */
export function GapList({ organizationId, period, kinds, onKindsChange, counts }: GapListProps) {
  const [limit, setLimit] = useState(GAP_LIMIT);
  const gaps = useDashboardGaps(organizationId, kinds, limit);
  const role = useSession()?.role;

  return (
    <Card
      id={GAPS_ANCHOR}
      size="small"
      title="待整改事项"
      extra={
        <Select<GapKind[]>
          mode="multiple"
          aria-label="按类别筛选"
          placeholder="全部类别"
          allowClear
          value={kinds}
          onChange={onKindsChange}
          style={{ minWidth: 240, maxWidth: 520 }}
          maxTagCount="responsive"
          options={codesOf(gapKindLabels).map((kind) => ({ value: kind, label: `${gapKindLabels[kind]}（${counts[kind] ?? 0}）` }))}
        />
      }
    >
      <QueryState
        query={gaps}
        isEmpty={(list) => list.items.length === 0}
        empty={<EmptyState description={kinds.length > 0 ? '没有所选类别的待整改事项' : '没有待整改事项'} />}
      >
        {(list) => (
          <Flex vertical gap={8}>
            <Typography.Text>
              共 {list.total} 项{list.truncated ? `，按紧急程度列出前 ${list.items.length} 项` : ''}
            </Typography.Text>
            {list.truncated && (
              <Alert
                type="info"
                showIcon
                title="列表只显示最紧急的事项，导出 Excel 包含全部待整改事项"
                action={
                  limit < GAP_LIMIT_MAX && (
                    <Button size="small" onClick={() => setLimit(GAP_LIMIT_MAX)}>
                      显示更多
                    </Button>
                  )
                }
              />
            )}
            <Table<DashboardGap>
              size="small"
              rowKey={gapKey}
              dataSource={list.items}
              pagination={list.items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              loading={gaps.isFetching && gaps.isPlaceholderData}
              tableLayout="fixed"
              aria-label="待整改事项"
              columns={[
                {
                  title: '紧急程度',
                  key: 'severity',
                  width: 100,
                  render: (_, gap) => <Tag color={gapSeverityColors[gap.severity]}>{gapSeverityLabels[gap.severity]}</Tag>,
                },
                {
                  title: '党组织',
                  key: 'organization',
                  width: 200,
                  render: (_, gap) => <Link to={dashboardPath(gap.organization.id, period)}>{gap.organization.name}</Link>,
                },
                {
                  title: '事项',
                  key: 'what',
                  render: (_, gap) => (
                    <Flex vertical>
                      <Typography.Text strong>{gapKindLabels[gap.kind]}</Typography.Text>
                      <Typography.Text type="secondary">{gap.detail}</Typography.Text>
                    </Flex>
                  ),
                },
                { title: '起始日期', key: 'since', width: 110, render: (_, gap) => formatDate(gap.since) },
                {
                  title: '整改',
                  key: 'action',
                  width: 90,
                  render: (_, gap) => {
                    const action = gapAction(gap);
                    // Who may not fix it still sees where it is.
                    return <Link to={action.to}>{can(role, action.permission) ? action.label : '查看'}</Link>;
                  },
                },
              ]}
            />
          </Flex>
        )}
      </QueryState>
    </Card>
  );
}
