import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import type { ComplianceRow, TrendPoint } from '../types';

// Only the parts drawn here are bundled (echarts/core), not the whole library.
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = Parameters<echarts.ECharts['setOption']>[0];

/** An echarts instance bound to a div: created once, given each new option, resized with the window. */
function EChart({ option, onClick }: { option: Option; onClick?: (dataIndex: number) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const instance = echarts.init(ref.current);
    chart.current = instance;
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    const handler = (e: { dataIndex: number }) => onClick(e.dataIndex);
    instance.on('click', handler);
    return () => {
      instance.off('click', handler);
    };
  }, [onClick]);
  return <div ref={ref} style={{ height: 280, width: '100%' }} />;
}

/** 下级地区综合得分: one bar per child region, highest first; a click drills down. */
export function ScoreChart({ rows, onSelect }: { rows: ComplianceRow[]; onSelect: (code: string) => void }) {
  const ranked = rows.filter((r) => !r.own).sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  const option: Option = {
    grid: { left: 40, right: 16, top: 16, bottom: 60 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: ranked.map((r) => r.tenantName), axisLabel: { rotate: ranked.length > 8 ? 40 : 0 } },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [{ type: 'bar', name: zhCN.compliance.scoreSeries, data: ranked.map((r) => r.score), itemStyle: { color: '#1f5fbf' } }],
  };
  return (
    <EChart
      option={option}
      onClick={(i) => {
        const row = ranked[i];
        if (row) onSelect(row.tenantCode);
      }}
    />
  );
}

/** 近 12 个月综合得分 of the whole subtree (a gap where a month has no figures). */
export function TrendChart({ months }: { months: TrendPoint[] }) {
  const option: Option = {
    grid: { left: 40, right: 16, top: 16, bottom: 30 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', min: 0, max: 100 },
    series: [{ type: 'line', name: zhCN.compliance.scoreSeries, data: months.map((m) => m.score), connectNulls: false }],
  };
  return <EChart option={option} />;
}
