/** A point of a trend as data: `[time in ms, value]`. */
export type TrendSample = readonly [time: number, value: number];

const inside = (value: number, [floor, ceiling]: readonly [number, number]) =>
  value >= Math.max(floor, Number.MIN_VALUE) && value <= ceiling;

/**
 * Samples a fitted trend evenly across the time domain (`steps + 1` samples), keeping only those
 * whose value lies inside the value domain, so the drawn line stops at the chart's edges.
 */
export function sampleTrend(
  predict: (time: number) => number,
  [start, end]: readonly [number, number],
  valueDomain: readonly [number, number],
  steps = 40,
): TrendSample[] {
  const samples: TrendSample[] = [];
  for (let i = 0; i <= steps; i++) {
    const time = start + ((end - start) * i) / steps;
    const value = predict(time);
    if (inside(value, valueDomain)) samples.push([time, value]);
  }
  return samples;
}

/**
 * Where the trend's label and card attach: a little before the middle of the time axis (`at` = 0.45),
 * where the trend usually runs between points; null when the trend is off the chart there.
 */
export function trendAnchor(
  predict: (time: number) => number,
  [start, end]: readonly [number, number],
  valueDomain: readonly [number, number],
  at = 0.45,
): TrendSample | null {
  const time = start + at * (end - start);
  const value = predict(time);
  return inside(value, valueDomain) ? [time, value] : null;
}
