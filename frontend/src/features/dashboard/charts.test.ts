import { describe, expect, it } from 'vitest';
import {
  duesTrendDrillTarget,
  duesTrendOption,
  duesTrendSummary,
  escapeHtml,
  heatmapClickRow,
  heatmapData,
  heatmapOption,
  heatmapSummary,
  heatmapTooltipLines,
  heatStatus,
  ratePercent,
  rowName,
  seriesName,
} from './charts';
import { heatStatusColors } from './labels';
import { duesTrend, heatmap, STREET, XFL, XFL1 } from './testData';

describe('the 三会一课 heat map', () => {
  it('colours each cell by its status: green met, amber open, red missing, grey not due or nothing', () => {
    expect(heatStatus({ status: 'MET' })).toBe('MET');
    expect(heatStatus({})).toBe('NONE');
    expect(heatStatus(undefined)).toBe('NONE');
    expect(heatStatusColors.MET).toBe('#52c41a');
    expect(heatStatusColors.MISSING).toBe('#f5222d');

    const data = heatmapData(heatmap);
    expect(data).toHaveLength(2 * 12);
    const at = (row: number, month: number) => data[row * 12 + month];
    expect(at(0, 0)).toEqual({ value: [0, 0, 2], itemStyle: { color: heatStatusColors.MISSING }, label: { show: true } });
    expect(at(0, 1)?.itemStyle.color).toBe(heatStatusColors.MET);
    expect(at(0, 2)).toEqual({ value: [2, 0, 0], itemStyle: { color: heatStatusColors.NONE }, label: { show: false } });
    expect(at(1, 10)?.itemStyle.color).toBe(heatStatusColors.OPEN);
    expect(at(1, 11)?.itemStyle.color).toBe(heatStatusColors.FUTURE);
  });

  it('names rows, the organization’s own apart from those below', () => {
    expect(heatmap.rows.map(rowName)).toEqual(['幸福里社区党委（本级）', '幸福里社区第一党支部']);
    const option = heatmapOption(heatmap) as { yAxis: { data: string[]; inverse: boolean }; xAxis: { data: string[] } };
    expect(option.yAxis.inverse).toBe(true);
    expect(option.xAxis.data.slice(0, 3)).toEqual(['1月', '2月', '3月']);
  });

  it('tells in the tooltip met of required and what was missed', () => {
    const [own] = heatmap.rows;
    if (!own) throw new Error('fixture');
    expect(heatmapTooltipLines(own, own.cells[0], '2026-01')).toEqual([
      '幸福里社区党委（本级） · 2026年1月',
      '未落实：已落实 1 / 应落实 2',
      '未落实 1，待落实 0，召开会议 1 次',
      '未落实：支委会',
    ]);
    expect(heatmapTooltipLines(own, undefined, '2026-03')).toEqual(['幸福里社区党委（本级） · 2026年3月', '本月没有到期的规定动作']);
  });

  it('says in words what it shows', () => {
    expect(heatmapSummary(heatmap)).toBe('2026年三会一课落实情况热力图：2行，已落实 2 项，未落实 1 项，待落实 3 项');
  });

  it('escapes names in the HTML tooltip', () => {
    expect(escapeHtml('<b>"A&B"</b>')).toBe('&#60;b&#62;&#34;A&#38;B&#34;&#60;/b&#62;');
  });

  it('finds the row a click lands on: a cell or a row name', () => {
    const data = heatmapData(heatmap);
    expect(heatmapClickRow(heatmap, { componentType: 'series', data: data[13] })?.organization).toEqual(XFL1);
    expect(heatmapClickRow(heatmap, { componentType: 'yAxis', value: XFL1.id })?.organization).toEqual(XFL1);
    expect(heatmapClickRow(heatmap, { componentType: 'yAxis', value: `own:${XFL.id}` })).toMatchObject({ organization: XFL, own: true });
    expect(heatmapClickRow(heatmap, { componentType: 'xAxis', value: '1月' })).toBeUndefined();
  });
});

describe('the dues collection lines', () => {
  it('draws the total first and each organization below, rates in percent, gaps where nothing was due', () => {
    const option = duesTrendOption(duesTrend) as {
      legend: { data: string[] };
      series: { name: string; data: (number | null)[]; lineStyle: { width: number } }[];
    };
    expect(option.legend.data).toEqual(['幸福街道党工委（合计）', '幸福里社区党委']);
    expect(option.series.map((s) => s.data)).toEqual([
      [79.7, null],
      [77.7, 0],
    ]);
    expect(option.series[0]?.lineStyle.width).toBeGreaterThan(option.series[1]?.lineStyle.width ?? 0);
  });

  it('says in words the latest rate of the total', () => {
    expect(duesTrendSummary(duesTrend)).toBe('党费收缴率折线图：幸福街道党工委（合计）2026年10月收缴率 79.7%，另有 1 个组织');
    expect(duesTrendSummary({ ...duesTrend, series: [] })).toBe('党费收缴率折线图：近12个月没有应交党费');
  });

  it('rounds rates to one decimal and keeps nothing-due apart from zero', () => {
    expect(ratePercent(0.8532)).toBe(85.3);
    expect(ratePercent(0)).toBe(0);
    expect(ratePercent(undefined)).toBeNull();
    expect(seriesName({ organization: XFL, total: false }, STREET.id)).toBe('幸福里社区党委');
    expect(seriesName({ organization: XFL, total: false }, XFL.id)).toBe('幸福里社区党委（本级）');
    expect(seriesName({ organization: XFL, total: true }, XFL.id)).toBe('幸福里社区党委（合计）');
  });

  it('drills into the organization of a clicked line, not into the total or 本级', () => {
    expect(duesTrendDrillTarget(duesTrend, { componentType: 'series', seriesIndex: 1 })).toEqual(XFL);
    expect(duesTrendDrillTarget(duesTrend, { componentType: 'series', seriesIndex: 0 })).toBeUndefined();
    expect(duesTrendDrillTarget({ ...duesTrend, organization: XFL }, { componentType: 'series', seriesIndex: 1 })).toBeUndefined();
    expect(duesTrendDrillTarget(duesTrend, { componentType: 'legend' })).toBeUndefined();
  });
});
