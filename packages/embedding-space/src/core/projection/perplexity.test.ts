import { describe, expect, it } from 'vitest';
import { calibrateRow } from './perplexity.js';

const perplexityOf = (p: Float64Array) =>
  Math.exp(-Array.from(p).reduce((h, v) => (v > 0 ? h + v * Math.log(v) : h), 0));

describe('calibrateRow', () => {
  it('reaches the requested perplexity', () => {
    const distances = Array.from({ length: 90 }, (_, j) => (j + 1) * 0.37);
    for (const target of [5, 15, 30]) {
      const p = new Float64Array(distances.length);
      calibrateRow(distances, target, p);
      expect(perplexityOf(p)).toBeCloseTo(target, 2);
      expect(p.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 10);
      // Nearer neighbours get more probability.
      expect(p[0]).toBeGreaterThan(p[89] as number);
    }
  });

  it('gives equal probabilities to equidistant neighbours', () => {
    const p = new Float64Array(4);
    calibrateRow([2, 2, 2, 2], 3, p);
    expect(Array.from(p)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('copes with huge distances without underflow', () => {
    const p = new Float64Array(3);
    calibrateRow([1e6, 1e6 + 1, 1e6 + 2], 2, p);
    expect(p.every(Number.isFinite)).toBe(true);
    expect(perplexityOf(p)).toBeCloseTo(2, 2);
  });
});
