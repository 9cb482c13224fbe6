import { theme } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChartToken } from './chartTheme';
import { EChart, type ChartTable } from './EChart';
import type { ChartOption } from './echartsRuntime';
import { escapeHtml, escapeRich, firstParams } from './chartFormat';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series, in the series' order. */
  values: readonly number[];
  /** Written after the bar (a total, a rate). */
  note?: string;
  /** A coloured mark before the label: a status of the row itself (a province's own 巡视 coverage). */
  marker?: { color: string; label: string };
}

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  shape: 'square';
}

export interface StackedBarProps {
  /** What the chart shows, for screen readers. */
  title: string;
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  /** The scale's top; the longest bar by default. */
  max?: number;
  /** How a segment's value is written inside it. */
  format?: (value: number) => string;
  /** Writes each segment's value inside it (off when the note says it already). */
  segmentLabels?: boolean;
  /** Extra legend entries (what the row markers mean). */
  legendExtra?: readonly LegendEntry[];
  /** The heading of the rows' column in the data table. */
  rowTitle?: string;
}

const ROW = 28;
const LEGEND = 32;
const AXIS = 28;
const LABEL_CHARS = 13;
/** A segment narrower than this share of the scale has no room for its value. */
const LABEL_ROOM = 0.05;
const STACK = 'stack';

/** Dark text on a light fill (a grey "not yet"), white on the others. */
export function textOn(fill: string | undefined, dark: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(fill ?? '')?.[1];
  if (!hex) return '#fff';
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6 ? dark : '#fff';
}

/** A label that fits its column: long unit names end in an ellipsis (the full name stays in the tooltip and the table). */
export function fitLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

/** The scale's top: the longest stacked bar (at least 1, so an empty chart still has a scale). */
export function stackMax(rows: readonly (readonly number[])[]): number {
  return Math.max(1, ...rows.map((values) => values.reduce((sum, value) => sum + Math.max(0, value), 0)));
}

/** How tall the chart is: a line per row, the legend and the value axis. */
export function stackedBarHeight(rows: number): number {
  return LEGEND + AXIS + Math.max(1, rows) * ROW;
}

/** The rich-text style of a marker of this colour. */
const markerStyle = (colors: readonly string[], color: string) => `m${colors.indexOf(color)}`;

/**
 * Horizontal bars, one per row (the first on top), stacked by series on a shared scale from 0 to `max`, with each
 * segment's value inside it where it fits; the row's label on the left (after its coloured marker, if any) and its
 * note on the right. A segment's tooltip says its row, series and value. The legend lists the series, then
 * `legendExtra`.
 */
export function stackedBarOption({ series, rows, max, format = String, segmentLabels = true, legendExtra = [] }: StackedBarProps, token: ChartToken): ChartOption {
  const top = max ?? stackMax(rows.map((row) => row.values));
  const markerColors = [...new Set(rows.flatMap((row) => (row.marker ? [row.marker.color] : [])))];
  const hasNotes = rows.some((row) => row.note);
  return {
    legend: {
      top: 0,
      left: 0,
      itemWidth: 16,
      itemHeight: 10,
      data: [...series.map((one) => ({ name: one.label, icon: 'rect' })), ...legendExtra.map((entry) => ({ name: entry.label, icon: 'roundRect' }))],
    },
    grid: { left: 8, right: 8, top: LEGEND, bottom: 4 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { dataIndex, seriesIndex = 0 } = firstParams(params);
        const row = rows[dataIndex];
        return escapeHtml(`${row.label} · ${series[seriesIndex]?.label}：${format(row.values[seriesIndex])}`);
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: top,
      // Counts tick in whole numbers.
      minInterval: rows.every((row) => row.values.every(Number.isInteger)) ? 1 : undefined,
      axisLabel: { formatter: (value: number) => format(value) },
    },
    yAxis: [
      {
        type: 'category',
        inverse: true,
        data: rows.map((row) => row.key),
        axisTick: { show: false },
        axisLabel: {
          interval: 0,
          formatter: (_: string, index: number) => {
            const row = rows[index];
            const label = escapeRich(fitLabel(row.label));
            return row.marker ? `{${markerStyle(markerColors, row.marker.color)}|■} ${label}` : label;
          },
          rich: Object.fromEntries(markerColors.map((color) => [markerStyle(markerColors, color), { color, fontSize: 14 }])),
        },
      },
      {
        type: 'category',
        inverse: true,
        position: 'right',
        data: rows.map((row) => row.key),
        show: hasNotes,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { interval: 0, color: token.colorTextSecondary, formatter: (_: string, index: number) => rows[index].note ?? '' },
      },
    ],
    series: [
      ...series.map((one, at) => ({
        type: 'bar' as const,
        name: one.label,
        stack: STACK,
        barWidth: 16,
        itemStyle: { color: one.color },
        label: {
          show: segmentLabels,
          position: 'inside' as const,
          fontSize: 10,
          color: textOn(one.color, token.colorText),
          formatter: (params: { dataIndex: number }) => {
            const value = rows[params.dataIndex].values[at];
            return value / top >= LABEL_ROOM ? format(value) : '';
          },
        },
        // A row without this series has no segment of it (not a zero-length one with a label).
        data: rows.map((row) => (row.values[at] > 0 ? row.values[at] : null)),
      })),
      // Legend entries only: the same stack, so they take no room beside the bars.
      ...legendExtra.map((entry) => ({ type: 'bar' as const, name: entry.label, stack: STACK, itemStyle: { color: entry.color }, data: [] })),
    ],
  };
}

function stackedBarTable({ series, rows, format = String, rowTitle }: StackedBarProps, t: TFunction): ChartTable {
  const hasMarkers = rows.some((row) => row.marker);
  const hasNotes = rows.some((row) => row.note);
  return {
    columns: [
      { title: rowTitle ?? t('chart.item') },
      ...(hasMarkers ? [{ title: t('chart.marker') }] : []),
      ...series.map((one) => ({ title: one.label, numeric: true })),
      ...(hasNotes ? [{ title: t('chart.note'), numeric: true }] : []),
    ],
    rows: rows.map((row) => ({
      key: row.key,
      cells: [
        row.label,
        ...(hasMarkers ? [row.marker?.label ?? ''] : []),
        ...series.map((_, at) => format(row.values[at] ?? 0)),
        ...(hasNotes ? [row.note ?? ''] : []),
      ],
    })),
  };
}

/** Horizontal stacked bars with a legend (see `stackedBarOption`), and their numbers as a table. */
export function StackedBarChart(props: StackedBarProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return <EChart option={stackedBarOption(props, token)} title={props.title} height={stackedBarHeight(props.rows.length)} table={stackedBarTable(props, t)} maxWidth={720} />;
}
