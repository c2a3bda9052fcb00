import { createSeededRandom, gaussian } from '@tensorscope/common';
import { getRuntime, type TensorRuntime } from '@tensorscope/tensor-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectPca } from './pca.js';
import { embeddingOf } from './testData.js';

let runtime: TensorRuntime;
beforeAll(async () => {
  runtime = await getRuntime({ backends: ['cpu'] });
});

/** Counts the PCA computations a runtime is asked for. */
function counting(base: TensorRuntime): { runtime: TensorRuntime; calls: () => number } {
  let calls = 0;
  const wrapped = Object.create(base) as TensorRuntime & { pca: TensorRuntime['pca'] };
  wrapped.pca = (x, options) => {
    calls++;
    return base.pca(x, options);
  };
  return { runtime: wrapped, calls: () => calls };
}

describe('projectPca', () => {
  it('puts ~100 % of the variance on PC1 for points on a line', async () => {
    const random = createSeededRandom(3);
    const n = 200;
    const d = 5;
    const direction = [1, 2, -1, 0.5, 3];
    const vectors = new Float32Array(n * d);
    for (let i = 0; i < n; i++) {
      const t = gaussian(random) * 10;
      for (let j = 0; j < d; j++) vectors[i * d + j] = t * (direction[j] as number) + 7 + gaussian(random) * 1e-3;
    }
    const result = await projectPca(embeddingOf(vectors, n, d), { runtime, dimensions: 2 });
    expect(result.dimensions).toBe(2);
    expect(result.coordinates).toHaveLength(n * 2);
    expect(result.explainedVarianceRatio?.[0]).toBeGreaterThan(0.9999);
    expect(result.axisLabels[0]).toBe('PC1 (100.0 %)');
    expect(result.axisLabels[1]).toMatch(/^PC2 \(0\.0 %\)$/);
    // The second axis is (numerically) flat: all the spread is along x.
    const ys = Array.from({ length: n }, (_, i) => Math.abs(result.coordinates[i * 2 + 1] as number));
    expect(Math.max(...ys)).toBeLessThan(1e-3);
  });

  it('reports the known variance split of axis-aligned data and any component triple', async () => {
    // Variances 16, 4, 1 along x, y, z (independent): ratios 16/21, 4/21, 1/21.
    const random = createSeededRandom(9);
    const n = 4000;
    const vectors = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) {
      vectors[i * 3] = gaussian(random) * 4;
      vectors[i * 3 + 1] = gaussian(random) * 2;
      vectors[i * 3 + 2] = gaussian(random);
    }
    const data = embeddingOf(vectors, n, 3);
    const { runtime: r, calls } = counting(runtime);
    const first = await projectPca(data, { runtime: r });
    const ratios = first.explainedVarianceRatio ?? [];
    expect(ratios[0]).toBeCloseTo(16 / 21, 1);
    expect(ratios[1]).toBeCloseTo(4 / 21, 1);
    expect(ratios[2]).toBeCloseTo(1 / 21, 1);
    expect(first.raw).toHaveLength(n * 3);

    // Switching the triple reuses the decomposition.
    const swapped = await projectPca(data, { runtime: r, components: [2, 0, 1] });
    expect(calls()).toBe(1);
    expect(swapped.axisLabels.map((l) => l.split(' ')[0])).toEqual(['PC3', 'PC1', 'PC2']);
    for (let i = 0; i < 50; i++) {
      expect(swapped.raw?.[i * 3]).toBe(first.raw?.[i * 3 + 2]);
      expect(swapped.raw?.[i * 3 + 1]).toBe(first.raw?.[i * 3]);
    }
    // PC1 follows x (up to sign): |corr| ≈ 1.
    let dot = 0;
    let xx = 0;
    let pp = 0;
    for (let i = 0; i < n; i++) {
      const x = vectors[i * 3] as number;
      const p = first.raw?.[i * 3] as number;
      dot += x * p;
      xx += x * x;
      pp += p * p;
    }
    expect(Math.abs(dot) / Math.sqrt(xx * pp)).toBeGreaterThan(0.99);
  });

  it('names bad input and honours an aborted signal', async () => {
    const data = embeddingOf(new Float32Array([1, 2, 3, 4, 5, 6]), 3, 2);
    await expect(projectPca(data, { runtime, components: [0, 2], dimensions: 2 })).rejects.toMatchObject({
      code: 'INVALID_VALUE',
      message: expect.stringMatching(/component 2 is outside 0\.\.1/),
    });
    await expect(projectPca(data, { runtime, dimensions: 3 })).rejects.toMatchObject({ code: 'INVALID_VALUE' });
    await expect(projectPca(embeddingOf(new Float32Array(2), 1, 2), { runtime, dimensions: 2 })).rejects.toMatchObject({
      code: 'EMPTY_INPUT',
    });
    const controller = new AbortController();
    controller.abort();
    await expect(projectPca(data, { runtime, dimensions: 2, signal: controller.signal })).rejects.toMatchObject({
      code: 'ABORTED',
    });
  });
});
