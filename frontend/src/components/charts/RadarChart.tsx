import { Flex, Typography, theme } from 'antd';
import { pointsAttribute, radarPoint, radarPolygon, type RadarFrame } from './radarGeometry';

export interface RadarSeries {
  key: string;
  label: string;
  /** One value per axis, in the axes' order; null where the series has none. */
  values: readonly (number | null | undefined)[];
  color: string;
  /** Drawn as a dashed outline without fill: a reference such as the peers' median. */
  dashed?: boolean;
}

interface Props {
  /** What the chart shows, for screen readers. */
  title: string;
  axes: readonly string[];
  series: readonly RadarSeries[];
  max?: number;
}

const WIDTH = 560;
const HEIGHT = 380;
const FRAME: Omit<RadarFrame, 'max'> = { center: { x: WIDTH / 2, y: HEIGHT / 2 }, radius: 130 };
const RINGS = [0.2, 0.4, 0.6, 0.8, 1];

const LABEL_SIZE = 12;

/**
 * Where an axis label sits, just outside the axis' end, and which way its text runs. The text's baseline is
 * placed by hand: fonts disagree on where `hanging` lies for Chinese glyphs.
 */
function labelPlacement(index: number, count: number, frame: RadarFrame) {
  const point = radarPoint(index, count, frame.max * 1.12, frame);
  const dx = point.x - frame.center.x;
  const dy = point.y - frame.center.y;
  const anchor = Math.abs(dx) < 1 ? 'middle' : dx > 0 ? 'start' : 'end';
  const baselineShift = Math.abs(dy) < 1 ? LABEL_SIZE / 3 : dy > 0 ? LABEL_SIZE : 0;
  return { x: point.x, y: point.y + baselineShift, anchor } as const;
}

/** A radar chart of several series over the same axes (0–max), with a legend; SVG only, no chart library. */
export function RadarChart({ title, axes, series, max = 100 }: Props) {
  const { token } = theme.useToken();
  const frame: RadarFrame = { ...FRAME, max };
  const count = axes.length;

  return (
    <Flex vertical align="center" gap={8}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }} role="img" aria-label={title}>
        <title>{title}</title>
        {RINGS.map((ring) => (
          <polygon
            key={ring}
            points={pointsAttribute(axes.map((_, index) => radarPoint(index, count, max * ring, frame)))}
            fill="none"
            stroke={token.colorBorderSecondary}
          />
        ))}
        {axes.map((axis, index) => {
          const end = radarPoint(index, count, max, frame);
          const label = labelPlacement(index, count, frame);
          return (
            <g key={axis}>
              <line x1={frame.center.x} y1={frame.center.y} x2={end.x} y2={end.y} stroke={token.colorBorderSecondary} />
              <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={LABEL_SIZE} fill={token.colorText}>
                {axis}
              </text>
            </g>
          );
        })}
        {RINGS.map((ring) => (
          <text key={ring} x={frame.center.x + 3} y={radarPoint(0, count, max * ring, frame).y} fontSize={9} fill={token.colorTextTertiary}>
            {Math.round(max * ring)}
          </text>
        ))}
        {series.map((one) => (
          <g key={one.key}>
            <polygon
              data-series={one.key}
              points={pointsAttribute(radarPolygon(one.values, frame))}
              fill={one.dashed ? 'none' : one.color}
              fillOpacity={one.dashed ? undefined : 0.18}
              stroke={one.color}
              strokeWidth={2}
              strokeDasharray={one.dashed ? '6 4' : undefined}
            />
            {one.values.map((value, index) =>
              value == null ? null : (
                <circle key={axes[index]} {...pointAt(index, count, value, frame)} r={3} fill={one.color}>
                  <title>{`${one.label} · ${axes[index]}：${value}`}</title>
                </circle>
              ),
            )}
          </g>
        ))}
      </svg>
      <Flex gap={16} wrap justify="center">
        {series.map((one) => (
          <Flex key={one.key} gap={6} align="center">
            <svg width={24} height={10} aria-hidden>
              <line x1={0} y1={5} x2={24} y2={5} stroke={one.color} strokeWidth={3} strokeDasharray={one.dashed ? '6 3' : undefined} />
            </svg>
            <Typography.Text>{one.label}</Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Flex>
  );
}

function pointAt(index: number, count: number, value: number, frame: RadarFrame) {
  const { x, y } = radarPoint(index, count, value, frame);
  return { cx: x, cy: y };
}
