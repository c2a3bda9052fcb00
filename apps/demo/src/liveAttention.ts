import { createSeededRandom, gaussian } from '@tensorscope/common';
import type { TensorRuntime } from '@tensorscope/tensor-core';

/**
 * Causal scaled dot-product attention, softmax(QKᵀ/√d + mask), for seeded random query and key
 * vectors. The QKᵀ product runs on tensor-core's backend; scaling, mask and softmax are done here.
 */
export async function computeLiveAttention(runtime: TensorRuntime, tokenCount: number, dim = 16, seed = 2025) {
  const random = createSeededRandom(seed);
  const q = new Float32Array(tokenCount * dim).map(() => gaussian(random));
  const kTransposed = new Float32Array(dim * tokenCount);
  for (let t = 0; t < tokenCount; t++) for (let d = 0; d < dim; d++) kTransposed[d * tokenCount + t] = gaussian(random);
  const scores = await runtime.matmul(
    { data: q, shape: [tokenCount, dim] },
    { data: kTransposed, shape: [dim, tokenCount] },
  );
  const weights = new Float32Array(tokenCount * tokenCount);
  const scale = 1 / Math.sqrt(dim);
  for (let i = 0; i < tokenCount; i++) {
    let max = -Infinity;
    for (let j = 0; j <= i; j++) max = Math.max(max, (scores.data[i * tokenCount + j] as number) * scale);
    let sum = 0;
    for (let j = 0; j <= i; j++) {
      const e = Math.exp((scores.data[i * tokenCount + j] as number) * scale - max);
      weights[i * tokenCount + j] = e;
      sum += e;
    }
    for (let j = 0; j <= i; j++) weights[i * tokenCount + j] = (weights[i * tokenCount + j] as number) / sum;
  }
  return weights;
}
