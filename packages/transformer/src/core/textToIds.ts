// From text to the ids a checkpoint reads, for both kinds of tokenizer, with the sliding window.
import {
  checkArray,
  checkFunction,
  checkInteger,
  checkObject,
  checkOneOf,
  checkOptions,
  checkString,
} from '@tensorscope/common';
import { bpeTokenStrings, encodeBpe } from './bpe.js';
import type { Checkpoint, CheckpointTokenizer } from './checkpoint.js';
import { readConfig } from './config.js';
import { fail } from './errors.js';
import { windowIds } from './model.js';

/** Splits text into tokens (strings) for a `{ kind: 'ids' }` checkpoint: o200k pieces, words, … */
export type Tokenize = (text: string) => readonly string[];

/** Longest text {@link textToIds} reads (characters). */
export const MAX_TEXT_LENGTH = 20_000;
/** Most copies {@link TextToIdsOptions.repeat} makes. */
export const MAX_REPEAT = 8;

const WORD = /[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/**
 * The default tokenizer for an ids checkpoint: runs of letters, marks and digits are words (a Korean
 * eojeol such as `고양이가` stays one word), every other visible character is a token by itself,
 * whitespace separates and is dropped. Deterministic; no vocabulary.
 */
export function splitWords(text: string): string[] {
  return checkString(text, 'text').match(WORD) ?? [];
}

/**
 * Ids for a `{ kind: 'ids' }` model: each distinct token gets the next id by order of first
 * appearance (`a b c a b` → `0 1 2 0 1`). The induction model learned to copy patterns of abstract
 * ids, so any tokens work as long as there are at most `vocabSize` distinct ones; more is
 * `OUT_OF_VOCABULARY` naming the count. `vocabulary[id]` is the token of each id.
 */
export function mapTokensToIds(
  tokens: readonly string[],
  vocabSize: number,
): { ids: Int32Array; vocabulary: string[] } {
  const list = checkArray(tokens, 'tokens');
  const size = checkInteger(vocabSize, 'vocabSize', { min: 1 });
  const index = new Map<string, number>();
  const vocabulary: string[] = [];
  const ids = new Int32Array(list.length);
  list.forEach((token, i) => {
    if (typeof token !== 'string')
      throw fail('INVALID_ARGUMENT', `tokens[${i}] is not a string.`, { details: { index: i } });
    let id = index.get(token);
    if (id === undefined) {
      id = vocabulary.length;
      index.set(token, id);
      vocabulary.push(token);
    }
    ids[i] = id;
  });
  if (vocabulary.length > size) {
    throw fail(
      'OUT_OF_VOCABULARY',
      `The text has ${vocabulary.length} different tokens; this model knows only ${size} ids. Use a shorter text (fewer distinct words).`,
      { details: { distinct: vocabulary.length, vocabSize: size } },
    );
  }
  return { ids, vocabulary };
}

/** A token added after the text (a generated one): its id for a BPE model, its text for an ids model. */
export interface ContinuationToken {
  readonly id: number;
  readonly token: string;
}

export interface TextToIdsOptions {
  /** For an ids checkpoint: how text becomes tokens. Default {@link splitWords}. */
  tokenize?: Tokenize;
  /** Copies of the text, one after another (the induction demo reads a sentence twice). Default 1. */
  repeat?: number;
  /** Tokens appended after the (repeated) text: the generated continuation. */
  continuation?: readonly ContinuationToken[];
}

/** What the model reads for a text: the last `contextLength` tokens, their labels and what was dropped. */
export interface ModelInput {
  /** Each position's token as text (BPE: `bpeTokenStrings`; ids: the token itself). */
  readonly tokens: string[];
  readonly ids: Int32Array;
  /** Tokens dropped from the front so that the rest fits the context (0 when all fit). */
  readonly dropped: number;
  /** Tokens before windowing (text × repeat + continuation). */
  readonly total: number;
  /** Index in `tokens` of the first continuation token (`tokens.length` when there is none). */
  readonly firstContinuation: number;
  /** Ids checkpoint: the token of each id, by first appearance in the window; BPE: null. */
  readonly vocabulary: string[] | null;
}

/**
 * Turns text into model input for `checkpoint`.
 * 1. Text → tokens: BPE checkpoints encode it with their byte-level BPE (any character works);
 *    ids checkpoints split it with `options.tokenize` (default {@link splitWords}).
 * 2. The tokens are repeated `repeat` times and the `continuation` is appended.
 * 3. Only the last `contextLength` tokens are kept (`dropped` says how many went).
 * 4. Ids checkpoints number the kept tokens by first appearance ({@link mapTokensToIds}).
 *
 * Errors: blank text → `EMPTY_INPUT`; more than {@link MAX_TEXT_LENGTH} characters → `TOO_LARGE`;
 * more distinct tokens than the vocabulary (ids checkpoints) → `OUT_OF_VOCABULARY`.
 */
export function textToIds(
  checkpoint: Pick<Checkpoint, 'config' | 'tokenizer'>,
  text: string,
  options?: TextToIdsOptions,
): ModelInput {
  const raw = checkObject(checkpoint, 'checkpoint');
  const config = readConfig(raw.config, 'checkpoint.config');
  const tokenizer = checkObject(raw.tokenizer, 'checkpoint.tokenizer') as unknown as CheckpointTokenizer;
  checkOneOf(tokenizer.kind, 'checkpoint.tokenizer.kind', ['ids', 'byte-bpe'] as const);
  checkString(text, 'text');
  const o = checkOptions(options);
  const repeat = o.repeat === undefined ? 1 : checkInteger(o.repeat, 'options.repeat', { min: 1, max: MAX_REPEAT });
  const continuation = (o.continuation === undefined ? [] : checkArray(o.continuation, 'options.continuation')).map(
    (item, i) => checkContinuation(item, i, config.vocabSize),
  );
  if (text.length > MAX_TEXT_LENGTH) {
    throw fail('TOO_LARGE', `The text has ${text.length} characters; at most ${MAX_TEXT_LENGTH} are read.`, {
      details: { length: text.length, max: MAX_TEXT_LENGTH },
    });
  }
  if (text.trim() === '') throw fail('EMPTY_INPUT', 'There is no text to read.');
  const contextLength = config.contextLength;
  if (tokenizer.kind === 'byte-bpe') {
    const once = encodeBpe(tokenizer, text);
    const all = new Int32Array(once.length * repeat + continuation.length);
    for (let r = 0; r < repeat; r++) all.set(once, r * once.length);
    continuation.forEach((item, i) => (all[once.length * repeat + i] = item.id));
    const { ids, dropped } = windowIds(all, contextLength);
    return {
      tokens: bpeTokenStrings(tokenizer, ids),
      ids,
      dropped,
      total: all.length,
      firstContinuation: Math.max(0, once.length * repeat - dropped),
      vocabulary: null,
    };
  }
  const tokenize = o.tokenize === undefined ? splitWords : checkFunction<Tokenize>(o.tokenize, 'options.tokenize');
  const once = [...(tokenize(text) as unknown[])].map((token, i) => {
    if (typeof token !== 'string') throw fail('INVALID_VALUE', `tokenize returned a non-string at ${i}.`);
    return token;
  });
  if (once.length === 0) throw fail('EMPTY_INPUT', 'The text has no tokens to read.');
  const all: string[] = [];
  for (let r = 0; r < repeat; r++) all.push(...once);
  for (const item of continuation) all.push(item.token);
  const dropped = Math.max(0, all.length - contextLength);
  const kept = all.slice(dropped);
  const { ids, vocabulary } = mapTokensToIds(kept, config.vocabSize);
  return {
    tokens: kept,
    ids,
    dropped,
    total: all.length,
    firstContinuation: Math.max(0, once.length * repeat - dropped),
    vocabulary,
  };
}

function checkContinuation(item: unknown, i: number, vocabSize: number): ContinuationToken {
  const raw = checkObject(item, `options.continuation[${i}]`);
  return {
    id: checkInteger(raw.id, `options.continuation[${i}].id`, { min: 0, max: vocabSize - 1 }),
    token: checkString(raw.token, `options.continuation[${i}].token`),
  };
}
