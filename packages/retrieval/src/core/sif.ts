import { checkArray, checkInteger, checkNumber, checkObject, checkString } from '@tensorscope/common';
import type { TensorRuntime } from '@tensorscope/tensor-core';
import {
  createSifEncoder as createSharedSifEncoder,
  wordVectorsOf,
  type EmbeddingData,
  type WordVectors as SharedWordVectors,
} from '@tensorscope/embedding-space/core';
import { fail } from './errors.js';
import { loadTensorCore } from '@tensorscope/tensor-core/lazy';
import type { DenseVectors } from './vectors.js';

/**
 * Pretrained English word vectors (embedding-space's `WordVectors`), with the frequency ranks that
 * SIF's weights need made required: retrieval never falls back to a plain average.
 */
export type WordVectors = SharedWordVectors & { frequencyRanks: ArrayLike<number> };

/** A sentence encoder: the SIF-weighted average of a text's word vectors. */
export interface SifEncoder {
  dimensions: number;
  /** The weighted average and how many of the text's words had a vector; null when none had. */
  embed(text: string): { vector: Float32Array; known: number; words: number } | null;
}

/**
 * Smooth inverse frequency weights (Arora, Liang & Ma, ICLR 2017, "A Simple but Tough-to-Beat
 * Baseline for Sentence Embeddings"): each word counts `a / (a + p(w))`, so "the" and "of" barely
 * move the average and rare content words dominate. `p(w)` is estimated from the frequency rank by
 * Zipf's law. The encoder itself lives in `@tensorscope/embedding-space/core` (one home for SIF);
 * this checks the arguments with this package's errors (ranks are required here) and keeps the
 * result to `{ vector, known, words }`.
 */
export function createSifEncoder(wordVectors: WordVectors, a = 1e-3): SifEncoder {
  const wv = checkObject(wordVectors, 'wordVectors') as unknown as WordVectors;
  const words = checkArray(wv.words, 'wordVectors.words') as string[];
  const d = checkInteger(wv.dimensions, 'wordVectors.dimensions', { min: 1, max: 4096 });
  if (!(wv.vectors instanceof Float32Array) || wv.vectors.length !== words.length * d) {
    throw fail('LENGTH_MISMATCH', `wordVectors.vectors must be a Float32Array of ${words.length} × ${d} values.`, {
      details: { argument: 'wordVectors.vectors' },
    });
  }
  if (!wv.frequencyRanks || wv.frequencyRanks.length !== words.length) {
    throw fail('LENGTH_MISMATCH', 'wordVectors.frequencyRanks must hold one rank per word.', {
      details: { argument: 'wordVectors.frequencyRanks' },
    });
  }
  checkNumber(a, 'a', { min: 1e-9, max: 1 });
  checkNumber(wv.vocabularySize ?? 341_479, 'wordVectors.vocabularySize', { min: 1 });
  const encoder = createSharedSifEncoder(
    {
      words,
      vectors: wv.vectors,
      dimensions: d,
      frequencyRanks: wv.frequencyRanks,
      vocabularySize: wv.vocabularySize,
    },
    a,
  );
  return {
    dimensions: d,
    embed(text) {
      const result = encoder.embed(checkString(text, 'text'));
      return result && { vector: result.vector, known: result.known, words: result.words };
    },
  };
}

/**
 * SIF's second step: remove every vector's projection on the first singular vector of the
 * corpus's sentence vectors (the direction all sentences share, mostly syntax and frequent words).
 * Returns the direction (unit length) so queries get the same treatment; computed with tensor-core.
 */
export async function commonComponent(vectors: DenseVectors, runtime?: TensorRuntime): Promise<Float32Array | null> {
  if (vectors.count < 2) return null;
  const core = await loadTensorCore();
  const { components } = await core.pca(
    { data: vectors.data, shape: [vectors.count, vectors.dimensions] },
    { components: 1, center: false, runtime },
  );
  return Float32Array.from(components.data.subarray(0, vectors.dimensions));
}

/** `v − (v·u) u` in place. */
export function removeComponent(v: Float32Array, u: Float32Array | null, offset = 0): void {
  if (!u) return;
  let dot = 0;
  for (let j = 0; j < u.length; j++) dot += v[offset + j]! * u[j]!;
  for (let j = 0; j < u.length; j++) v[offset + j] = v[offset + j]! - dot * u[j]!;
}

/** What {@link wordVectorsFrom} reads: an embedding-space `EmbeddingData` whose labels are words. */
export type EmbeddingLike = EmbeddingData;

/**
 * Word vectors from an embedding-space `EmbeddingData` whose labels are words and which has a
 * numeric frequency-rank column (the demo's GloVe bundle has `frequency rank`): embedding-space's
 * `wordVectorsOf`, with the rank column required here.
 */
export function wordVectorsFrom(data: EmbeddingLike, name: string, rankColumn = 'frequency rank'): WordVectors {
  const vectors = wordVectorsOf(data, { name, rankColumn });
  if (!vectors.frequencyRanks) {
    throw fail('INVALID_ARGUMENT', `The word vectors need a numeric "${rankColumn}" column for SIF weights.`, {
      details: { argument: 'data.columns' },
    });
  }
  return { ...vectors, frequencyRanks: vectors.frequencyRanks };
}
