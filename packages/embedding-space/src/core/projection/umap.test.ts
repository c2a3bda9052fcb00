import { describe, expect, it } from 'vitest';
import { knnPreservation } from './layoutQuality.js';
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

  it('keeps well-separated clusters apart and their neighbourhoods (kNN preservation), per seed', () => {
    const blobs = gaussianClusters(4, 150, 10, 12, 9);
    const options = { seed: 5, epochs: 150, metric: 'euclidean' as const };
    const run = createUmap(blobs.vectors, blobs.count, blobs.dimensions, options);
    expect(run.iterations).toBe(150);
    const layout = finish(run);
    // Every point's 10 nearest layout neighbours are from its own cluster.
    let same = 0;
    for (let i = 0; i < blobs.count; i++) {
      const near = Array.from({ length: blobs.count }, (_, j) => j)
        .filter((j) => j !== i)
        .sort(
          (p, q) =>
            (layout[2 * p]! - layout[2 * i]!) ** 2 +
            (layout[2 * p + 1]! - layout[2 * i + 1]!) ** 2 -
            ((layout[2 * q]! - layout[2 * i]!) ** 2 + (layout[2 * q + 1]! - layout[2 * i + 1]!) ** 2),
        )
        .slice(0, 10);
      same += near.filter((j) => Math.floor(j / 150) === Math.floor(i / 150)).length;
    }
    expect(same / (blobs.count * 10)).toBeGreaterThan(0.99);
    const quality = { k: 10, sample: blobs.count, metric: 'euclidean' as const };
    const preserved = knnPreservation(blobs.vectors, blobs.count, blobs.dimensions, layout, 2, quality);
    // Reversed, point i sits where point n − 1 − i was: clusters stay whole, neighbourhoods inside
    // them are arbitrary (chance within a cluster: about 10 / 149).
    const reversed = layout.slice().reverse();
    const chance = knnPreservation(blobs.vectors, blobs.count, blobs.dimensions, reversed, 2, quality);
    expect(chance).toBeLessThan(0.1);
    expect(preserved).toBeGreaterThan(0.3);
    expect(preserved).toBeGreaterThan(4 * chance);
    const again = finish(createUmap(blobs.vectors, blobs.count, blobs.dimensions, options));
    expect(Array.from(again)).toEqual(Array.from(layout));
  });

  it('reports the set-up’s progress, rising to 1', () => {
    const fractions: number[] = [];
    createUmap(data.vectors, data.count, data.dimensions, { onGraphProgress: (f) => fractions.push(f) });
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions.at(-1)).toBe(1);
    fractions.forEach((f, i) => expect(f).toBeGreaterThanOrEqual(fractions[i - 1] ?? 0));
  });

  it('uses umap-learn’s default epochs: 500 up to 10 000 points', () => {
    expect(createUmap(data.vectors, data.count, data.dimensions).iterations).toBe(500);
    expect(createUmap(data.vectors, data.count, data.dimensions, { epochs: 0 }).iterations).toBe(500);
  });

  it('refuses bad input with typed errors', () => {
    const { vectors, count, dimensions } = data;
    const knn = bruteKnn(vectors, count, dimensions, 5);
    const code = (c: string) => expect.objectContaining({ code: c });
    expect(() => createUmap(null, count, dimensions)).toThrow(code('INVALID_ARGUMENT'));
    expect(() => createUmap([1, 2] as unknown as Float32Array, count, dimensions)).toThrow(code('INVALID_ARGUMENT'));
    expect(() => createUmap(vectors, count, dimensions + 1)).toThrow(code('LENGTH_MISMATCH'));
    const nan = vectors.slice();
    nan[5] = Number.NaN;
    expect(() => createUmap(nan, count, dimensions)).toThrow(code('INVALID_ARGUMENT'));
    expect(() => createUmap(vectors, count, dimensions, { minDist: 2 })).toThrow(code('INVALID_ARGUMENT'));
    expect(() => createUmap(vectors, count, dimensions, { dimensions: 4 as 2 })).toThrow(code('INVALID_ARGUMENT'));
    const notAFunction = { onGraphProgress: 1 as unknown as () => void };
    expect(() => createUmap(vectors, count, dimensions, notAFunction)).toThrow(code('INVALID_ARGUMENT'));
    const outOfRange = { ...knn, indices: knn.indices.slice() };
    outOfRange.indices[7] = count;
    expect(() => createUmap(null, count, dimensions, {}, outOfRange)).toThrow(code('INVALID_VALUE'));
    const badDistance = { ...knn, distances: knn.distances.slice() };
    badDistance.distances[3] = Number.NaN;
    expect(() => createUmap(null, count, dimensions, {}, badDistance)).toThrow(code('INVALID_VALUE'));
    expect(() => createUmap(null, count + 1, dimensions, {}, knn)).toThrow(code('LENGTH_MISMATCH'));
  });
});
