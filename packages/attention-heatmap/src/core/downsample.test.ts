import { describe, expect, it } from 'vitest';
import { maxPool } from './downsample.js';

describe('maxPool', () => {
  it('keeps the largest weight of each block', () => {
    // 4 × 4 → 2 × 2
    const m = Float32Array.from([0.1, 0.2, 0, 0, 0.9, 0, 0, 0.3, 0, 0, 0.5, 0, 0.7, 0, 0, 0]);
    const pooled = maxPool(m, 4, 4, 2, 2);
    expect(pooled.rows).toBe(2);
    expect(pooled.columns).toBe(2);
    expect(Array.from(pooled.data)).toEqual([Math.fround(0.9), Math.fround(0.3), Math.fround(0.7), Math.fround(0.5)]);
  });

  it('handles sizes that do not divide evenly and returns small inputs unchanged', () => {
    const m = new Float32Array(5 * 3).map((_, i) => i);
    const pooled = maxPool(m, 5, 3, 2, 3);
    expect([pooled.rows, pooled.columns, pooled.rowFactor]).toEqual([2, 3, 3]);
    expect(Array.from(pooled.data)).toEqual([6, 7, 8, 12, 13, 14]);
    expect(maxPool(m, 5, 3, 10, 10).data).toBe(m);
  });
});

describe('maxPool by magnitude', () => {
  it('keeps the value of largest |value| with its sign', () => {
    const m = Float32Array.from([0.5, -0.9, 0.1, 0.2]);
    expect(Array.from(maxPool(m, 2, 2, 1, 1, true).data)).toEqual([Math.fround(-0.9)]);
    expect(Array.from(maxPool(m, 2, 2, 1, 1).data)).toEqual([0.5]);
  });
});
