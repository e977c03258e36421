// A bar drawn as one plain <rect>. Recharts' default bar shape (Rectangle) measures its
// path with getTotalLength after mounting and sets state with the result, per bar, to
// animate it; our bars never animate, so on a new dataset each of ~100 stacked bars cost
// a forced layout and a second render for nothing. Measured: see README «Performance».

import type { BarShapeProps } from 'recharts';

export function plainBarShape({ x, y, width, height, fill }: BarShapeProps) {
  // Recharts hands negative heights and widths to bars below zero or reversed axes.
  const w = Number(width) || 0;
  const h = Number(height) || 0;
  return <rect x={w < 0 ? x + w : x} y={h < 0 ? y + h : y} width={Math.abs(w)} height={Math.abs(h)} fill={fill} className="recharts-rectangle" />;
}
