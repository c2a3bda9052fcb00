import { describe, expect, it } from 'vitest';
import { fuzzySimplicialSet, membershipStrengths, smoothKnnDistances } from './fuzzyGraph.js';
import type { KnnGraph } from './umap.js';

// Four points on a line at 0, 1, 3 and 7, with k = 3 (self + 2 neighbours), euclidean.
const knn: KnnGraph = {
  k: 3,
  indices: new Int32Array([0, 1, 2, 1, 0, 2, 2, 1, 0, 3, 2, 1]),
  distances: new Float32Array([0, 1, 3, 0, 1, 2, 0, 2, 3, 0, 4, 6]),
};
// By hand: log2(3) = 1 (the nearest, at ρ) + exp(−(d₂ − ρ)/σ), so the second neighbour's membership
// is c = log2(3) − 1 and σ = (d₂ − ρ) / −ln c.
const c = Math.log2(3) - 1;

describe('fuzzy simplicial set', () => {
  it('calibrates ρ and σ by hand', () => {
    const { rhos, sigmas } = smoothKnnDistances(knn, 4);
    expect(Array.from(rhos)).toEqual([1, 1, 2, 4]);
    const expected = [2, 1, 1, 2].map((gap) => gap / -Math.log(c));
    expected.forEach((sigma, i) => expect(Math.abs(sigmas[i]! / sigma - 1)).toBeLessThan(1e-4));
  });

  it('gives memberships in (0, 1] with a row maximum of 1 before symmetrisation', () => {
    const { rhos, sigmas } = smoothKnnDistances(knn, 4);
    const a = membershipStrengths(knn, 4, sigmas, rhos);
    for (let i = 0; i < 4; i++) {
      expect(a[i * 3]).toBe(0); // the point itself
      expect(a[i * 3 + 1]).toBe(1);
      expect(a[i * 3 + 2]).toBeCloseTo(c, 4);
    }
  });

  it('is the fuzzy union a + aᵀ − a·aᵀ, symmetric, by hand', () => {
    const graph = fuzzySimplicialSet(knn, 4);
    const dense = Array.from({ length: 4 }, () => new Array<number>(4).fill(0));
    for (let i = 0; i < 4; i++) {
      for (let e = graph.indptr[i]!; e < graph.indptr[i + 1]!; e++) {
        expect(dense[i]![graph.indices[e]!]).toBe(0); // no duplicates
        dense[i]![graph.indices[e]!] = graph.weights[e]!;
      }
    }
    const expected = [
      [0, 1, 2 * c - c * c, 0],
      [1, 0, 1, c],
      [2 * c - c * c, 1, 0, 1],
      [0, c, 1, 0],
    ];
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        expect(dense[i]![j]).toBeCloseTo(expected[i]![j]!, 4);
        expect(dense[i]![j]).toBe(dense[j]![i]);
      }
    }
    for (const w of graph.weights) expect(w > 0 && w <= 1).toBe(true);
    expect(graph.indptr[4]).toBe(10);
  });
});
