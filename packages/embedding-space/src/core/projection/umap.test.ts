import { describe, expect, it } from 'vitest';
import { gaussianClusters, silhouette } from './testData.js';
import { createUmap, type KnnGraph } from './umap.js';

/** Brute-force exact neighbours by euclidean distance, self first. */
function bruteKnn(vectors: Float32Array, n: number, d: number, k: number): KnnGraph {
  const indices = new Int32Array(n * k);
  const distances = new Float32Array(n * k);
  for (let i = 0; i < n; i++) {
    const all = Array.from({ length: n }, (_, j) => {
      let s = 0;
      for (let a = 0; a < d; a++) s += ((vectors[i * d + a] as number) - (vectors[j * d + a] as number)) ** 2;
      return { j, dist: Math.sqrt(s) };
    }).sort((a, b) => a.dist - b.dist || (a.j === i ? -1 : b.j === i ? 1 : a.j - b.j));
    all.slice(0, k).forEach(({ j, dist }, p) => {
      indices[i * k + p] = j;
      distances[i * k + p] = dist;
    });
  }
  return { k, indices, distances };
}

const finish = (run: ReturnType<typeof createUmap>) => {
  while (run.iteration < run.iterations) run.step();
  return run.coordinates();
};

describe('createUmap', () => {
  const data = gaussianClusters(2, 100, 8, 10, 2);
  const group = (i: number) => (i < 100 ? 0 : 1);

  it('separates two clusters with its own neighbour search, deterministically per seed', () => {
    const options = { seed: 3, epochs: 100, metric: 'euclidean' as const };
    const a = finish(createUmap(data.vectors, data.count, data.dimensions, options));
    expect(a).toHaveLength(400);
    expect(silhouette(a, 2, group)).toBeGreaterThan(0.6);
    const b = finish(createUmap(data.vectors, data.count, data.dimensions, options));
    expect(Array.from(b)).toEqual(Array.from(a));
    const c = finish(createUmap(data.vectors, data.count, data.dimensions, { ...options, seed: 4 }));
    expect(Array.from(c)).not.toEqual(Array.from(a));
  });

  it('uses a precomputed neighbour graph without reading the vectors (3D)', () => {
    const knn = bruteKnn(data.vectors, data.count, data.dimensions, 15);
    const run = createUmap(null, data.count, data.dimensions, { seed: 3, epochs: 100, dimensions: 3 }, knn);
    expect(run.iterations).toBe(100);
    expect(run.dimensions).toBe(3);
    const coords = finish(run);
    expect(coords).toHaveLength(600);
    expect(silhouette(coords, 3, group)).toBeGreaterThan(0.6);
  });

  it('names too few points for the neighbour count', () => {
    expect(() => createUmap(new Float32Array(20), 10, 2, { nNeighbors: 15 })).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE', message: expect.stringMatching(/nNeighbors 15/) }),
    );
  });
});
