import { describe, expect, it } from 'vitest';
import { nnDescent, unitRows } from './nnDescent.js';
import { gaussianClusters } from './testData.js';

/** Exact neighbours (self excluded) by brute force: `cosine` compares unit rows by dot product. */
function exactNeighbours(x: Float32Array, n: number, d: number, k: number, cosine: boolean): Int32Array[] {
  const rows = cosine ? unitRows(x, n, d) : x;
  const out: Int32Array[] = [];
  const dist = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let a = 0; a < d; a++) {
        s += cosine ? rows[i * d + a]! * rows[j * d + a]! : (rows[i * d + a]! - rows[j * d + a]!) ** 2;
      }
      dist[j] = cosine ? 1 - s : s;
    }
    dist[i] = Infinity;
    const order = Int32Array.from({ length: n }, (_, j) => j).sort((p, q) => dist[p]! - dist[q]! || p - q);
    out.push(order.slice(0, k));
  }
  return out;
}

function recall(graph: { k: number; indices: Int32Array }, exact: Int32Array[]): number {
  let hits = 0;
  let total = 0;
  exact.forEach((truth, i) => {
    const found = new Set(graph.indices.subarray(i * graph.k + 1, (i + 1) * graph.k));
    for (const j of truth) hits += found.has(j) ? 1 : 0;
    total += truth.length;
  });
  return hits / total;
}

describe('nnDescent', () => {
  // 2 000 points in 8 overlapping clusters of 16 dimensions: hard enough that the trees alone miss.
  const data = gaussianClusters(8, 250, 16, 2.5, 7);
  const { vectors, count: n, dimensions: d } = data;

  for (const metric of ['euclidean', 'cosine'] as const) {
    it(`finds ≥ 90 % of the exact ${metric} neighbours, self first, ascending`, () => {
      const graph = nnDescent(vectors, n, d, 15, { metric, seed: 1 });
      expect(graph.k).toBe(15);
      const exact = exactNeighbours(vectors, n, d, 14, metric === 'cosine');
      expect(recall(graph, exact)).toBeGreaterThanOrEqual(0.9);
      for (let i = 0; i < n; i++) {
        expect(graph.indices[i * 15]).toBe(i);
        expect(graph.distances[i * 15]).toBe(0);
        for (let q = 2; q < 15; q++) {
          expect(graph.distances[i * 15 + q]!).toBeGreaterThanOrEqual(graph.distances[i * 15 + q - 1]!);
        }
      }
    });
  }

  it('is deterministic for a seed and gives true distances', () => {
    const a = nnDescent(vectors, n, d, 6, { metric: 'euclidean', seed: 3 });
    const b = nnDescent(vectors, n, d, 6, { metric: 'euclidean', seed: 3 });
    expect(Array.from(b.indices)).toEqual(Array.from(a.indices));
    const i = 17;
    const j = a.indices[i * 6 + 1]!;
    let s = 0;
    for (let t = 0; t < d; t++) s += (vectors[i * d + t]! - vectors[j * d + t]!) ** 2;
    expect(a.distances[i * 6 + 1]).toBeCloseTo(Math.sqrt(s), 4);
  });

  it('copes with duplicate rows and tiny inputs', () => {
    const same = new Float32Array(40 * 3).fill(1);
    const graph = nnDescent(same, 40, 3, 5, { metric: 'cosine', seed: 1 });
    for (let i = 0; i < 40; i++) {
      expect(graph.indices[i * 5]).toBe(i);
      for (let q = 1; q < 5; q++) expect(graph.indices[i * 5 + q]).not.toBe(i);
    }
    const two = nnDescent(new Float32Array([0, 0, 1, 1]), 2, 2, 2, { metric: 'euclidean', seed: 1 });
    expect(Array.from(two.indices)).toEqual([0, 1, 1, 0]);
  });
});
