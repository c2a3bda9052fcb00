import { describe, expect, it } from 'vitest';
import { knnPreservation, trustworthiness } from './layoutQuality.js';
import { gaussianClusters } from './testData.js';

/** scikit-learn's trustworthiness, written out naively (full ranks by sorting), euclidean or cosine. */
function naive(x: Float32Array, n: number, d: number, y: Float32Array, ld: number, k: number, cosine: boolean) {
  const dist = (a: Float32Array, dd: number, i: number, j: number, cos: boolean) => {
    let s = 0;
    let ni = 0;
    let nj = 0;
    for (let t = 0; t < dd; t++) {
      const u = a[i * dd + t]!;
      const v = a[j * dd + t]!;
      if (cos) {
        s += u * v;
        ni += u * u;
        nj += v * v;
      } else s += (u - v) ** 2;
    }
    return cos ? 1 - s / Math.sqrt(ni * nj) : s;
  };
  let penalty = 0;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const others = Array.from({ length: n }, (_, j) => j).filter((j) => j !== i);
    const orig = [...others].sort((a, b) => dist(x, d, i, a, cosine) - dist(x, d, i, b, cosine) || a - b);
    const lay = [...others].sort((a, b) => dist(y, ld, i, a, false) - dist(y, ld, i, b, false) || a - b);
    const origK = new Set(orig.slice(0, k));
    for (const j of lay.slice(0, k)) {
      if (origK.has(j)) kept++;
      else penalty += orig.indexOf(j) + 1 - k;
    }
  }
  return { t: 1 - (2 / (n * k * (2 * n - 3 * k - 1))) * penalty, p: kept / (n * k) };
}

describe('layout quality', () => {
  const data = gaussianClusters(3, 40, 6, 6, 5);
  const n = data.count;
  // A layout that keeps the first two coordinates (neighbourhoods partly kept) and a shuffled one.
  const kept = new Float32Array(n * 2);
  for (let i = 0; i < n; i++) {
    kept[i * 2] = data.vectors[i * 6]!;
    kept[i * 2 + 1] = data.vectors[i * 6 + 1]!;
  }

  it('matches the naive formula on every point (euclidean and cosine)', () => {
    for (const metric of ['euclidean', 'cosine'] as const) {
      const expected = naive(data.vectors, n, 6, kept, 2, 7, metric === 'cosine');
      const options = { k: 7, sample: n, metric };
      expect(trustworthiness(data.vectors, n, 6, kept, 2, options)).toBeCloseTo(expected.t, 10);
      expect(knnPreservation(data.vectors, n, 6, kept, 2, options)).toBeCloseTo(expected.p, 10);
    }
  });

  it('is 1 for the data itself and low for a random layout; a sample is seeded', () => {
    const options = { k: 5, metric: 'euclidean' as const };
    expect(trustworthiness(data.vectors, n, 6, data.vectors, 6, options)).toBeCloseTo(1, 12);
    expect(knnPreservation(data.vectors, n, 6, data.vectors, 6, options)).toBe(1);
    const noise = new Float32Array(n * 2).map((_, i) => (Math.sin(i * 12.9898) * 43758.5453) % 1);
    expect(knnPreservation(data.vectors, n, 6, noise, 2, options)).toBeLessThan(0.2);
    expect(trustworthiness(data.vectors, n, 6, noise, 2, options)).toBeLessThan(0.7);
    const a = trustworthiness(data.vectors, n, 6, kept, 2, { ...options, sample: 30, seed: 1 });
    expect(trustworthiness(data.vectors, n, 6, kept, 2, { ...options, sample: 30, seed: 1 })).toBe(a);
    expect(a).toBeGreaterThan(0.5);
  });

  it('refuses bad input with typed errors', () => {
    const v = data.vectors;
    expect(() => trustworthiness([1, 2] as unknown as Float32Array, n, 6, kept, 2)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => trustworthiness(v, n, 5, kept, 2)).toThrow(expect.objectContaining({ code: 'LENGTH_MISMATCH' }));
    expect(() => knnPreservation(v, n, 6, kept, 3)).toThrow(expect.objectContaining({ code: 'LENGTH_MISMATCH' }));
    expect(() => trustworthiness(v, n, 6, kept, 2, { k: 100 })).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE' }),
    );
    expect(() => trustworthiness(v, n, 6, kept, 2, { metric: 'x' as 'cosine' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    const nan = kept.slice();
    nan[3] = Number.NaN;
    expect(() => knnPreservation(v, n, 6, nan, 2)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => knnPreservation(v, 1.5, 6, kept, 2)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});
