import { Card, Col, Flex, Row, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { EmptyState, QueryState } from '../../../components/PageState';
import { useDashboardDuesTrend, useDashboardMeetings, type DashboardDuesTrend, type DashboardMeetingHeatmap } from '../api/dashboard';
import {
  duesTrendDrillTarget,
  duesTrendOption,
  duesTrendSummary,
  heatmapClickRow,
  heatmapHeight,
  heatmapOption,
  heatmapSummary,
  type ChartClick,
} from '../charts';
import { codesOf, heatStatusColors, heatStatusLabels } from '../labels';
import { to } from '../links';
import { dashboardPath } from '../pageState';
import { formatPeriod, type Period } from '../period';
import { EChart } from './EChart';

interface ChartCardProps {
  organizationId: string | undefined;
  period: Period;
}

/** The two charts side by side on a wide screen (the page loads this module, and ECharts, after its figures). */
export function DashboardCharts(props: ChartCardProps) {
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={12}>
        <MeetingHeatmapCard {...props} />
      </Col>
      <Col xs={24} xxl={12}>
        <DuesTrendCard {...props} />
      </Col>
    </Row>
  );
}

/** 三会一课 organization × month for the period's year; a row drills in (本级: its compliance table). */
export function MeetingHeatmapCard({ organizationId, period }: ChartCardProps) {
  const heatmap = useDashboardMeetings(organizationId, formatPeriod(period));
  return (
    <Card size="small" title={`三会一课落实情况（${period.year}年）`} extra={<HeatLegend />}>
      <QueryState
        query={heatmap}
        isEmpty={(data) => data.rows.length === 0}
        empty={<EmptyState description="没有需要召开三会一课的组织" />}
      >
        {(data) => <HeatmapChart heatmap={data} period={period} />}
      </QueryState>
    </Card>
  );
}

function HeatmapChart({ heatmap, period }: { heatmap: DashboardMeetingHeatmap; period: Period }) {
  const navigate = useNavigate();
  const option = useMemo(() => heatmapOption(heatmap), [heatmap]);
  const onClick = useCallback(
    (click: ChartClick) => {
      const row = heatmapClickRow(heatmap, click);
      if (!row) return;
      void navigate(row.own ? to.meetingsCompliance(row.organization.id, heatmap.year) : dashboardPath(row.organization.id, period));
    },
    [heatmap, navigate, period],
  );
  return (
    <Flex vertical gap={4}>
      <EChart option={option} height={heatmapHeight(heatmap.rows.length)} label={heatmapSummary(heatmap)} onClick={onClick} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        格内为已落实/应落实的规定动作数（按期末所在月份计）；点击组织查看下级，点击本级查看合规表。
      </Typography.Text>
    </Flex>
  );
}

function HeatLegend() {
  return (
    <Space size={4} wrap>
      {codesOf(heatStatusLabels).map((status) => (
        <Tag key={status} color={heatStatusColors[status]} style={{ color: status === 'FUTURE' || status === 'NONE' ? 'rgba(0,0,0,0.88)' : undefined }}>
          {heatStatusLabels[status]}
        </Tag>
      ))}
    </Space>
  );
}

/** 党费收缴率 by month: the subtree's total and each organization below; a line drills in. */
export function DuesTrendCard({ organizationId, period }: ChartCardProps) {
  const trend = useDashboardDuesTrend(organizationId, formatPeriod(period));
  return (
    <Card size="small" title="党费收缴率（近12个月）">
      <QueryState query={trend} isEmpty={(data) => data.series.length === 0} empty={<EmptyState description="暂无党费数据" />}>
        {(data) => <DuesTrendChart trend={data} period={period} />}
      </QueryState>
    </Card>
  );
}

function DuesTrendChart({ trend, period }: { trend: DashboardDuesTrend; period: Period }) {
  const navigate = useNavigate();
  const option = useMemo(() => duesTrendOption(trend), [trend]);
  const onClick = useCallback(
    (click: ChartClick) => {
      const below = duesTrendDrillTarget(trend, click);
      if (below) void navigate(dashboardPath(below.id, period));
    },
    [trend, navigate, period],
  );
  return (
    <Flex vertical gap={4}>
      <EChart option={option} height={320} label={duesTrendSummary(trend)} onClick={onClick} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        收缴率 = 当月实交 / 应交；没有应交的月份不画点。点击下级组织的折线查看该组织。
      </Typography.Text>
    </Flex>
  );
}
