import { createSeededRandom, gaussian } from '@tensorscope/common';
import type { AttentionData } from '../src/index.js';

/** Row-wise softmax of `scores` (−∞ = masked, exactly 0 after softmax). */
export function softmaxRows(scores: readonly (readonly number[])[]): number[][] {
  return scores.map((row) => {
    const max = Math.max(...row);
    const exps = row.map((s) => (s === -Infinity ? 0 : Math.exp(s - max)));
    const total = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / total);
  });
}

/**
 * `heads` seeded attention patterns, `[heads][q][k]` nested arrays: softmax(QKᵀ/√8) of random
 * vectors plus a bias per head (head 0: the previous/aligned key, head 1: the first key), so the
 * heads look different. `causal` masks keys after the query.
 */
export function seededHeads(qLen: number, kLen: number, heads: number, seed: number, causal = false): number[][][] {
  const random = createSeededRandom(seed);
  return Array.from({ length: heads }, (_, h) => {
    const q = Array.from({ length: qLen }, () => Array.from({ length: 8 }, () => gaussian(random)));
    const k = Array.from({ length: kLen }, () => Array.from({ length: 8 }, () => gaussian(random)));
    const scores = q.map((qi, i) =>
      k.map((kj, j) => {
        if (causal && j > i) return -Infinity;
        const dot = qi.reduce((s, v, c) => s + v * (kj[c] as number), 0) / Math.sqrt(8);
        const aligned = Math.round((i * (kLen - 1)) / Math.max(1, qLen - 1));
        const bias = h === 0 ? (j === (causal ? Math.max(0, i - 1) : aligned) ? 3 : 0) : h === 1 && j === 0 ? 2.5 : 0;
        return dot + bias;
      }),
    );
    return softmaxRows(scores);
  });
}

/** Deterministic words for long synthetic sequences. */
const WORDS = (
  'the model reads each token and looks back at earlier tokens to decide what comes next ' +
  'attention scores how related words are and several heads look for different relations at once'
).split(' ');

/**
 * A long causal sequence (e.g. 2,048 tokens) with three recognisable heads, seeded and
 * deterministic: head 1 a local window (the last few tokens), head 2 a first-token "sink" plus
 * the previous token, head 3 the start of the current "sentence" (every 32 tokens). Synthetic.
 */
export function longSequence(tokens: number, seed = 7): AttentionData {
  const random = createSeededRandom(seed);
  const queryTokens = Array.from({ length: tokens }, (_, i) =>
    i === 0 ? '<s>' : `${i % 32 === 0 ? '.' : ' '}${WORDS[Math.floor(random() * WORDS.length)]}`,
  );
  const heads = 3;
  const weights = new Float32Array(heads * tokens * tokens);
  const scores = new Float64Array(tokens);
  for (let h = 0; h < heads; h++) {
    for (let q = 0; q < tokens; q++) {
      let max = -Infinity;
      for (let k = 0; k <= q; k++) {
        // Strong biases: over ~2,000 keys, weak ones would spread every row almost uniformly.
        let s = random() * 0.5;
        if (h === 0) s += Math.max(0, 10 - (q - k) * 1.5);
        else if (h === 1) s += k === 0 ? 10 : k === q - 1 ? 9 : 0;
        else s += k === q - (q % 32) ? 10 : k > q - (q % 32) ? 5 : 0;
        scores[k] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let k = 0; k <= q; k++) total += scores[k] = Math.exp((scores[k] as number) - max);
      const base = (h * tokens + q) * tokens;
      for (let k = 0; k <= q; k++) weights[base + k] = (scores[k] as number) / total;
    }
  }
  return {
    queryTokens,
    keyTokens: queryTokens,
    weights,
    shape: [1, heads, tokens, tokens],
    metadata: {
      model: 'synthetic',
      causal: true,
      note: `Synthetic, seeded: ${tokens} tokens; head 1 local window, head 2 first-token sink + previous token, head 3 sentence start.`,
    },
  };
}

/** Nested `[layers][batch = 1][heads][q][k]`, as BertViz and Hugging Face take attention. */
export function nestedLayers(
  layers: number,
  heads: number,
  qLen: number,
  kLen: number,
  seed: number,
  causal = false,
): number[][][][][] {
  return Array.from({ length: layers }, (_, l) => [seededHeads(qLen, kLen, heads, seed + l, causal)]);
}
