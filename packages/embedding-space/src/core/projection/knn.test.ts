import { getRuntime, type TensorRuntime } from '@tensorscope/tensor-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { exactKnn } from './knn.js';
import { embeddingOf, gaussianClusters } from './testData.js';

let runtime: TensorRuntime;
beforeAll(async () => {
  runtime = await getRuntime({ backends: ['cpu'] });
});

describe('exactKnn', () => {
  it('matches brute force (euclidean), self first, with progress', async () => {
    const data = gaussianClusters(3, 40, 5, 4, 8);
    const k = 6;
    const fractions: number[] = [];
    const graph = await exactKnn(data, k, { metric: 'euclidean', runtime, onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    for (const i of [0, 17, 119]) {
      const order = Array.from({ length: data.count }, (_, j) => {
        let s = 0;
        for (let a = 0; a < 5; a++)
          s += ((data.vectors[i * 5 + a] as number) - (data.vectors[j * 5 + a] as number)) ** 2;
        return { j, d: Math.sqrt(s) };
      }).sort((a, b) => a.d - b.d);
      expect(graph.indices[i * k]).toBe(i);
      expect(Array.from(graph.indices.subarray(i * k, i * k + k))).toEqual(order.slice(0, k).map((o) => o.j));
      order.slice(0, k).forEach((o, p) => expect(graph.distances[i * k + p]).toBeCloseTo(o.d, 3));
    }
  });

  it('gives cosine distances 1 − cos', async () => {
    const data = embeddingOf(new Float32Array([1, 0, 0, 2, 1, 1, -1, 0]), 4, 2);
    const graph = await exactKnn(data, 3, { runtime });
    expect(Array.from(graph.indices.subarray(0, 3))).toEqual([0, 2, 1]);
    expect(graph.distances[1]).toBeCloseTo(1 - Math.SQRT1_2, 5);
    expect(graph.distances[2]).toBeCloseTo(1, 5);
  });
});
