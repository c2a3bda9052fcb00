// Regressions from the hostile-input probe (issue "Hardening"): typed errors instead of TypeErrors,
// float32 overflow handled, sizes refused before work, and no tensor left behind by a rejected call.
import { TensorscopeError } from '@tensorscope/common';
import { afterAll, describe, expect, it } from 'vitest';
import { createIndex, nearestNeighbors, pca } from './api.js';
import { toMatrix, toVector } from './core/matrix.js';
import { createRuntime } from './runtime.js';

const runtime = await createRuntime({ backends: ['cpu'] });
afterAll(() => runtime.dispose());
const on = { runtime };
const rows = [
  [1, 0],
  [0, 1],
  [1, 1],
];

async function code(promise: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(TensorscopeError);
    return (error as TensorscopeError).code;
  }
  throw new Error('expected a typed error');
}

describe('arguments of the wrong type are typed errors', () => {
  it('nearestNeighbors(v, q) without options', async () => {
    expect(await code(nearestNeighbors(rows, [1, 0], undefined as never))).toBe('INVALID_ARGUMENT');
  });
  it('pca(x, null)', async () => {
    expect(await code(pca(rows, null as never))).toBe('INVALID_ARGUMENT');
    expect(await code(runtime.pca(rows, null as never))).toBe('INVALID_ARGUMENT');
  });
  it('index.query(undefined, 2) and a vector that only claims a length', async () => {
    const index = await createIndex(rows, on);
    expect(await code(index.query(undefined as never, 2))).toBe('INVALID_ARGUMENT');
    expect(await code(index.query({ length: 2 ** 31 } as never, 2))).toBe('INVALID_ARGUMENT');
    index.dispose();
  });
  it('strings and nulls inside a matrix are not read as NaN or 0', async () => {
    expect(await code(() => toMatrix([[1, null as never]]))).toBe('INVALID_ARGUMENT');
    expect(await code(() => toVector(['1'] as never, 'v'))).toBe('INVALID_ARGUMENT');
  });
  it('createRuntime with options of the wrong type rejects before loading anything', async () => {
    expect(await code(createRuntime(5 as never))).toBe('INVALID_ARGUMENT');
    expect(await code(createRuntime({ backends: 'cpu' as never }))).toBe('INVALID_ARGUMENT');
  });
});

describe('declared sizes are refused before any work', () => {
  it('a sparse row claiming 2^31 columns, and a shape far beyond its data', async () => {
    expect(await code(() => toMatrix([new Array(2 ** 31)]))).toBe('TOO_LARGE');
    const lying = { data: new Float32Array(4), shape: [2 ** 31, 2 ** 31] as const };
    const index = await createIndex(rows, on);
    expect(await code(index.queryBatch(lying, 1))).toBe('TOO_LARGE');
    index.dispose();
  });
  it('a throughput size the backend cannot finish', async () => {
    expect(await code(runtime.measureThroughput({ size: 8192, runs: 1 }))).toBe('TOO_LARGE');
  });
  it('a bandwidth buffer beyond the host cap', async () => {
    expect(await code(runtime.measureBandwidth({ sizeMiB: 4096, runs: 1 }))).toBe('TOO_LARGE');
  });
});

describe('float32 overflow: scaled before squaring, results checked finite', () => {
  it('cosine of [1e20, 1e20] with itself is 1, and normalizeRows keeps its direction', async () => {
    const big = [[1e20, 1e20]];
    expect((await runtime.cosineSimilarity(big, big)).data[0]).toBeCloseTo(1, 5);
    const unit = await runtime.normalizeRows([[3e38, 3e38]]);
    expect(Array.from(unit.data).map((v) => Number(v.toFixed(5)))).toEqual([0.70711, 0.70711]);
  });
  it('neighbours among huge vectors: cosine ≤ 1, euclidean distances exact, dot overflow is OVERFLOW', async () => {
    const vectors = [
      [1e20, 0],
      [0, 1e20],
    ];
    const cosine = await runtime.nearestNeighbors(vectors, [1e20, 1e20], { k: 2 });
    expect(cosine.scores[0]).toBeCloseTo(Math.SQRT1_2, 5);
    const euclidean = await runtime.nearestNeighbors(vectors, [1e20, 0], { k: 2, metric: 'euclidean' });
    expect(Array.from(euclidean.indices)).toEqual([0, 1]);
    expect(euclidean.scores[1]! / 1e20).toBeCloseTo(Math.SQRT2, 4);
    expect(await code(runtime.nearestNeighbors(vectors, [1e20, 0], { k: 1, metric: 'dot' }))).toBe('OVERFLOW');
  });
  it('attention of huge queries is a one-hot softmax, not NaN', async () => {
    const result = await runtime.attention({
      q: [[1e20, 1e20]],
      k: [
        [1e20, 1e20],
        [-1e20, 1e20],
      ],
      heads: 1,
    });
    expect(Array.from(result.weights)).toEqual([1, 0]);
  });
  it('pca of values near 1e20 has finite projections and ratios in [0, 1]', async () => {
    const result = await runtime.pca(
      rows.map((row) => row.map((v) => v * 1e20)),
      { components: 1 },
    );
    expect(Array.from(result.projected.data).every(Number.isFinite)).toBe(true);
    expect(result.explainedVarianceRatio[0]).toBeGreaterThan(0);
    expect(result.explainedVarianceRatio[0]).toBeLessThanOrEqual(1);
  });
});

describe('rejected calls leak no tensors', () => {
  it('keeps numTensors unchanged across typed rejections', async () => {
    const before = runtime.numTensors();
    const calls: (() => Promise<unknown>)[] = [
      () => runtime.matmul([[1, 2]], [[1, 2]]),
      () => runtime.matmul([[1e30]], [[1e30]]),
      () => runtime.attention({ q: [[1]], k: [[1]], heads: 1, mask: [[1, 1]] }),
      () => runtime.pca(rows, { center: 'no' as never }),
      () => runtime.nearestNeighbors(rows, [3e38, 3e38], { k: 1, metric: 'dot' }),
      () => runtime.cosineSimilarity(rows, [[0, 0]]),
      () => runtime.measureThroughput({ size: 15 }),
      () => runtime.measureBandwidth({ sizeMiB: 0 }),
    ];
    for (const call of calls) await expect(call()).rejects.toBeInstanceOf(TensorscopeError);
    expect(runtime.numTensors()).toBe(before);
  });
});
