/**
 * ECharts in React, importing only the parts the app draws (bar and pie charts, grid, tooltip,
 * legend, canvas): the chart library stays out of every page that shows no chart.
 */
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export type ChartOption = Parameters<echarts.ECharts['setOption']>[0];

/** What a click on a bar or a slice says. */
export interface ChartClick {
  readonly name: string;
  readonly dataIndex: number;
  readonly data: unknown;
}

interface EChartProps {
  readonly option: ChartOption;
  readonly height: number;
  /** What the chart shows, for screen readers (a canvas says nothing by itself). */
  readonly label: string;
  readonly onClick?: (click: ChartClick) => void;
}

/** One chart. */
export function EChart({ option, height, label, onClick }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      const p = params as { name: string; dataIndex: number; data: unknown };
      clickRef.current?.({ name: p.name, dataIndex: p.dataIndex, data: p.data });
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={element}
      role="img"
      aria-label={label}
      style={{ height, width: '100%', cursor: onClick ? 'pointer' : 'default' }}
    />
  );
}
