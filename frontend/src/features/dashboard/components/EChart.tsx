import { HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use as registerECharts, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { ChartClick } from '../charts';

// Only what the dashboard draws, so the chart chunk stays small.
registerECharts([HeatmapChart, LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

interface EChartProps {
  option: EChartsCoreOption;
  height: number;
  /**
   * What the chart shows, for screen readers. (ECharts' own aria module would replace it with a reading of the raw
   * data points, category indexes included, which says less.)
   */
  label: string;
  onClick?: (click: ChartClick) => void;
}

/** One ECharts chart: drawn into a div, redrawn when the option changes, resized with its box. */
export function EChart({ option, height, label, onClick }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);
  const click = useRef(onClick);

  useEffect(() => {
    click.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const instance = init(element, undefined, { renderer: 'canvas', locale: 'ZH' });
    instance.on('click', (params) => click.current?.(params as ChartClick));
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  useEffect(() => {
    chart.current?.resize();
  }, [height]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }} />;
}
