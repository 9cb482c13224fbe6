import { Flex, Typography, theme } from 'antd';
import { stackedSegments, stackMax, type BarFrame } from './barGeometry';

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

interface Props {
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
  legendExtra?: readonly { key: string; label: string; color: string; shape: 'square' }[];
}

const WIDTH = 640;
const LABEL = 168;
const NOTE = 100;
const ROW = 26;
const BAR = 16;
const TOP = 6;
export const BAR_FRAME_WIDTH = WIDTH - LABEL - NOTE;
const LABEL_CHARS = 13;

/** Dark text on a light fill (a grey "not yet"), white on the others. */
export function textOn(fill: string | undefined, dark: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(fill ?? '')?.[1];
  if (!hex) return '#fff';
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6 ? dark : '#fff';
}

/** A label that fits its column: long unit names end in an ellipsis (the full name stays in the bar's tooltip). */
export function fitLabel(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
}

/** The frame of the chart's bars: from the label column to the notes, `max` long. */
export function chartFrame(max: number): BarFrame {
  return { left: LABEL, width: BAR_FRAME_WIDTH, max };
}

/** Horizontal bars, one per row, stacked by series, with a legend; SVG only, no chart library. */
export function StackedBarChart({ title, series, rows, max, format = String, segmentLabels = true, legendExtra = [] }: Props) {
  const { token } = theme.useToken();
  const frame = chartFrame(max ?? stackMax(rows.map((row) => row.values)));
  const height = TOP * 2 + Math.max(1, rows.length) * ROW;

  return (
    <Flex vertical gap={8}>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }} role="img" aria-label={title}>
        <title>{title}</title>
        <line x1={LABEL} y1={TOP} x2={LABEL} y2={height - TOP} stroke={token.colorBorder} />
        {rows.map((row, index) => {
          const y = TOP + index * ROW + (ROW - BAR) / 2;
          const segments = stackedSegments(row.values, frame);
          const end = segments.length > 0 ? segments[segments.length - 1].x + segments[segments.length - 1].width : LABEL;
          return (
            <g key={row.key} data-row={row.key}>
              {row.marker && (
                <rect data-marker x={2} y={y + 3} width={10} height={10} rx={2} fill={row.marker.color}>
                  <title>{`${row.label}：${row.marker.label}`}</title>
                </rect>
              )}
              <text x={LABEL - 8} y={y + BAR / 2} textAnchor="end" dominantBaseline="middle" fontSize={12} fill={token.colorText}>
                {fitLabel(row.label)}
                <title>{row.label}</title>
              </text>
              {segments.map((segment, at) =>
                segment.width > 0 ? (
                  <g key={series[at]?.key ?? at}>
                    <rect data-series={series[at]?.key} x={segment.x} y={y} width={segment.width} height={BAR} fill={series[at]?.color}>
                      <title>{`${row.label} · ${series[at]?.label}：${format(row.values[at])}`}</title>
                    </rect>
                    {segmentLabels && segment.width >= 18 && (
                      <text x={segment.x + segment.width / 2} y={y + BAR / 2} textAnchor="middle" dominantBaseline="middle" fontSize={10} fill={textOn(series[at]?.color, token.colorText)}>
                        {format(row.values[at])}
                      </text>
                    )}
                  </g>
                ) : null,
              )}
              {row.note && (
                <text x={end + 6} y={y + BAR / 2} dominantBaseline="middle" fontSize={11} fill={token.colorTextSecondary}>
                  {row.note}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <Flex gap={16} wrap>
        {[...series.map((one) => ({ ...one, shape: 'bar' as const })), ...legendExtra].map((entry) => (
          <Flex key={entry.key} gap={6} align="center">
            <svg width={entry.shape === 'bar' ? 16 : 10} height={10} aria-hidden>
              <rect width={entry.shape === 'bar' ? 16 : 10} height={10} rx={entry.shape === 'bar' ? 0 : 2} fill={entry.color} />
            </svg>
            <Typography.Text type="secondary">{entry.label}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}
