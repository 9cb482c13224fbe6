/** The geometry of a radar (spider) chart: one axis per dimension, the first pointing up, the rest clockwise. */

export interface Point {
  x: number;
  y: number;
}

export interface RadarFrame {
  center: Point;
  /** The length of an axis: where `max` lies. */
  radius: number;
  max: number;
}

/** Two decimals are plenty for an SVG and keep float noise (1e-15) out of attributes and tests. */
const round = (value: number) => Math.round(value * 100) / 100;

/** Where `value` lies on axis `index` of `count`; values beyond 0…max stay on the chart's edge or centre. */
export function radarPoint(index: number, count: number, value: number, frame: RadarFrame): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const share = Math.min(frame.max, Math.max(0, value)) / frame.max;
  return {
    x: round(frame.center.x + frame.radius * share * Math.cos(angle)),
    y: round(frame.center.y + frame.radius * share * Math.sin(angle)),
  };
}

/** The corners of a series' polygon, one per axis with a value; an axis without one is left out. */
export function radarPolygon(values: readonly (number | null | undefined)[], frame: RadarFrame): Point[] {
  return values.flatMap((value, index) => (value == null ? [] : [radarPoint(index, values.length, value, frame)]));
}

/** An SVG `points` attribute. */
export function pointsAttribute(points: readonly Point[]): string {
  return points.map((point) => `${point.x},${point.y}`).join(' ');
}
