import { createSeededRandom, gaussian } from '@tensorscope/common';

/**
 * Real scaled dot-product attention, softmax(QKᵀ/√d), from seeded random query/key vectors, so
 * stories are deterministic. `causal` masks future tokens (each row attends only to itself and
 * earlier tokens).
 */
export function sampleAttention(tokens: readonly string[], seed: number, causal = false, dim = 8): Float32Array {
  const random = createSeededRandom(seed);
  const n = tokens.length;
  const q = Array.from({ length: n }, () => Array.from({ length: dim }, () => gaussian(random)));
  const k = Array.from({ length: n }, () => Array.from({ length: dim }, () => gaussian(random)));
  const weights = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    const scores = k.map((kj, j) =>
      causal && j > i ? -Infinity : kj.reduce((sum, v, d) => sum + v * (q[i]?.[d] ?? 0), 0) / Math.sqrt(dim),
    );
    const max = Math.max(...scores);
    const exps = scores.map((s) => (s === -Infinity ? 0 : Math.exp(s - max)));
    const total = exps.reduce((a, b) => a + b, 0);
    exps.forEach((e, j) => (weights[i * n + j] = e / total));
  }
  return weights;
}
