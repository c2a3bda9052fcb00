import { describe, expect, it } from 'vitest';
import { createTsne, TSNE_MAX_POINTS } from './tsne.js';
import { gaussianClusters, silhouette } from './testData.js';
import { bruteForceNeighbours } from './tsneAffinities.js';

const run = (seed: number, dims: 2 | 3 = 2, iterations = 400, theta?: number) => {
  const data = gaussianClusters(2, 60, 10, 12, 5);
  const tsne = createTsne(data.vectors, data.count, data.dimensions, {
    seed,
    dims,
    perplexity: 15,
    iterations,
    metric: 'euclidean',
    ...(theta === undefined ? {} : { theta }),
  });
  while (tsne.iteration < tsne.iterations) tsne.step();
  return tsne.coordinates();
};

describe('createTsne', () => {
  it('separates two well-separated Gaussian clusters (2D and 3D)', () => {
    const group = (i: number) => (i < 60 ? 0 : 1);
    expect(silhouette(run(1), 2, group)).toBeGreaterThan(0.6);
    expect(silhouette(run(1, 3), 3, group)).toBeGreaterThan(0.6);
  });

  it('separates them with the Barnes–Hut tree too (θ = 0.5, 2D and 3D)', () => {
    const group = (i: number) => (i < 60 ? 0 : 1);
    expect(silhouette(run(1, 2, 400, 0.5), 2, group)).toBeGreaterThan(0.6);
    expect(silhouette(run(1, 3, 400, 0.5), 3, group)).toBeGreaterThan(0.6);
  });

  it('separates three clusters of 1 500 points with the default (Barnes–Hut) settings', () => {
    const data = gaussianClusters(3, 500, 20, 10, 3);
    const tsne = createTsne(data.vectors, data.count, data.dimensions, { seed: 2, iterations: 300 });
    while (tsne.iteration < tsne.iterations) tsne.step();
    const coords = tsne.coordinates();
    // Each point's 10 nearest layout neighbours are (almost all) from its own cluster.
    let same = 0;
    const n = data.count;
    const d2 = new Float64Array(n);
    for (let i = 0; i < n; i += 7) {
      for (let j = 0; j < n; j++) {
        d2[j] =
          ((coords[2 * i] as number) - (coords[2 * j] as number)) ** 2 +
          ((coords[2 * i + 1] as number) - (coords[2 * j + 1] as number)) ** 2;
      }
      d2[i] = Infinity;
      const nearest = Array.from(d2.keys())
        .sort((a, b) => (d2[a] as number) - (d2[b] as number))
        .slice(0, 10);
      same += nearest.filter((j) => Math.floor(j / 500) === Math.floor(i / 500)).length / 10;
    }
    expect(same / Math.ceil(n / 7)).toBeGreaterThan(0.95);
  });

  it('takes a neighbour graph instead of the vectors (self first, as exactKnn gives it)', () => {
    const data = gaussianClusters(2, 30, 5, 10, 4);
    const n = data.count;
    // perplexity 5 → 15 neighbours per point, plus the point itself first.
    const { indices, squaredDistances } = bruteForceNeighbours(data.vectors, n, data.dimensions, 15);
    const knn = { k: 16, indices: new Int32Array(n * 16), distances: new Float32Array(n * 16) };
    for (let i = 0; i < n; i++) {
      knn.indices[i * 16] = i;
      for (let p = 0; p < 15; p++) {
        knn.indices[i * 16 + 1 + p] = indices[i * 15 + p] as number;
        knn.distances[i * 16 + 1 + p] = Math.sqrt(squaredDistances[i * 15 + p] as number);
      }
    }
    const options = { seed: 3, perplexity: 5, iterations: 200, metric: 'euclidean' as const };
    const fromGraph = createTsne(null, n, data.dimensions, options, knn);
    const fromVectors = createTsne(data.vectors, n, data.dimensions, options);
    // The same affinities (up to float32 rounding of the graph's distances): the same first steps…
    for (let i = 0; i < 3; i++) {
      fromGraph.step();
      fromVectors.step();
    }
    const a = fromGraph.coordinates();
    const b = fromVectors.coordinates();
    const scale = Math.max(...Array.from(b, Math.abs));
    for (let k = 0; k < a.length; k++) expect(Math.abs((a[k] as number) - (b[k] as number))).toBeLessThan(1e-4 * scale);
    // …and the same separation at the end.
    while (fromGraph.iteration < fromGraph.iterations) fromGraph.step();
    expect(silhouette(fromGraph.coordinates(), 2, (i) => (i < 30 ? 0 : 1))).toBeGreaterThan(0.6);
    // Too few neighbours for the perplexity, a graph of the wrong size, no vectors and no graph.
    expect(() => createTsne(null, n, data.dimensions, { perplexity: 10 }, knn)).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE', message: expect.stringContaining('30 neighbours') }),
    );
    expect(() => createTsne(null, n + 1, data.dimensions, { perplexity: 5 }, knn)).toThrow(
      expect.objectContaining({ code: 'LENGTH_MISMATCH' }),
    );
    expect(() => createTsne(null, n, data.dimensions)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const broken = { ...knn, indices: knn.indices.slice() };
    broken.indices[5] = n + 3;
    expect(() => createTsne(null, n, data.dimensions, options, broken)).toThrow(
      expect.objectContaining({ code: 'INVALID_VALUE' }),
    );
  });

  it('does not invent clusters in a single blob', () => {
    const data = gaussianClusters(1, 120, 10, 0, 5);
    const tsne = createTsne(data.vectors, data.count, data.dimensions, { seed: 1, perplexity: 15, iterations: 300 });
    while (tsne.iteration < tsne.iterations) tsne.step();
    expect(Math.abs(silhouette(tsne.coordinates(), 2, (i) => (i < 60 ? 0 : 1)))).toBeLessThan(0.2);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = run(7, 2, 60);
    const b = run(7, 2, 60);
    const c = run(8, 2, 60);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Array.from(a)).not.toEqual(Array.from(c));
    expect(Array.from(run(7, 3, 60, 0.5))).toEqual(Array.from(run(7, 3, 60, 0.5)));
  });

  it('steps one iteration at a time and stops at the planned count', () => {
    const data = gaussianClusters(2, 10, 4, 5);
    const tsne = createTsne(data.vectors, data.count, data.dimensions, { iterations: 3, perplexity: 5 });
    expect(tsne.iteration).toBe(0);
    tsne.step();
    expect(tsne.iteration).toBe(1);
    tsne.step();
    tsne.step();
    const last = tsne.coordinates();
    tsne.step();
    expect(tsne.iteration).toBe(3);
    expect(Array.from(tsne.coordinates())).toEqual(Array.from(last));
    expect(last).toHaveLength(40);
  });

  it('refuses more than the documented cap, naming it, and bad options with typed errors', () => {
    expect(TSNE_MAX_POINTS).toBe(100_000);
    const n = TSNE_MAX_POINTS + 1;
    expect(() => createTsne(new Float32Array(n * 2), n, 2)).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE', message: expect.stringContaining('at most 100,000') }),
    );
    expect(() => createTsne(new Float32Array(4), 2, 2)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    const data = gaussianClusters(2, 10, 4, 5);
    const make = (options: object) => () => createTsne(data.vectors, data.count, data.dimensions, options);
    expect(make({ theta: -0.1 })).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    expect(make({ theta: 1.5 })).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
    expect(make({ theta: '0.5' })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(make({ theta: Number.NaN })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(make({ perplexity: 0 })).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
  });
});
