import { theme } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { REGIONS, enumLabel } from '../../domain/enums';
import type { FlowMatrix } from '../../domain/rotation';
import type { ChartToken } from './chartTheme';
import { EChart, type ChartTable } from './EChart';
import type { ChartOption } from './echartsRuntime';
import { firstParams } from './chartFormat';

/** Two decimals are plenty for a share, and keep float noise out of tests. */
const round = (value: number) => Math.round(value * 100) / 100;

/** How strongly a heat-map cell is filled: its share of the largest count (nothing for 0, full for the largest). */
export function heatShare(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return round(Math.min(count, max) / max);
}

const region = (t: TFunction, index: number) => enumLabel(t, 'region', REGIONS[index]);

/** What the chart says to screen readers: every flow there is, or that there is none. */
export function flowSummary(matrix: FlowMatrix, t: TFunction): string {
  const flows = matrix.cells.flatMap((row, from) => row.map((count, to) => ({ from, to, count })).filter((cell) => cell.count > 0));
  return [
    t('rotation.balance.flowTitle'),
    flows.length === 0
      ? t('rotation.balance.noFlows')
      : flows.map((cell) => t('rotation.balance.flow', { from: region(t, cell.from), to: region(t, cell.to), count: cell.count })).join(t('rotation.balance.separator')),
  ].join(t('rotation.balance.colon'));
}

/**
 * 东中西交流 as a 3 × 3 heat map: the cadres' home region down the side, the host's across the top, each cell as dark
 * as its share of the largest flow and labelled with its count; its tooltip names the flow.
 */
export function regionFlowOption(matrix: FlowMatrix, t: TFunction, token: ChartToken): ChartOption {
  const names = REGIONS.map((_, index) => region(t, index));
  const axisName = { color: token.colorTextSecondary, fontSize: 12 };
  return {
    grid: { left: 8, right: 16, top: 48, bottom: 8 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const [to, from, count] = firstParams(params).value as [number, number, number];
        return t('rotation.balance.flow', { from: names[from], to: names[to], count });
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: names,
      name: t('rotation.balance.hostAxis'),
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: axisName,
      axisTick: { show: false },
      axisLabel: { fontSize: 13 },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      name: t('rotation.balance.homeAxis'),
      nameLocation: 'start',
      nameTextStyle: { ...axisName, align: 'right' },
      axisTick: { show: false },
      axisLabel: { fontSize: 13 },
    },
    // The primary colour, from clear for no flow to full for the largest.
    visualMap: { type: 'continuous', show: false, dimension: 2, min: 0, max: Math.max(1, matrix.max), inRange: { color: [token.colorPrimary], colorAlpha: [0, 1] } },
    series: [
      {
        type: 'heatmap',
        itemStyle: { borderColor: token.colorBorderSecondary, borderWidth: 1, borderRadius: 3 },
        name: t('rotation.balance.flowTitle'),
        data: matrix.cells.flatMap((row, from) =>
          row.map((count, to) => {
            const share = heatShare(count, matrix.max);
            return {
              value: [to, from, count],
              label: {
                show: true,
                fontSize: 14,
                fontWeight: count > 0 ? ('bold' as const) : ('normal' as const),
                color: share > 0.55 ? '#fff' : count > 0 ? token.colorText : token.colorTextQuaternary,
                formatter: t('rotation.balance.cell', { count }),
              },
            };
          }),
        ),
      },
    ],
  };
}

function flowTable(matrix: FlowMatrix, t: TFunction): ChartTable {
  const names = REGIONS.map((_, index) => region(t, index));
  return {
    columns: [{ title: t('chart.corner', { row: t('rotation.balance.homeAxis'), column: t('rotation.balance.hostAxis') }) }, ...names.map((title) => ({ title, numeric: true }))],
    rows: matrix.cells.map((row, from) => ({ key: REGIONS[from], cells: [names[from], ...row.map((count) => t('rotation.balance.cell', { count }))] })),
  };
}

/** 东中西交流 as a heat map (see `regionFlowOption`), with the matrix as a table. */
export function RegionFlowChart({ matrix }: { matrix: FlowMatrix }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return <EChart option={regionFlowOption(matrix, t, token)} title={flowSummary(matrix, t)} height={280} maxWidth={460} table={flowTable(matrix, t)} />;
}
