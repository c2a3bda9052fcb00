import { createSeededRandom, gaussian } from '@tensorscope/common';
import { describe, expect, it } from 'vitest';
import { createBarnesHut, exactRepulsion } from './barnesHut.js';

/** Random layout: a few blobs of different spreads plus duplicates, like a t-SNE layout midway. */
function layout(n: number, dims: 2 | 3, seed: number): Float64Array {
  const random = createSeededRandom(seed);
  const y = new Float64Array(n * dims);
  for (let i = 0; i < n; i++) {
    const blob = i % 4;
    for (let a = 0; a < dims; a++)
      y[i * dims + a] = blob * 6 * (a === blob % dims ? 1 : 0) + gaussian(random) * (1 + blob);
  }
  // Two exact duplicates (the tree lists points on one spot together).
  y.copyWithin(dims, 0, dims);
  return y;
}

/** Largest force error relative to the largest exact force. */
function relativeError(approx: Float64Array, exact: Float64Array): number {
  let error = 0;
  let scale = 0;
  for (let k = 0; k < exact.length; k++) {
    error = Math.max(error, Math.abs((approx[k] as number) - (exact[k] as number)));
    scale = Math.max(scale, Math.abs(exact[k] as number));
  }
  return error / scale;
}

describe('Barnes–Hut repulsion', () => {
  for (const dims of [2, 3] as const) {
    it(`θ = 0 gives the exact sums (${dims}-D)`, () => {
      const n = 300;
      const y = layout(n, dims, 3);
      const exact = new Float64Array(n * dims);
      const z = exactRepulsion(y, n, dims, exact);
      const tree = new Float64Array(n * dims);
      const zTree = createBarnesHut(n, dims)(y, 0, tree);
      expect(zTree).toBeCloseTo(z, 8);
      expect(relativeError(tree, exact)).toBeLessThan(1e-10);
    });

    it(`θ = 0.5 stays within a few per cent of exact (${dims}-D)`, () => {
      const n = 1500;
      const y = layout(n, dims, 5);
      const exact = new Float64Array(n * dims);
      const z = exactRepulsion(y, n, dims, exact);
      const tree = new Float64Array(n * dims);
      const zTree = createBarnesHut(n, dims)(y, 0.5, tree);
      expect(Math.abs(zTree - z) / z).toBeLessThan(0.02);
      expect(relativeError(tree, exact)).toBeLessThan(0.03);
      // The gradient direction per point agrees almost everywhere.
      let agree = 0;
      for (let i = 0; i < n; i++) {
        let dot = 0;
        let a2 = 0;
        let b2 = 0;
        for (let a = 0; a < dims; a++) {
          dot += (tree[i * dims + a] as number) * (exact[i * dims + a] as number);
          a2 += (tree[i * dims + a] as number) ** 2;
          b2 += (exact[i * dims + a] as number) ** 2;
        }
        if (dot / Math.sqrt(a2 * b2) > 0.99) agree++;
      }
      expect(agree / n).toBeGreaterThan(0.97);
    });
  }

  it('reuses its arrays across calls and copes with all points on one spot', () => {
    const n = 50;
    const repulsion = createBarnesHut(n, 2);
    const out = new Float64Array(n * 2);
    const same = new Float64Array(n * 2).fill(1.5);
    // Every pair at distance 0: w = 1, Z = n (n − 1), no net force.
    expect(repulsion(same, 0.5, out)).toBe(n * (n - 1));
    expect(Array.from(out).every((v) => v === 0)).toBe(true);
    const y = layout(n, 2, 9);
    const exact = new Float64Array(n * 2);
    exactRepulsion(y, n, 2, exact);
    repulsion(y, 0, out);
    expect(relativeError(out, exact)).toBeLessThan(1e-10);
  });
});
