import { scaleUtc } from '@visx/scale';
import { yearDomain } from '../core/timeAxis.js';
import { makeValueScale, type AxisScale } from './valueScale.js';

/** The scales of a dated chart: whole years across, a log or linear value axis up. */
export type TimeValueScales = ReturnType<typeof makeValueScale> & { x: ReturnType<typeof scaleUtc<number>> };

/** Builds {@link TimeValueScales} for points at `times` with `values` in a plot of the given size. */
export function timeValueScales(
  times: readonly number[],
  values: readonly number[],
  axis: AxisScale,
  innerWidth: number,
  innerHeight: number,
): TimeValueScales {
  const x = scaleUtc({ domain: yearDomain(times), range: [0, innerWidth] });
  return { x, ...makeValueScale(axis, values, [innerHeight, 0]) };
}
