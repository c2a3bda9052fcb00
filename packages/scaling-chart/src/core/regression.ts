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

/**
 * Fits value = a·b^t by least squares on log10(value) against time in years (a log-linear
 * regression, as Epoch AI does for compute trends). Points with a non-positive or non-finite
 * value or time are ignored; throws `TensorscopeError` (`EMPTY_INPUT`) when fewer than two usable
 * points at distinct times remain.
 */
export function fitExponentialTrend(points: readonly TrendPoint[]): ExponentialTrend {
  const usable = points.filter((p) => Number.isFinite(p?.time) && Number.isFinite(p?.value) && p.value > 0);
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
  const r2 = syy === 0 ? 1 : (sxy * sxy) / (sxx * syy);
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
