import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Flex, Result, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { OrganizationTreeSelect } from '../../../components/OrganizationTreeSelect';
import { LoadingState, QueryState } from '../../../components/PageState';
import { formatDateTime, today } from '../../../lib/dates';
import { useSession } from '../../../lib/session';
import { dashboardKeys, exportUrl, printUrl, useDashboardOrganizationTree, useDashboardOverview } from '../api/dashboard';
import { BreakdownTable } from '../components/BreakdownTable';
import { GapList } from '../components/GapList';
import { HeadlineCards } from '../components/HeadlineCards';
import { PeriodPicker } from '../components/PeriodPicker';
import { GAPS_ANCHOR } from '../figures';
import { dashboardPath, searchParamsFromState, stateFromSearchParams, type DashboardState } from '../pageState';
import { YEARS_BACK, formatPeriod, periodText, type YearMonth } from '../period';
import { isPartyGroup, pathTo } from '../tree';

// ECharts is the biggest part of the page: the figures and lists show while it loads.
const DashboardCharts = lazy(async () => ({ default: (await import('../components/Charts')).DashboardCharts }));

/** This month in Asia/Shanghai, as the server counts periods. */
function thisMonth(): YearMonth {
  const now = today();
  return { year: now.year(), month: now.month() + 1 };
}

/**
 * /dashboard — 总览: the headline figures of a subtree for a period, what needs fixing, the
 * organizations below (drill-down), 三会一课 by month and the dues collection rate. Everything chosen
 * lives in the address (?org=…&period=…&kind=…); every role reads it, scoped to its own subtree.
 */
export function DashboardPage() {
  const session = useSession();
  const location = useLocation();
  const [searchParams, setSearchParams] = useSearchParams();
  const now = thisMonth();
  const state = useMemo(() => stateFromSearchParams(searchParams, { year: now.year, month: now.month }), [searchParams, now.year, now.month]);
  const tree = useDashboardOrganizationTree();
  const roots = tree.data?.roots;
  const shownId = state.organizationId ?? session?.organization.id;
  const path = pathTo(roots ?? [], shownId);
  const outside = tree.isSuccess && state.organizationId !== undefined && path.length === 0;
  const period = formatPeriod(state.period);

  const go = (next: Partial<DashboardState>) => setSearchParams(searchParamsFromState({ ...state, ...next }));

  // A figure that counts gaps leads to the list below (#gaps): bring it into view.
  useEffect(() => {
    if (location.hash === `#${GAPS_ANCHOR}`) document.getElementById(GAPS_ANCHOR)?.scrollIntoView?.({ block: 'start' });
  }, [location.key, location.hash]);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="end" gap={16} wrap>
        <Flex vertical>
          <Typography.Title level={3} style={{ margin: 0 }}>
            总览
          </Typography.Title>
          <Typography.Text type="secondary">
            {path.at(-1)?.name ?? session?.organization.name} · {periodText(state.period)}
            。党员、组织、转接和待整改为当前情况，党费和三会一课按所选期间统计。
          </Typography.Text>
        </Flex>
        <Flex gap={8} align="center" wrap>
          <PeriodPicker value={state.period} onChange={(next) => go({ period: next })} today={now} />
          <div style={{ width: 280 }}>
            <OrganizationTreeSelect
              id="dashboard-organization"
              value={outside ? undefined : shownId}
              onChange={(id) => id && go({ organizationId: id, kinds: [] })}
              roots={roots}
              loading={tree.isPending}
              failed={tree.isError}
              isDisabled={isPartyGroup}
              placeholder="选择党组织"
            />
          </div>
          <Button icon={<DownloadOutlined />} href={exportUrl(state.organizationId, period)} download disabled={outside}>
            导出 Excel
          </Button>
          <Button icon={<PrinterOutlined />} href={printUrl(state.organizationId, period)} target="_blank" rel="noopener noreferrer" disabled={outside}>
            打印
          </Button>
        </Flex>
      </Flex>
      {path.length > 1 && (
        <Breadcrumb
          items={path.map((node, i) => ({
            key: node.id,
            title: i === path.length - 1 ? node.name : <Link to={dashboardPath(node.id, state.period)}>{node.name}</Link>,
          }))}
        />
      )}
      {state.refusedPeriod !== undefined && (
        <Alert
          type="warning"
          showIcon
          title={`无法查看期间“${state.refusedPeriod}”：总览可查看 ${now.year - YEARS_BACK} 年 1 月以来的月份、季度和年度，已显示${periodText(state.period)}`}
        />
      )}
      {tree.isPending ? (
        <LoadingState />
      ) : outside ? (
        <Result
          status="404"
          title="没有找到该组织"
          subTitle="该组织不存在、已撤销，或不在本账号可查看的范围内。"
          extra={<Link to={dashboardPath(undefined, state.period)}>返回本组织总览</Link>}
        />
      ) : (
        <DashboardSections state={state} period={period} onKindsChange={(kinds) => go({ kinds })} />
      )}
    </Flex>
  );
}

function DashboardSections({
  state,
  period,
  onKindsChange,
}: {
  state: DashboardState;
  period: string;
  onKindsChange: (kinds: DashboardState['kinds']) => void;
}) {
  const overview = useDashboardOverview(state.organizationId, period);
  useRefreshWhenUpToDate(overview.data?.pendingOrganizations);
  const counts = Object.fromEntries((overview.data?.gaps.byKind ?? []).map((count) => [count.kind, count.count]));
  return (
    <Flex vertical gap={16}>
      <QueryState query={overview}>
        {(data) => (
          <Flex vertical gap={12}>
            {data.pendingOrganizations > 0 && (
              <Alert type="info" showIcon title={`正在更新 ${data.pendingOrganizations} 个组织的数据`} description="更新完成后数字会自动刷新。" />
            )}
            <HeadlineCards overview={data} period={state.period} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              数据更新于 {formatDateTime(data.computedAt)}
            </Typography.Text>
          </Flex>
        )}
      </QueryState>
      <GapList organizationId={state.organizationId} period={state.period} kinds={state.kinds} onKindsChange={onKindsChange} counts={counts} />
      <BreakdownTable organizationId={state.organizationId} period={state.period} />
      <Suspense fallback={<LoadingState />}>
        <DashboardCharts organizationId={state.organizationId} period={state.period} />
      </Suspense>
    </Flex>
  );
}

/**
 * While some organizations' figures are being brought up to date the overview asks again every few
 * seconds; once none is pending, everything else on the page is asked again too.
 */
function useRefreshWhenUpToDate(pending: number | undefined) {
  const queryClient = useQueryClient();
  const before = useRef(pending);
  useEffect(() => {
    if ((before.current ?? 0) > 0 && pending === 0) void queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
    before.current = pending;
  }, [pending, queryClient]);
}
