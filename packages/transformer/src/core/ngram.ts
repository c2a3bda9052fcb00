import { checkInteger, describeValue } from '@tensorscope/common';
import { fail } from './errors.js';

/** What a model trained on the same tokens has to beat: count-based unigram and bigram perplexities. */
export interface NgramBaselines {
  readonly unigram: { readonly perplexity: number; readonly smoothing: 'add-one' };
  readonly bigram: { readonly perplexity: number; readonly smoothing: 'jelinek-mercer'; readonly lambda: number };
}

/** The λ values tried: 0.05, 0.10, …, 0.95 and 0.99 (so that a λ of 0.95 is not the grid's edge). */
const LAMBDAS = [...Array.from({ length: 19 }, (_, i) => (i + 1) / 20), 0.99];

/** The largest vocabulary accepted (bigram keys `v · V + w` stay exact integers). */
const MAX_VOCAB_SIZE = 1 << 24;

/** Token counts of one id sequence. */
interface Counts {
  readonly vocabSize: number;
  /** N, the number of tokens. */
  readonly total: number;
  /** c(w): how often w occurs. */
  readonly unigram: Float64Array;
  /** c(v): how often v is followed by a token (v at positions 0 … N − 2). */
  readonly history: Float64Array;
  /** c(v, w) keyed `v · V + w`. */
  readonly bigram: Map<number, number>;
}

function countTokens(ids: ArrayLike<number>, end: number, vocabSize: number): Counts {
  const unigram = new Float64Array(vocabSize);
  const history = new Float64Array(vocabSize);
  const bigram = new Map<number, number>();
  for (let t = 0; t < end; t++) {
    const w = ids[t]!;
    unigram[w] = unigram[w]! + 1;
    if (t + 1 < end) {
      history[w] = history[w]! + 1;
      const key = w * vocabSize + ids[t + 1]!;
      bigram.set(key, (bigram.get(key) ?? 0) + 1);
    }
  }
  return { vocabSize, total: end, unigram, history, bigram };
}

/** P₁(w) = (c(w) + 1) / (N + V). */
function unigramP(counts: Counts, w: number): number {
  return (counts.unigram[w]! + 1) / (counts.total + counts.vocabSize);
}

/** P(w | v) = λ · c(v, w) / c(v) + (1 − λ) · P₁(w) when c(v) > 0, else P₁(w). */
function bigramP(counts: Counts, v: number, w: number, lambda: number): number {
  const seen = counts.history[v]!;
  const p1 = unigramP(counts, w);
  if (seen === 0) return p1;
  return (lambda * (counts.bigram.get(v * counts.vocabSize + w) ?? 0)) / seen + (1 - lambda) * p1;
}

/**
 * Total negative log-likelihood (nats) of `ids[from … to)`. With `order` 1 every token is scored
 * by P₁; with 2, token t by P(ids[t] | ids[t − 1]), and the first one by P₁ unless
 * `from > 0`, when ids[from − 1] is its history.
 */
function nll(counts: Counts, ids: ArrayLike<number>, from: number, to: number, order: 1 | 2, lambda = 0): number {
  let sum = 0;
  for (let t = from; t < to; t++) {
    const w = ids[t]!;
    sum -= Math.log(order === 2 && t > 0 ? bigramP(counts, ids[t - 1]!, w, lambda) : unigramP(counts, w));
  }
  return sum;
}

function checkIds(value: unknown, argument: string, vocabSize: number, minLength: number): ArrayLike<number> {
  if (!Array.isArray(value) && !(ArrayBuffer.isView(value) && !(value instanceof DataView))) {
    throw fail(
      'INVALID_ARGUMENT',
      `${argument} must be an Int32Array of token ids; received ${describeValue(value)}.`,
      {
        details: { argument },
      },
    );
  }
  const ids = value as ArrayLike<unknown>;
  if (ids.length < minLength) {
    throw fail('EMPTY_INPUT', `${argument} needs at least ${minLength} token(s); it has ${ids.length}.`, {
      details: { argument, length: ids.length },
    });
  }
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (typeof id !== 'number' || !Number.isInteger(id)) {
      throw fail('INVALID_VALUE', `${argument}[${i}] must be an integer token id; received ${describeValue(id)}.`, {
        details: { argument: `${argument}[${i}]` },
      });
    }
    if (id < 0 || id >= vocabSize) {
      throw fail('OUT_OF_RANGE', `${argument}[${i}] is ${id}; token ids go from 0 to ${vocabSize - 1}.`, {
        details: { argument: `${argument}[${i}]`, id, vocabSize },
      });
    }
  }
  return ids as ArrayLike<number>;
}

/**
 * The perplexities a language model trained on `trainIds` should beat on `testIds`, from counts.
 * With N train tokens, V = `vocabSize`, c(·) counts over the train ids (c(v) counting v only where
 * a token follows it):
 *
 * - **Unigram, add-one (Laplace):** P₁(w) = (c(w) + 1) / (N + V).
 * - **Bigram, interpolated with the unigram (Jelinek–Mercer):**
 *   P(w | v) = λ · c(v, w) / c(v) + (1 − λ) · P₁(w), and P(w | v) = P₁(w) when v was never
 *   followed by a token (c(v) = 0), so every P(· | v) sums to 1.
 * - **Perplexity** = exp(−(1/M) Σₜ ln P(yₜ | yₜ₋₁)) over the M test tokens y; the first test token
 *   has no history and is scored by P₁. The unigram perplexity uses P₁ for every token.
 * - **λ** is tuned on held-out train ids: the counts are taken from the first 95 % of the train ids,
 *   the last 5 % (at least one token) are scored (their first token with the last counted token as
 *   history: the slice continues the same text), and the λ of {0.05, 0.10, …, 0.95, 0.99} with the lowest
 *   held-out perplexity wins (ties: the smaller λ). The reported perplexities then use counts from
 *   all the train ids with that λ.
 *
 * Errors: ids that are not an array/typed array (`INVALID_ARGUMENT`), fewer than 2 train or 1 test
 * ids (`EMPTY_INPUT`), a non-integer id (`INVALID_VALUE`) or an id outside [0, V) (`OUT_OF_RANGE`).
 */
export function ngramBaselines(trainIds: Int32Array, testIds: Int32Array, vocabSize: number): NgramBaselines {
  const V = checkInteger(vocabSize, 'vocabSize', { min: 1, max: MAX_VOCAB_SIZE });
  const train = checkIds(trainIds, 'trainIds', V, 2);
  const test = checkIds(testIds, 'testIds', V, 1);
  const N = train.length;
  const heldOut = Math.max(1, Math.floor(N / 20));
  const fit = countTokens(train, N - heldOut, V);
  let lambda = LAMBDAS[0]!;
  let best = Infinity;
  for (const candidate of LAMBDAS) {
    const score = nll(fit, train, N - heldOut, N, 2, candidate);
    if (score < best) {
      best = score;
      lambda = candidate;
    }
  }
  const full = countTokens(train, N, V);
  const M = test.length;
  return {
    unigram: { perplexity: Math.exp(nll(full, test, 0, M, 1) / M), smoothing: 'add-one' },
    bigram: { perplexity: Math.exp(nll(full, test, 0, M, 2, lambda) / M), smoothing: 'jelinek-mercer', lambda },
  };
}
