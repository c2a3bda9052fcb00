import { createSeededRandom, gaussian } from '@tensorscope/common';
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../runtime.js';
import { attentionFromVectors } from './vectorAttention.js';

const N = 5;
const D = 8;
const vectors = Float32Array.from({ length: N * D }, (_, i) => Math.sin(i * 1.7) + (i % 3) * 0.25);

/** Row-wise softmax of `rows × columns` scores (−Infinity = masked). */
function softmaxRows(scores: number[][]): number[][] {
  return scores.map((row) => {
    const max = Math.max(...row);
    const exps = row.map((s) => (s === -Infinity ? 0 : Math.exp(s - max)));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  });
}

/** `rows × columns` matrix as nested arrays, from seeded N(0, 0.2²) like the op's projections. */
function projection(rows: number, columns: number, seed: number): number[][] {
  const random = createSeededRandom(seed);
  const flat = Array.from({ length: rows * columns }, () => gaussian(random) * 0.2);
  return Array.from({ length: rows }, (_, r) => flat.slice(r * columns, (r + 1) * columns));
}

const x: number[][] = Array.from({ length: N }, (_, r) => Array.from(vectors.subarray(r * D, (r + 1) * D)));
const times = (a: number[][], b: number[][]) =>
  a.map((row) => (b[0] as number[]).map((_, c) => row.reduce((sum, v, k) => sum + v * (b[k] as number[])[c]!, 0)));

/** One head's weights: softmax(A_h B_hᵀ / √width) over columns [from, from + width). */
function headWeights(a: number[][], b: number[][], from: number, width: number, causal: boolean): number[][] {
  const scores = a.map((qi, i) =>
    b.map((kj, j) => {
      if (causal && j > i) return -Infinity;
      let dot = 0;
      for (let c = from; c < from + width; c++) dot += qi[c]! * kj[c]!;
      return dot / Math.sqrt(width);
    }),
  );
  return softmaxRows(scores);
}

function reference(heads: number, headDim: number, seed: number, causal: boolean): number[] {
  const out = headWeights(x, x, 0, D, causal).flat();
  const q = times(x, projection(D, (heads - 1) * headDim, seed));
  const k = times(x, projection(D, (heads - 1) * headDim, seed + 101));
  for (let h = 0; h < heads - 1; h++) out.push(...headWeights(q, k, h * headDim, headDim, causal).flat());
  return out;
}

describe('attentionFromVectors', async () => {
  const runtime = await createRuntime({ backends: ['cpu'] });
  afterAll(() => runtime.dispose());

  it('matches plain JavaScript: head 1 = softmax(XXᵀ/√d), the rest through seeded projections', async () => {
    const result = await attentionFromVectors(
      runtime,
      { data: vectors, shape: [N, D] },
      { heads: 3, headDim: 2, seed: 7 },
    );
    expect(result.shape).toEqual([1, 3, N, N]);
    const expected = reference(3, 2, 7, false);
    expect(result.weights.length).toBe(expected.length);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i]!, 5));
    expect(result.heads.map((h) => h.kind)).toEqual(['dot-product', 'random-projection', 'random-projection']);
    expect(result.heads[0]!.description).toContain(`√${D}`);
  });

  it('defaults to 5 heads of 16 with seeds 101/202, and honours causal', async () => {
    const result = await attentionFromVectors(runtime, { data: vectors, shape: [N, D] }, { causal: true });
    expect(result.shape).toEqual([1, 5, N, N]);
    const expected = reference(5, 16, 101, true);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i]!, 5));
    expect(result.weights[1]).toBe(0); // query 0 cannot see word 1
  });

  it('with one head returns only the dot-product head', async () => {
    const result = await attentionFromVectors(runtime, { data: vectors, shape: [N, D] }, { heads: 1 });
    expect(result.shape).toEqual([1, 1, N, N]);
    expect(result.heads).toHaveLength(1);
  });

  it('rejects a head count that is not a positive integer', async () => {
    await expect(attentionFromVectors(runtime, { data: vectors, shape: [N, D] }, { heads: 0 })).rejects.toMatchObject({
      code: 'INVALID_VALUE',
    });
  });
});
