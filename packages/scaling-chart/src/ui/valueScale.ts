import { scaleLinear, scaleLog } from '@visx/scale';

export type AxisScale = 'log' | 'linear';

/** A value scale with its gridlines: whole powers of ten on a log axis, ~5 nice steps on a linear one. */
export function makeValueScale(kind: AxisScale, values: readonly number[], range: [number, number]) {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const min = positive.length ? Math.min(...positive) : 1;
  const max = positive.length ? Math.max(...positive) : 10;
  if (kind === 'log') {
    const minExp = Math.floor(Math.log10(min));
    const maxExp = Math.max(Math.ceil(Math.log10(max)), minExp + 1);
    const scale = scaleLog<number>({ domain: [10 ** minExp, 10 ** maxExp], range });
    const ticks = Array.from({ length: maxExp - minExp + 1 }, (_, i) => 10 ** (minExp + i));
    return { scale, ticks, floor: 10 ** minExp };
  }
  const scale = scaleLinear<number>({ domain: [0, max * 1.05], range, nice: true });
  return { scale, ticks: scale.ticks(5), floor: 0 };
}

/** An SVG path through points, breaking where a point is missing or not finite. */
export function linePath(points: readonly (readonly [number, number] | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${p[0].toFixed(1)},${p[1].toFixed(1)}`;
    pen = true;
  }
  return d;
}
