/** The geometry of horizontal bars and a heat-map matrix, apart from their drawing so that tests can check it. */

/** Two decimals are plenty for an SVG and keep float noise out of attributes and tests. */
const round = (value: number) => Math.round(value * 100) / 100;

export interface BarFrame {
  /** Where a bar starts (its value 0). */
  left: number;
  /** The length of a bar worth `max`. */
  width: number;
  max: number;
}

export interface Segment {
  x: number;
  width: number;
}

/**
 * The segments of one stacked bar, left to right, each as long as its share of `max`; negative values count 0
 * and a bar longer than the frame is cut at its end.
 */
export function stackedSegments(values: readonly number[], frame: BarFrame): Segment[] {
  const scale = frame.max > 0 ? frame.width / frame.max : 0;
  const end = frame.left + frame.width;
  let x = frame.left;
  return values.map((value) => {
    const width = Math.max(0, Math.min(end - x, Math.max(0, value) * scale));
    const segment = { x: round(x), width: round(width) };
    x += width;
    return segment;
  });
}

/** The scale's top: the longest stacked bar (at least 1, so an empty chart still has a scale). */
export function stackMax(rows: readonly (readonly number[])[]): number {
  return Math.max(1, ...rows.map((values) => values.reduce((sum, value) => sum + Math.max(0, value), 0)));
}

export interface MatrixFrame {
  left: number;
  top: number;
  cellWidth: number;
  cellHeight: number;
}

/** Where the cell of row `row` and column `column` of a matrix lies. */
export function matrixCell(row: number, column: number, frame: MatrixFrame): { x: number; y: number } {
  return { x: round(frame.left + column * frame.cellWidth), y: round(frame.top + row * frame.cellHeight) };
}

/** How strongly a heat-map cell is filled: nothing for 0, then from a light tint up to full for the largest count. */
export function heatOpacity(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return round(0.15 + (0.85 * Math.min(count, max)) / max);
}
