import { describe, expect, it } from 'vitest';
import { findAbParams } from './umapLayout.js';

describe('findAbParams', () => {
  it('fits umap-learn’s curve: min_dist 0.1 → (1.577, 0.895)', () => {
    const { a, b } = findAbParams(1, 0.1);
    expect(a).toBeCloseTo(1.577, 3);
    expect(b).toBeCloseTo(0.895, 3);
  });

  it('gives a smaller a and a larger b for a larger min_dist', () => {
    const near = findAbParams(1, 0.001);
    const far = findAbParams(1, 0.5);
    expect(near.a).toBeGreaterThan(far.a);
    expect(far.b).toBeGreaterThan(near.b);
    for (const { a, b } of [near, far, findAbParams(1, 0), findAbParams(1, 1)]) {
      expect(Number.isFinite(a) && a > 0).toBe(true);
      expect(Number.isFinite(b) && b > 0).toBe(true);
    }
  });
});
