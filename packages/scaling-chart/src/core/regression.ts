import { checkArray } from '@tensorscope/common';
import { fail } from './errors.js';

/** One observation: a time (ms since 1970, UTC) and a positive value. */
export interface TrendPoint {
  time: number;
  value: number;
}

/** A fitted exponential trend value = 10^(intercept + slope·years). */
export interface ExponentialTrend {
  /** log10 growth per year (the regression slope). */
  slope: number;
  /** log10 value at `time = 0`. */
  intercept: number;
  /** Multiplier per year: 10^slope (e.g. 4.2 means ×4.2 every year). */
  growthPerYear: number;
  /** Months for the value to double (negative for a shrinking trend). */
  doublingMonths: number;
  /** Coefficient of determination of the log-linear fit, 0–1. */
  r2: number;
  /** Number of points used. */
  n: number;
  /** The trend's value at a time. */
  predict: (time: number) => number;
}

export const MS_PER_YEAR = 365.25 * 86_400_000;

/** The range of a JavaScript `Date` (±100 million days): times beyond it are not dates. */
const MAX_TIME = 8.64e15;

/**
 * Fits value = a·b^t by least squares on log10(value) against time in years (a log-linear
 * regression, as Epoch AI does for compute trends). Points with a non-positive or non-finite
 * value, or a time outside the `Date` range, are ignored; throws `TensorscopeError` (`EMPTY_INPUT`)
 * when fewer than two usable points at distinct times remain, and `INVALID_VALUE` when the points
 * are so close in time that the trend's growth overflows.
 */
export function fitExponentialTrend(points: readonly TrendPoint[]): ExponentialTrend {
  const usable = (checkArray(points, 'points') as (TrendPoint | null | undefined)[]).filter(
    (p): p is TrendPoint =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.time === 'number' &&
      Math.abs(p.time) <= MAX_TIME &&
      typeof p.value === 'number' &&
      Number.isFinite(p.value) &&
      p.value > 0,
  );
  const xs = usable.map((p) => p.time / MS_PER_YEAR);
  const ys = usable.map((p) => Math.log10(p.value));
  const n = usable.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / (n || 1);
  const meanY = ys.reduce((a, b) => a + b, 0) / (n || 1);
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (n < 2 || sxx === 0) {
    throw fail('EMPTY_INPUT', `A trend needs at least two points at different times (got ${n}).`);
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const r2 = syy === 0 ? 1 : Math.min(1, (sxy / sxx) * (sxy / syy));
  if (!Number.isFinite(10 ** slope) || !Number.isFinite(intercept)) {
    throw fail('INVALID_VALUE', `The points are too close in time for a trend (slope ${slope} decades per year).`, {
      details: { field: 'points', slope },
    });
  }
  return {
    slope,
    intercept,
    growthPerYear: 10 ** slope,
    doublingMonths: slope === 0 ? Number.POSITIVE_INFINITY : (12 * Math.log10(2)) / slope,
    r2,
    n,
    predict: (time: number) => 10 ** (intercept + (slope * time) / MS_PER_YEAR),
  };
}
