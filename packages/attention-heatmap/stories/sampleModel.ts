import { createSeededRandom, gaussian } from '@tensorscope/common';
import type { AttentionData } from '../src/core/attentionData.js';

/**
 * A small synthetic "model" with recognisable heads, seeded so stories are deterministic:
 * head 1 attends to the previous token, head 2 to itself, head 3 to the first token (a "sink"),
 * the rest are softmax(QKᵀ/√d) of random vectors. Labelled in stories as synthetic.
 */
export function sampleModel(
  tokens: readonly string[],
  options: { layers?: number; heads?: number; causal?: boolean; seed?: number } = {},
): AttentionData {
  const layers = options.layers ?? 4;
  const heads = options.heads ?? 6;
  const n = tokens.length;
  const causal = options.causal ?? true;
  const random = createSeededRandom(options.seed ?? 1);
  const weights = new Float32Array(layers * heads * n * n);
  for (let l = 0; l < layers; l++) {
    for (let h = 0; h < heads; h++) {
      const base = (l * heads + h) * n * n;
      const q = Array.from({ length: n }, () => Array.from({ length: 8 }, () => gaussian(random)));
      const k = Array.from({ length: n }, () => Array.from({ length: 8 }, () => gaussian(random)));
      for (let i = 0; i < n; i++) {
        const limit = causal ? i : n - 1;
        const scores = Array.from({ length: n }, (_, j) => {
          if (j > limit) return -Infinity;
          if (h === 0) return j === Math.max(0, i - 1) ? 4 : 0;
          if (h === 1) return j === i ? 4 : 0;
          if (h === 2) return j === 0 ? 4 : 0;
          return (
            ((q[i] as number[]).reduce((s, v, d) => s + v * ((k[j] as number[])[d] as number), 0) / Math.sqrt(8)) *
            (1 + l * 0.5)
          );
        });
        const max = Math.max(...scores);
        const exps = scores.map((s) => (s === -Infinity ? 0 : Math.exp(s - max)));
        const total = exps.reduce((a, b) => a + b, 0);
        exps.forEach((e, j) => (weights[base + i * n + j] = e / total));
      }
    }
  }
  return {
    queryTokens: tokens,
    keyTokens: tokens,
    weights,
    shape: [layers, heads, n, n],
    metadata: {
      model: 'synthetic',
      causal,
      note: 'Synthetic heads: previous-token, self, first-token sink, and random softmax(QKᵀ/√d).',
    },
  };
}

/** GPT-2 byte-level tokens of "The cat sat on the mat." */
export const GPT2_TOKENS = ['The', 'Ġcat', 'Ġsat', 'Ġon', 'Ġthe', 'Ġmat', '.'];
/** SentencePiece tokens of a Korean sentence ("학교에서 축구를 했다"). */
export const KOREAN_TOKENS = ['▁학교', '에서', '▁축구', '를', '▁했다', '.'];
