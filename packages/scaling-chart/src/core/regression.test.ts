import { isTensorscopeError } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { NOTABLE_MODELS } from '../data/notableModels.js';
import { parseDate } from './models.js';
import { fitExponentialTrend, MS_PER_YEAR } from './regression.js';

describe('fitExponentialTrend', () => {
  it('recovers an exact exponential: ×4 per year doubles every 6 months', () => {
    const start = Date.UTC(2018, 0, 1);
    const points = [0, 1, 2, 3, 4].map((i) => ({ time: start + i * MS_PER_YEAR, value: 1e20 * 4 ** i }));
    const trend = fitExponentialTrend(points);
    expect(trend.growthPerYear).toBeCloseTo(4, 10);
    expect(trend.doublingMonths).toBeCloseTo(6, 10);
    expect(trend.r2).toBeCloseTo(1, 12);
    expect(trend.n).toBe(5);
    expect(trend.predict(start + 2.5 * MS_PER_YEAR)).toBeCloseTo(1e20 * 4 ** 2.5, -15);
  });

  it('matches a hand-computed least-squares fit on noisy data', () => {
    // log10 values 0, 1.2, 1.8 at years 0, 1, 2 → slope 0.9, intercept 0.1, R² = 0.81 / 0.84.
    const points = [0, 1.2, 1.8].map((y, i) => ({ time: i * MS_PER_YEAR, value: 10 ** y }));
    const trend = fitExponentialTrend(points);
    expect(trend.slope).toBeCloseTo(0.9, 12);
    expect(trend.intercept).toBeCloseTo(0.1, 12);
    expect(trend.r2).toBeCloseTo(0.81 / 0.84, 12);
  });

  it('ignores unusable points and throws a typed error when fewer than two remain', () => {
    const trend = fitExponentialTrend([
      { time: 0, value: 1 },
      { time: MS_PER_YEAR, value: 10 },
      { time: 2 * MS_PER_YEAR, value: -5 },
      { time: Number.NaN, value: 3 },
    ]);
    expect(trend.n).toBe(2);
    expect(trend.growthPerYear).toBeCloseTo(10, 10);
    let error: unknown;
    try {
      fitExponentialTrend([{ time: 0, value: 1 }]);
    } catch (e) {
      error = e;
    }
    expect(isTensorscopeError(error) && error.code).toBe('EMPTY_INPUT');
  });

  it('finds the built-in compute data growing several-fold per year', () => {
    const points = NOTABLE_MODELS.flatMap((m) =>
      m.trainingFlops ? [{ time: parseDate(m.date), value: m.trainingFlops.value }] : [],
    );
    const trend = fitExponentialTrend(points);
    // Epoch AI: 4–5× per year for notable models since 2010; this hand-picked 2017–2025 set is close.
    expect(trend.growthPerYear).toBeGreaterThan(3);
    expect(trend.growthPerYear).toBeLessThan(10);
  });
});

describe('fitExponentialTrend hostile points (regression: TypeError and NaN slopes)', () => {
  it('refuses a non-array, ignores times outside the Date range, and refuses an overflowing slope', () => {
    expect(() => fitExponentialTrend('points' as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const far = [
      { time: 1e300, value: 10 },
      { time: 0, value: 10 },
      { time: MS_PER_YEAR, value: 100 },
    ];
    expect(fitExponentialTrend(far).n).toBe(2);
    const close = [
      { time: 0, value: 1e-300 },
      { time: 1e-80, value: 1e300 },
    ];
    expect(() => fitExponentialTrend(close)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
  });
});
