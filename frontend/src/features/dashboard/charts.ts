import type { EChartsCoreOption } from 'echarts/core';
import type { components } from '../../api/schema';
import { meetingRequirementLabels } from '../meetings';
import { heatStatusColors, heatStatusLabels, type HeatStatus } from './labels';

type Schemas = components['schemas'];
export type MeetingHeatmap = Schemas['DashboardMeetingHeatmap'];
export type HeatmapRow = Schemas['DashboardHeatmapRow'];
export type HeatmapCell = Schemas['DashboardHeatmapCell'];
export type DuesTrend = Schemas['DashboardDuesTrend'];
export type DuesSeries = Schemas['DashboardDuesSeries'];
export type OrgRef = Schemas['OrgRef'];

/**
 * The ECharts options of the 三会一课 heat map and the 党费收缴率 lines, and which organization a
 * click on them means. Pure: the chart component only draws what these build.
 */

/** Text for ECharts' HTML tooltips: organization names are data, not markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A month `2026-11` as the axes write it: 11月. */
export function monthText(month: string): string {
  return `${Number(month.slice(5, 7))}月`;
}

export function heatStatus(cell: Pick<HeatmapCell, 'status'> | undefined): HeatStatus {
  return cell?.status ?? 'NONE';
}

/** A row's name on the axis: its own members and meetings are 本级, apart from its children's. */
export function rowName(row: Pick<HeatmapRow, 'organization' | 'own'>): string {
  return row.own ? `${row.organization.name}（本级）` : row.organization.name;
}

/** The row's key on the category axis (an own row and a child never share one). */
function rowKey(row: Pick<HeatmapRow, 'organization' | 'own'>): string {
  return row.own ? `own:${row.organization.id}` : row.organization.id;
}

/** One cell as the heat map draws it: [month index, row index, required], coloured by its status. */
export interface HeatDatum {
  value: [number, number, number];
  itemStyle: { color: string };
  label: { show: boolean };
}

export function heatmapData(heatmap: Pick<MeetingHeatmap, 'months' | 'rows'>): HeatDatum[] {
  const out: HeatDatum[] = [];
  heatmap.rows.forEach((row, rowIndex) => {
    heatmap.months.forEach((month, monthIndex) => {
      const cell = row.cells.find((c) => c.month === month);
      out.push({
        value: [monthIndex, rowIndex, cell?.required ?? 0],
        itemStyle: { color: heatStatusColors[heatStatus(cell)] },
        label: { show: (cell?.required ?? 0) > 0 },
      });
    });
  });
  return out;
}

/** The tooltip of a cell, as lines of plain text (the chart escapes and joins them). */
export function heatmapTooltipLines(row: HeatmapRow, cell: HeatmapCell | undefined, month: string): string[] {
  const head = `${rowName(row)} · ${month.slice(0, 4)}年${monthText(month)}`;
  if (!cell || cell.status === undefined) return [head, '本月没有到期的规定动作'];
  const lines = [
    head,
    `${heatStatusLabels[heatStatus(cell)]}：已落实 ${cell.met} / 应落实 ${cell.required}`,
    `未落实 ${cell.missing}，待落实 ${cell.open}，召开会议 ${cell.held} 次`,
  ];
  if (cell.missingRequirements.length > 0) {
    lines.push(`未落实：${cell.missingRequirements.map((requirement) => meetingRequirementLabels[requirement]).join('、')}`);
  }
  return lines;
}

/** What the heat map shows, in words (its accessible name). */
export function heatmapSummary(heatmap: Pick<MeetingHeatmap, 'year' | 'rows'>): string {
  const cells = heatmap.rows.flatMap((row) => row.cells);
  const sum = (pick: (cell: HeatmapCell) => number) => cells.reduce((total, cell) => total + pick(cell), 0);
  return `${heatmap.year}年三会一课落实情况热力图：${heatmap.rows.length}行，已落实 ${sum((c) => c.met)} 项，未落实 ${sum((c) => c.missing)} 项，待落实 ${sum((c) => c.open)} 项`;
}

/** Height in pixels for a heat map of so many rows. */
export function heatmapHeight(rows: number): number {
  return Math.max(160, rows * 36 + 72);
}

export function heatmapOption(heatmap: MeetingHeatmap): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      confine: true,
      formatter: (params: { data?: HeatDatum }) => {
        const [monthIndex, rowIndex] = params.data?.value ?? [];
        const row = rowIndex === undefined ? undefined : heatmap.rows[rowIndex];
        const month = monthIndex === undefined ? undefined : heatmap.months[monthIndex];
        if (!row || !month) return '';
        const cell = row.cells.find((c) => c.month === month);
        return heatmapTooltipLines(row, cell, month).map(escapeHtml).join('<br/>');
      },
    },
    xAxis: { type: 'category', data: heatmap.months.map(monthText), splitArea: { show: true }, axisTick: { show: false } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: heatmap.rows.map(rowKey),
      // A click on a row's name drills into it too.
      triggerEvent: true,
      axisLabel: {
        formatter: (key: string) => {
          const row = heatmap.rows.find((r) => rowKey(r) === key);
          return row ? rowName(row) : key;
        },
      },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'heatmap',
        data: heatmapData(heatmap),
        label: {
          // met/required in the cell; empty months stay blank.
          formatter: (params: { data?: HeatDatum }) => {
            const [monthIndex, rowIndex] = params.data?.value ?? [];
            const row = rowIndex === undefined ? undefined : heatmap.rows[rowIndex];
            const cell = row?.cells.find((c) => c.month === heatmap.months[monthIndex ?? -1]);
            return cell && cell.required > 0 ? `${cell.met}/${cell.required}` : '';
          },
          fontSize: 11,
        },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#333', borderWidth: 1 } },
      },
    ],
  };
}

/** What a click on the heat map means: a cell or a row name. */
export interface ChartClick {
  componentType?: string;
  seriesIndex?: number;
  value?: unknown;
  data?: unknown;
}

/** The row a click on the heat map lands on, or undefined (a click elsewhere). */
export function heatmapClickRow(heatmap: Pick<MeetingHeatmap, 'rows'>, click: ChartClick): HeatmapRow | undefined {
  if (click.componentType === 'yAxis' && typeof click.value === 'string') {
    return heatmap.rows.find((row) => rowKey(row) === click.value);
  }
  if (click.componentType === 'series') {
    const value = (click.data as HeatDatum | undefined)?.value;
    return value ? heatmap.rows[value[1]] : undefined;
  }
  return undefined;
}

/** A series' name in the legend: the subtree's total, and the organization's own members (本级), say so. */
export function seriesName(series: Pick<DuesSeries, 'organization' | 'total'>, rootId: string): string {
  if (series.total) return `${series.organization.name}（合计）`;
  return series.organization.id === rootId ? `${series.organization.name}（本级）` : series.organization.name;
}

/** A rate (0–1) as a percentage with one decimal for the chart; null (nothing due) stays a gap in the line. */
export function ratePercent(rate: number | null | undefined): number | null {
  return rate === null || rate === undefined || !Number.isFinite(rate) ? null : Math.round(rate * 1000) / 10;
}

/** What the lines show, in words (its accessible name): the total's rate in the latest month with something due. */
export function duesTrendSummary(trend: DuesTrend): string {
  const total = trend.series.find((series) => series.total);
  const latest = total?.points.filter((point) => ratePercent(point.rate) !== null).at(-1);
  if (!total || !latest) return '党费收缴率折线图：近12个月没有应交党费';
  const month = `${latest.month.slice(0, 4)}年${monthText(latest.month)}`;
  return `党费收缴率折线图：${seriesName(total, trend.organization.id)}${month}收缴率 ${ratePercent(latest.rate)?.toFixed(1)}%，另有 ${trend.series.length - 1} 个组织`;
}

export function duesTrendOption(trend: DuesTrend): EChartsCoreOption {
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0, data: trend.series.map((series) => seriesName(series, trend.organization.id)) },
    tooltip: {
      trigger: 'axis',
      confine: true,
      valueFormatter: (value: unknown) => (typeof value === 'number' ? `${value.toFixed(1)}%` : '无应交'),
    },
    xAxis: { type: 'category', data: trend.months.map((month) => `${month.slice(0, 4)}年${monthText(month)}`), boundaryGap: false },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: trend.series.map((series) => ({
      type: 'line',
      name: seriesName(series, trend.organization.id),
      data: trend.months.map((month) => ratePercent(series.points.find((point) => point.month === month)?.rate)),
      // The subtree's total stands out; the organizations below are thinner.
      lineStyle: { width: series.total ? 3 : 1.5 },
      symbolSize: series.total ? 7 : 5,
      z: series.total ? 3 : 2,
      connectNulls: false,
      triggerLineEvent: true,
      emphasis: { focus: 'series' },
    })),
  };
}

/** The organization below whose line a click lands on; undefined for the total, 本级 or a click elsewhere. */
export function duesTrendDrillTarget(trend: Pick<DuesTrend, 'organization' | 'series'>, click: ChartClick): OrgRef | undefined {
  if (click.componentType !== 'series' || click.seriesIndex === undefined) return undefined;
  const series = trend.series[click.seriesIndex];
  return series && !series.total && series.organization.id !== trend.organization.id ? series.organization : undefined;
}
