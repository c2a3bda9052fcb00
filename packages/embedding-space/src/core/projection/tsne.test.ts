import { describe, expect, it } from 'vitest';
import { createTsne, TSNE_MAX_POINTS } from './tsne.js';
import { gaussianClusters, silhouette } from './testData.js';

const run = (seed: number, dims: 2 | 3 = 2, iterations = 400) => {
  const data = gaussianClusters(2, 60, 10, 12, 5);
  const tsne = createTsne(data.vectors, data.count, data.dimensions, {
    seed,
    dims,
    perplexity: 15,
    iterations,
    metric: 'euclidean',
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

  it('refuses more than the documented cap, naming it', () => {
    const n = TSNE_MAX_POINTS + 1;
    expect(() => createTsne(new Float32Array(n * 2), n, 2)).toThrow(
      expect.objectContaining({ code: 'TOO_LARGE', message: expect.stringContaining(`at most ${TSNE_MAX_POINTS}`) }),
    );
    expect(() => createTsne(new Float32Array(4), 2, 2)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE' }));
  });
});
