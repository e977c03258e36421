// A line drawn as one plain <path>, without a ref to it. Recharts' <Line> measures its path
// (getTotalLength, a forced layout) on every render to animate it, even with animation off —
// once per line per render, and each chart renders twice; our lines never animate, and
// without the ref there is nothing to measure. Measured: see README «Performance».

import { Curve, type LineDrawShapeProps } from 'recharts';

export function plainLineShape(props: LineDrawShapeProps) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- taken out: the path is not measured, nothing animates
  const { pathRef, animationElapsedTime, isAnimating, isEntrance, visibleLength, connectNulls, ...curve } = props;
  return <Curve {...curve} connectNulls={connectNulls ?? false} />;
}
