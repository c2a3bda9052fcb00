import type { AttentionData } from './attentionData.js';
import { encodeAttention } from './binaryFormat.js';

/** Deterministic softmax-like attention for tests: `[layers, heads, n, n]`, rows sum to 1. */
export function randomAttention(layers: number, heads: number, n: number, seed = 1, causal = false): AttentionData {
  let state = seed;
  const random = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const weights = new Float32Array(layers * heads * n * n);
  for (let row = 0; row < layers * heads * n; row++) {
    const q = row % n;
    let sum = 0;
    const scores: number[] = [];
    for (let k = 0; k < n; k++) {
      const s = causal && k > q ? 0 : Math.exp(4 * random());
      scores.push(s);
      sum += s;
    }
    for (let k = 0; k < n; k++) weights[row * n + k] = (scores[k] as number) / sum;
  }
  const tokens = Array.from({ length: n }, (_, i) => `t${i}`);
  const data: AttentionData = { queryTokens: tokens, keyTokens: tokens, weights, shape: [layers, heads, n, n] };
  if (causal) {
    data.mask = new Uint8Array(n * n);
    for (let q = 0; q < n; q++) for (let k = 0; k <= q; k++) data.mask[q * n + k] = 1;
    data.metadata = { causal: true };
  }
  return data;
}

/** The same data as nested arrays `[layers][heads][q][k]`. */
export function toNested(data: AttentionData): number[][][][] {
  const [layers, heads, q, k] = data.shape;
  return Array.from({ length: layers }, (_, l) =>
    Array.from({ length: heads }, (_, h) =>
      Array.from({ length: q }, (_, r) =>
        Array.from(data.weights.subarray(((l * heads + h) * q + r) * k, ((l * heads + h) * q + r + 1) * k)),
      ),
    ),
  );
}

/** Runs `fn` and returns the `code` of the TensorscopeError it throws, and its message. */
export function errorOf(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (error) {
    const e = error as { name?: string; code?: string; message: string };
    if (e.name !== 'TensorscopeError') throw error;
    return { code: e.code as string, message: e.message };
  }
  throw new Error('expected a TensorscopeError');
}

/** Bytes of a float16 export with a NaN at weights[layer][head][query][key]. */
export function withNaN(data: AttentionData, at: [number, number, number, number]): Uint8Array {
  const bytes = encodeAttention(data);
  const [, heads, qLen, kLen] = data.shape;
  const index = ((at[0] * heads + at[1]) * qLen + at[2]) * kLen + at[3];
  const payloadStart = bytes.length - 2 * data.weights.length;
  bytes[payloadStart + 2 * index] = 0x00;
  bytes[payloadStart + 2 * index + 1] = 0x7e; // 0x7e00: a quiet NaN
  return bytes;
}
