import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EChart, type ChartTable } from './EChart';
import type { ChartOption } from './echartsRuntime';
import { escapeHtml, firstParams } from './chartFormat';

export interface RadarSeries {
  key: string;
  label: string;
  /** One value per axis, in the axes' order; null where the series has none. */
  values: readonly (number | null | undefined)[];
  color: string;
  /** Drawn as a dashed outline without fill: a reference such as the peers' median. */
  dashed?: boolean;
}

export interface RadarProps {
  /** What the chart shows, for screen readers. */
  title: string;
  axes: readonly string[];
  series: readonly RadarSeries[];
  max?: number;
  /** The heading of the axes' column in the data table. */
  axisTitle?: string;
}

/** ECharts' mark for a missing value. */
const MISSING = '-';

/**
 * A radar of several series over the same axes (0–max, the first axis up, the others clockwise), with a legend; a
 * dashed series is an outline without fill. A series' tooltip lists its value on each axis that has one. ECharts
 * draws a missing value at the centre; the tooltip and the data table leave it out.
 */
export function radarOption({ axes, series, max = 100 }: RadarProps): ChartOption {
  return {
    legend: { bottom: 0, data: series.map((one) => one.label) },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const one = series[firstParams(params).dataIndex];
        return one.values
          .flatMap((value, index) => (value == null ? [] : [escapeHtml(`${one.label} · ${axes[index]}：${value}`)]))
          .join('<br/>');
      },
    },
    radar: {
      center: ['50%', '48%'],
      radius: '62%',
      splitNumber: 5,
      indicator: axes.map((name) => ({ name, min: 0, max })),
      axisName: { fontSize: 12 },
    },
    series: [
      {
        type: 'radar',
        symbolSize: 6,
        data: series.map((one) => ({
          name: one.label,
          value: one.values.map((value) => (value == null ? MISSING : Math.min(max, Math.max(0, value)))),
          itemStyle: { color: one.color },
          lineStyle: { color: one.color, width: 2, type: one.dashed ? ([6, 4] as number[]) : ('solid' as const) },
          areaStyle: one.dashed ? undefined : { color: one.color, opacity: 0.18 },
        })),
      },
    ],
  };
}

function radarTable({ axes, series, axisTitle }: RadarProps, t: TFunction): ChartTable {
  return {
    columns: [{ title: axisTitle ?? t('chart.dimension') }, ...series.map((one) => ({ title: one.label, numeric: true }))],
    rows: axes.map((axis, index) => ({ key: axis, cells: [axis, ...series.map((one) => one.values[index] ?? t('chart.none'))] })),
  };
}

/** A radar chart (see `radarOption`) with its numbers as a table. */
export function RadarChart(props: RadarProps) {
  const { t } = useTranslation();
  return <EChart option={radarOption(props)} title={props.title} height={400} maxWidth={600} table={radarTable(props, t)} />;
}
