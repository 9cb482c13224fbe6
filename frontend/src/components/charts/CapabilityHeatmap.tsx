import { Button, theme } from 'antd';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capability } from '../../api/types';
import type { CapabilityRow } from '../../domain/dashboard';
import { CAPABILITIES, enumLabel } from '../../domain/enums';
import type { ChartToken } from './chartTheme';
import { EChart, type ChartTable } from './EChart';
import type { ChartEvent, ChartOption } from './echartsRuntime';
import { escapeHtml, firstParams } from './chartFormat';
import { fitLabel } from './StackedBarChart';

export interface HeatmapRow extends Pick<CapabilityRow, 'averages' | 'openGaps'> {
  key: string;
  label: string;
}

interface Props {
  rows: readonly HeatmapRow[];
  /** What the chart shows, for screen readers and the table's caption. */
  title: string;
  /** Chooses a cell: its row's key and its capability (from the chart, or from the table's buttons). */
  onSelect?: (key: string, capability: Capability) => void;
}

const ROW = 28;
const TOP = 72;
const BOTTOM = 56;

/** One decimal is what a score's average needs. */
export const formatAverage = (value: number) => (Math.round(value * 10) / 10).toFixed(1);

/** How tall the chart is: a line per row, the capabilities' names above and the colour scale below. */
export const heatmapHeight = (rows: number) => TOP + BOTTOM + Math.max(1, rows) * ROW;

/** The lowest and highest average shown (0–100 when there is none), so the colours spread over what is there. */
export function scoreRange(rows: readonly HeatmapRow[]): [number, number] {
  const scores = rows.flatMap((row) => Object.values(row.averages));
  if (scores.length === 0) return [0, 100];
  const low = Math.floor(Math.min(...scores));
  const high = Math.ceil(Math.max(...scores));
  return [low, high > low ? high : low + 1];
}

/** What a cell says: its unit, its capability, the average and the open gaps. */
function cellText(row: HeatmapRow, capability: Capability, t: TFunction): string[] {
  const average = row.averages[capability];
  return [
    `${row.label} · ${enumLabel(t, 'capability', capability)}`,
    t('dashboard.capabilities.average', { value: average == null ? t('chart.noData') : formatAverage(average) }),
    t('dashboard.capabilities.openGaps', { count: row.openGaps[capability] ?? 0 }),
  ];
}

/**
 * 八项本领 by unit as a heat map: the units down the side, the eight capabilities across the top, each cell coloured
 * by its average score on a scale from the lowest shown (warm) to the highest (green) and labelled with it; a cell
 * without scores stays empty. A cell's tooltip adds its open gaps.
 */
export function capabilityHeatmapOption(rows: readonly HeatmapRow[], t: TFunction, token: ChartToken): ChartOption {
  const [min, max] = scoreRange(rows);
  return {
    grid: { left: 8, right: 16, top: TOP, bottom: BOTTOM },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const [x, y] = firstParams(params).value as [number, number, number];
        return cellText(rows[y], CAPABILITIES[x], t).map(escapeHtml).join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: CAPABILITIES.map((capability) => enumLabel(t, 'capability', capability)),
      axisTick: { show: false },
      axisLabel: { interval: 0, rotate: 30, fontSize: 12 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => row.key),
      axisTick: { show: false },
      axisLabel: { interval: 0, formatter: (_: string, index: number) => fitLabel(rows[index]?.label ?? '') },
    },
    visualMap: {
      type: 'continuous',
      dimension: 2,
      min,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: [String(max), String(min)],
      inRange: { color: [token.colorError, token.colorWarning, token.colorSuccess] },
    },
    series: [
      {
        type: 'heatmap',
        name: t('dashboard.capabilities.title'),
        itemStyle: { borderColor: token.colorBgContainer, borderWidth: 2, borderRadius: 3 },
        label: { show: true, fontSize: 11, color: token.colorText },
        emphasis: { itemStyle: { borderColor: token.colorText, borderWidth: 1 } },
        data: rows.flatMap((row, y) =>
          CAPABILITIES.flatMap((capability, x) => {
            const average = row.averages[capability];
            return average == null ? [] : [{ value: [x, y, Math.round(average * 10) / 10], label: { formatter: formatAverage(average) } }];
          }),
        ),
      },
    ],
  };
}

function heatmapTable(rows: readonly HeatmapRow[], t: TFunction, onSelect?: (key: string, capability: Capability) => void): ChartTable {
  return {
    columns: [{ title: t('chart.unit') }, ...CAPABILITIES.map((capability) => ({ title: enumLabel(t, 'capability', capability), numeric: true }))],
    rows: rows.map((row) => ({
      key: row.key,
      cells: [
        row.label,
        ...CAPABILITIES.map((capability) => {
          const average = row.averages[capability];
          const text = t('dashboard.capabilities.cell', { value: average == null ? t('chart.none') : formatAverage(average), count: row.openGaps[capability] ?? 0 });
          // The canvas takes no keyboard: each cell's button drills down as a click on the cell does.
          return onSelect ? (
            <Button
              key={capability}
              type="link"
              size="small"
              style={{ padding: 0, height: 'auto' }}
              onClick={() => onSelect(row.key, capability)}
            >
              {text}
            </Button>
          ) : (
            text
          );
        }),
      ],
    })),
  };
}

/** 八项本领 by unit as a heat map (see `capabilityHeatmapOption`), with its numbers as a table; a cell can be chosen. */
export function CapabilityHeatmap({ rows, title, onSelect }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const onClick = useCallback(
    (event: ChartEvent) => {
      const [x, y] = (event.value ?? []) as number[];
      const row = rows[y];
      const capability = CAPABILITIES[x];
      if (row && capability) onSelect?.(row.key, capability);
    },
    [rows, onSelect],
  );
  return (
    <EChart
      option={capabilityHeatmapOption(rows, t, token)}
      title={title}
      height={heatmapHeight(rows.length)}
      table={heatmapTable(rows, t, onSelect)}
      onClick={onSelect ? onClick : undefined}
    />
  );
}
