import { checkFunction, checkInteger, checkObject, describeValue } from '@tensorscope/common';
import { fail } from './errors.js';

/**
 * Where training sequences come from. `sample` fills `out` (`batch × (T + 1)` ids: the model reads
 * the first `T` of each row and predicts the last `T`) using `random` for every choice, so a seed
 * fixes the data order.
 */
export interface TrainingTask {
  readonly name: string;
  readonly vocabSize: number;
  readonly contextLength: number;
  sample(out: Int32Array, batch: number, random: () => number): void;
}

export interface InductionTaskOptions {
  readonly vocabSize: number;
  readonly contextLength: number;
  /** Shortest repeated pattern. Default 4. */
  readonly minPeriod?: number;
  /** Longest repeated pattern. Default half the context. */
  readonly maxPeriod?: number;
}

/** The largest vocabulary and context a config may have (see `readConfig`). */
const MAX_VOCAB_SIZE = 65_536;
const MAX_CONTEXT_LENGTH = 2048;

/**
 * The induction task: each sequence is a pattern of `n` distinct random tokens (n drawn per
 * sequence) repeated until the context is full. The first `n` tokens cannot be predicted; every
 * later one can, by finding the previous occurrence of the current token and copying the token
 * that followed it: what an induction head does. Varying `n` stops the model from shortcutting
 * with a fixed positional offset.
 */
export function inductionTask(options: InductionTaskOptions): TrainingTask {
  const raw = checkObject(options, 'options');
  const vocabSize = checkInteger(raw.vocabSize, 'options.vocabSize', { min: 4, max: MAX_VOCAB_SIZE });
  const contextLength = checkInteger(raw.contextLength, 'options.contextLength', { min: 4, max: MAX_CONTEXT_LENGTH });
  const minPeriod = raw.minPeriod === undefined ? 4 : checkInteger(raw.minPeriod, 'options.minPeriod', { min: 1 });
  const maxPeriod =
    raw.maxPeriod === undefined
      ? Math.floor(contextLength / 2)
      : checkInteger(raw.maxPeriod, 'options.maxPeriod', { min: 1 });
  if (minPeriod > maxPeriod || maxPeriod > vocabSize || maxPeriod > contextLength) {
    throw fail(
      'INVALID_ARGUMENT',
      `Periods must satisfy minPeriod ≤ maxPeriod ≤ min(vocabSize, contextLength); got ${minPeriod}…${maxPeriod}.`,
    );
  }
  const row = contextLength + 1;
  const pool = new Int32Array(vocabSize);
  return {
    name: 'induction',
    vocabSize,
    contextLength,
    sample(out, batch, random) {
      for (let b = 0; b < batch; b++) {
        const period = minPeriod + Math.floor(random() * (maxPeriod - minPeriod + 1));
        randomPattern(pool, period, random);
        for (let i = 0; i < row; i++) out[b * row + i] = pool[i % period]!;
      }
    },
  };
}

/** Puts `count` distinct random ids from `[0, pool.length)` at the front of `pool` (partial Fisher–Yates). */
export function randomPattern(pool: Int32Array, count: number, random: () => number): void {
  for (let i = 0; i < pool.length; i++) pool[i] = i;
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
}

/** Language modelling on a token stream: random windows of `contextLength + 1` ids. */
export function textTask(ids: Int32Array, vocabSize: number, contextLength: number): TrainingTask {
  if (!(ids instanceof Int32Array)) {
    throw fail('INVALID_ARGUMENT', `ids must be an Int32Array of token ids; received ${describeValue(ids)}.`);
  }
  checkInteger(vocabSize, 'vocabSize', { min: 2, max: MAX_VOCAB_SIZE });
  checkInteger(contextLength, 'contextLength', { min: 2, max: MAX_CONTEXT_LENGTH });
  const bad = ids.findIndex((id) => id < 0 || id >= vocabSize);
  if (bad >= 0) {
    throw fail('OUT_OF_VOCABULARY', `ids[${bad}] is ${ids[bad]}; ids must be from 0 to ${vocabSize - 1}.`, {
      details: { index: bad },
    });
  }
  if (ids.length < contextLength + 2) {
    throw fail('EMPTY_INPUT', `The text has ${ids.length} tokens; training needs more than ${contextLength + 1}.`);
  }
  const row = contextLength + 1;
  return {
    name: 'text',
    vocabSize,
    contextLength,
    sample(out, batch, random) {
      for (let b = 0; b < batch; b++) {
        const start = Math.floor(random() * (ids.length - row));
        out.set(ids.subarray(start, start + row), b * row);
      }
    },
  };
}

/**
 * A fixed evaluation batch for the induction metrics: patterns of exactly `period` tokens repeated
 * (default half the context), so the first `period` positions are "first half" and the rest
 * "repeated".
 */
export function repeatedBatch(
  vocabSize: number,
  contextLength: number,
  batch: number,
  random: () => number,
  periodValue?: number,
): Int32Array {
  checkInteger(vocabSize, 'vocabSize', { min: 1, max: MAX_VOCAB_SIZE });
  checkInteger(contextLength, 'contextLength', { min: 1, max: MAX_CONTEXT_LENGTH });
  checkInteger(batch, 'batch', { min: 1, max: 4096 });
  checkFunction(random, 'random');
  // The default is computed after the checks: `contextLength / 2` of a Symbol would throw a TypeError.
  const period =
    periodValue === undefined ? Math.floor(contextLength / 2) : checkInteger(periodValue, 'period', { min: 1 });
  const row = contextLength + 1;
  const out = new Int32Array(batch * row);
  const pool = new Int32Array(vocabSize);
  const n = Math.min(period, vocabSize);
  for (let b = 0; b < batch; b++) {
    randomPattern(pool, n, random);
    for (let i = 0; i < row; i++) out[b * row + i] = pool[i % n]!;
  }
  return out;
}
