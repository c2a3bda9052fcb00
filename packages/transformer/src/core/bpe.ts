import { checkFunction, checkInteger, checkObject, checkString, describeValue } from '@tensorscope/common';
import { fail } from './errors.js';

/**
 * A byte-level BPE tokenizer (GPT-2's scheme, small): ids 0–255 are the bytes of the UTF-8 text,
 * id `256 + i` is merge `i`, the token made of the tokens `merges[i][0]` and `merges[i][1]` (both
 * smaller than `256 + i`). Any string encodes, and decodes back exactly (strings with lone
 * surrogates, which UTF-8 cannot hold, come back with U+FFFD in their place). A plain JSON-able
 * object: `readBpeTokenizer(JSON.parse(text))` reads it back.
 */
export interface BpeTokenizer {
  readonly kind: 'byte-bpe';
  readonly version: 1;
  readonly merges: readonly (readonly [number, number])[];
  /** `256 + merges.length`. */
  readonly vocabSize: number;
}

export interface TrainBpeOptions {
  /** Bytes plus merges: `vocabSize - 256` merges are learned (fewer if the text runs out of pairs). */
  readonly vocabSize: number;
  /** Called after each merge with the merges done and the merges asked for. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The largest vocabulary this module builds or reads (pair keys stay exact integers below it). */
export const MAX_BPE_VOCAB_SIZE = 65536;

/**
 * The pre-split (GPT-2's pattern): English contraction endings, then runs of letters, of digits and
 * of other symbols, each with at most one leading space, then whitespace (a run of spaces before a
 * word leaves its last space to the word). Merges never cross chunks, so a token never spans a
 * word boundary. Every character belongs to one alternative, so the chunks concatenate back to the
 * text.
 */
const CHUNK_SOURCE = "'(?:[sdmt]|ll|ve|re)| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

/** Calls `visit` with each chunk of `text`, in order. */
function forEachChunk(text: string, visit: (chunk: string) => void): void {
  const pattern = new RegExp(CHUNK_SOURCE, 'gu');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) visit(match[0]);
}

const utf8 = new TextEncoder();

/**
 * Learns `options.vocabSize - 256` merges from `text`.
 *
 * 1. The text is pre-split into chunks ({@link CHUNK_SOURCE}); each distinct chunk is counted once
 *    and turned into its UTF-8 bytes.
 * 2. Each step merges the most frequent adjacent pair of tokens, counted over the distinct chunks
 *    weighted by their frequency (overlapping pairs count each time: `aaa` holds `(a, a)` twice,
 *    as in GPT-2). **Ties go to the smallest pair**: the smaller first id, then the smaller second
 *    id, so training is deterministic. In every chunk the pair is replaced left to right.
 * 3. It stops after `vocabSize - 256` merges, or earlier when no chunk has two tokens left; the
 *    returned `vocabSize` is then smaller than asked.
 *
 * Only the chunks that hold the merged pair are rewritten (an index from pair to chunks), so the
 * cost per merge is the size of the pair table plus the chunks touched, not the whole text.
 */
export function trainBpe(text: string, options: TrainBpeOptions): BpeTokenizer {
  checkString(text, 'text');
  const raw = checkObject(options, 'options');
  const vocabSize = checkInteger(raw.vocabSize, 'options.vocabSize', { min: 256, max: MAX_BPE_VOCAB_SIZE });
  const onProgress =
    raw.onProgress === undefined
      ? undefined
      : checkFunction<(done: number, total: number) => void>(raw.onProgress, 'options.onProgress');
  const total = vocabSize - 256;
  const K = MAX_BPE_VOCAB_SIZE;

  const counts = new Map<string, number>();
  forEachChunk(text, (chunk) => counts.set(chunk, (counts.get(chunk) ?? 0) + 1));
  const words: Int32Array[] = [];
  const lengths: number[] = [];
  const freqs: number[] = [];
  for (const [chunk, count] of counts) {
    const bytes = utf8.encode(chunk);
    if (bytes.length < 2) continue; // a single byte never takes part in a pair
    words.push(Int32Array.from(bytes));
    lengths.push(bytes.length);
    freqs.push(count);
  }

  const pairCounts = new Map<number, number>();
  /** Chunk indices that held the pair when it was counted (may be stale; checked on use). */
  const where = new Map<number, number[]>();
  const addPairs = (i: number, sign: 1 | -1): void => {
    const word = words[i]!;
    const n = lengths[i]!;
    const f = freqs[i]! * sign;
    for (let j = 0; j + 1 < n; j++) {
      const key = word[j]! * K + word[j + 1]!;
      const next = (pairCounts.get(key) ?? 0) + f;
      if (next === 0) pairCounts.delete(key);
      else pairCounts.set(key, next);
      if (sign === 1) {
        const list = where.get(key);
        if (list === undefined) where.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  };
  for (let i = 0; i < words.length; i++) addPairs(i, 1);

  const merges: (readonly [number, number])[] = [];
  const stamp = new Int32Array(words.length);
  for (let m = 0; m < total; m++) {
    let bestKey = -1;
    let bestCount = 0;
    for (const [key, count] of pairCounts) {
      if (count > bestCount || (count === bestCount && key < bestKey)) {
        bestKey = key;
        bestCount = count;
      }
    }
    if (bestKey < 0) break;
    const a = Math.floor(bestKey / K);
    const b = bestKey % K;
    const id = 256 + m;
    const list = where.get(bestKey) ?? [];
    where.delete(bestKey);
    for (const i of list) {
      if (stamp[i] === m + 1) continue;
      stamp[i] = m + 1;
      const word = words[i]!;
      const n = lengths[i]!;
      let holds = false;
      for (let j = 0; j + 1 < n && !holds; j++) holds = word[j] === a && word[j + 1] === b;
      if (!holds) continue;
      addPairs(i, -1);
      let w = 0;
      for (let r = 0; r < n;) {
        if (r + 1 < n && word[r] === a && word[r + 1] === b) {
          word[w++] = id;
          r += 2;
        } else word[w++] = word[r++]!;
      }
      lengths[i] = w;
      addPairs(i, 1);
    }
    pairCounts.delete(bestKey);
    merges.push(Object.freeze([a, b] as const));
    onProgress?.(m + 1, total);
  }
  return Object.freeze({
    kind: 'byte-bpe',
    version: 1,
    merges: Object.freeze(merges),
    vocabSize: 256 + merges.length,
  });
}

/** What encoding and decoding need, built once per tokenizer object. */
interface Compiled {
  /** Pair key `a * MAX_BPE_VOCAB_SIZE + b` → merge rank. */
  readonly ranks: Map<number, number>;
  /** Each id's bytes. */
  readonly bytes: readonly Uint8Array[];
  /** Chunk → ids, bounded (cleared when full). */
  readonly cache: Map<string, Int32Array>;
}

const CACHE_LIMIT = 1 << 17;
const CACHED_CHUNK_LENGTH = 256;
const compiledTokenizers = new WeakMap<object, Compiled>();

/** Validates `tokenizer` the first time it is seen (then remembers it) and builds its tables. */
function compile(tokenizer: BpeTokenizer): Compiled {
  const known = typeof tokenizer === 'object' && tokenizer !== null ? compiledTokenizers.get(tokenizer) : undefined;
  if (known) return known;
  const checked = readTokenizer(tokenizer, 'tokenizer');
  const ranks = new Map<number, number>();
  const bytes: Uint8Array[] = [];
  for (let b = 0; b < 256; b++) bytes.push(Uint8Array.of(b));
  checked.merges.forEach(([a, b], rank) => {
    ranks.set(a * MAX_BPE_VOCAB_SIZE + b, rank);
    const left = bytes[a]!;
    const right = bytes[b]!;
    const joined = new Uint8Array(left.length + right.length);
    joined.set(left);
    joined.set(right, left.length);
    bytes.push(joined);
  });
  const compiled: Compiled = { ranks, bytes, cache: new Map() };
  compiledTokenizers.set(tokenizer, compiled);
  return compiled;
}

/**
 * One chunk's ids, GPT-2's way: start from its bytes; repeatedly find the adjacent pair with the
 * lowest merge rank and merge every occurrence of it, left to right; stop when no adjacent pair is
 * a merge. (The same result as replaying the merges in order, as training did.)
 */
function encodeChunk(chunk: string, ranks: Map<number, number>): Int32Array {
  const ids = Int32Array.from(utf8.encode(chunk));
  let n = ids.length;
  while (n > 1) {
    let bestRank = Infinity;
    for (let j = 0; j + 1 < n; j++) {
      const rank = ranks.get(ids[j]! * MAX_BPE_VOCAB_SIZE + ids[j + 1]!);
      if (rank !== undefined && rank < bestRank) bestRank = rank;
    }
    if (bestRank === Infinity) break;
    const merge = 256 + bestRank;
    let w = 0;
    for (let r = 0; r < n;) {
      const rank = r + 1 < n ? ranks.get(ids[r]! * MAX_BPE_VOCAB_SIZE + ids[r + 1]!) : undefined;
      if (rank === bestRank) {
        ids[w++] = merge;
        r += 2;
      } else ids[w++] = ids[r++]!;
    }
    n = w;
  }
  return ids.slice(0, n);
}

/** The ids of `text`: each chunk encoded by {@link encodeChunk}, repeated chunks from a cache. */
export function encodeBpe(tokenizer: BpeTokenizer, text: string): Int32Array {
  const { ranks, cache } = compile(tokenizer);
  checkString(text, 'text');
  let out = new Int32Array(Math.max(16, text.length >> 1));
  let size = 0;
  forEachChunk(text, (chunk) => {
    let ids = cache.get(chunk);
    if (ids === undefined) {
      ids = encodeChunk(chunk, ranks);
      if (chunk.length <= CACHED_CHUNK_LENGTH) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(chunk, ids);
      }
    }
    if (size + ids.length > out.length) {
      const grown = new Int32Array(Math.max(out.length * 2, size + ids.length));
      grown.set(out.subarray(0, size));
      out = grown;
    }
    out.set(ids, size);
    size += ids.length;
  });
  return out.slice(0, size);
}

/** `ids` checked against the vocabulary (an array or typed array of integer ids). */
function checkIds(ids: ArrayLike<number>, vocabSize: number): ArrayLike<number> {
  if (!Array.isArray(ids) && !(ArrayBuffer.isView(ids) && !(ids instanceof DataView))) {
    throw fail(
      'INVALID_ARGUMENT',
      `ids must be an array or typed array of token ids; received ${describeValue(ids)}.`,
      {
        details: { argument: 'ids' },
      },
    );
  }
  const list = ids as ArrayLike<unknown>;
  for (let i = 0; i < list.length; i++) {
    const id = list[i];
    if (typeof id !== 'number' || !Number.isInteger(id)) {
      throw fail('INVALID_VALUE', `ids[${i}] must be an integer token id; received ${describeValue(id)}.`, {
        details: { argument: `ids[${i}]` },
      });
    }
    if (id < 0 || id >= vocabSize) {
      throw fail('OUT_OF_RANGE', `ids[${i}] is ${id}; token ids go from 0 to ${vocabSize - 1}.`, {
        details: { argument: `ids[${i}]`, id, vocabSize },
      });
    }
  }
  return list as ArrayLike<number>;
}

/** ignoreBOM keeps a leading U+FEFF as text instead of dropping it, so decoding is exact. */
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The text of `ids`: their bytes joined and read as UTF-8. Byte sequences that are not valid UTF-8
 * (a cut-off character, say) become U+FFFD, as `TextDecoder` does.
 */
export function decodeBpe(tokenizer: BpeTokenizer, ids: ArrayLike<number>): string {
  const { bytes } = compile(tokenizer);
  const list = checkIds(ids, bytes.length);
  let total = 0;
  for (let i = 0; i < list.length; i++) total += bytes[list[i]!]!.length;
  const joined = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < list.length; i++) {
    const part = bytes[list[i]!]!;
    joined.set(part, at);
    at += part.length;
  }
  return utf8Decoder.decode(joined);
}

/** A copy of token `id`'s bytes. */
export function bpeTokenBytes(tokenizer: BpeTokenizer, id: number): Uint8Array {
  const { bytes } = compile(tokenizer);
  checkInteger(id, 'id');
  if (id < 0 || id >= bytes.length) {
    throw fail('OUT_OF_RANGE', `id is ${id}; token ids go from 0 to ${bytes.length - 1}.`, {
      details: { argument: 'id', id, vocabSize: bytes.length },
    });
  }
  return bytes[id]!.slice();
}

/**
 * Each token's text, for display: its bytes read as UTF-8, where every byte that does not start a
 * complete, valid UTF-8 character shows as `<0xEB>` (uppercase hex). So the first half of `한`
 * shows as `<0xED><0x95>`, and ` 한` as itself.
 */
export function bpeTokenStrings(tokenizer: BpeTokenizer, ids: ArrayLike<number>): string[] {
  const { bytes } = compile(tokenizer);
  const list = checkIds(ids, bytes.length);
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) out.push(showBytes(bytes[list[i]!]!));
  return out;
}

/** Valid UTF-8 characters as text, any other byte as `<0xNN>`. */
function showBytes(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const size = utf8CharSize(bytes, i);
    if (size === 0) {
      text += `<0x${bytes[i]!.toString(16).toUpperCase().padStart(2, '0')}>`;
      i += 1;
    } else {
      text += utf8Decoder.decode(bytes.subarray(i, i + size));
      i += size;
    }
  }
  return text;
}

/** The length of the valid UTF-8 character starting at `i`, or 0 (RFC 3629's table). */
function utf8CharSize(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let size: number;
  let low = 0x80;
  let high = 0xbf;
  if (b0 >= 0xc2 && b0 <= 0xdf) size = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    size = 3;
    if (b0 === 0xe0) low = 0xa0;
    if (b0 === 0xed) high = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    size = 4;
    if (b0 === 0xf0) low = 0x90;
    if (b0 === 0xf4) high = 0x8f;
  } else return 0;
  if (i + size > bytes.length) return 0;
  const b1 = bytes[i + 1]!;
  if (b1 < low || b1 > high) return 0;
  for (let k = 2; k < size; k++) {
    const b = bytes[i + k]!;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return size;
}

/**
 * A {@link BpeTokenizer} read from a parsed JSON object (a checkpoint's `tokenizer`, the
 * `brown-bpe.json` file): checked field by field, then returned as a new frozen object (other
 * fields, such as `meta`, are left out). Errors name the field (`details.field`):
 * - not an object, `kind` other than `'byte-bpe'`, `merges` not an array → `INVALID_FORMAT`;
 * - `version` other than 1 → `UNSUPPORTED_VERSION`;
 * - a merge that is not a pair → `INVALID_SHAPE`; an id that is not an integer, or a pair merged
 *   twice → `INVALID_VALUE`; an id below 0 or not below `256 + i` in merge `i` → `OUT_OF_RANGE`;
 * - more than `MAX_BPE_VOCAB_SIZE - 256` merges → `TOO_LARGE`;
 * - `vocabSize` not `256 + merges.length` → `LENGTH_MISMATCH`.
 */
export function readBpeTokenizer(value: unknown): BpeTokenizer {
  return readTokenizer(value, 'tokenizer');
}

function readTokenizer(value: unknown, name: string): BpeTokenizer {
  const field = (path: string) => ({ details: { field: path } });
  if (typeof value !== 'object' || value === null || Array.isArray(value) || ArrayBuffer.isView(value)) {
    throw fail('INVALID_FORMAT', `${name} must be an object; received ${describeValue(value)}.`, field(name));
  }
  const raw = value as Record<string, unknown>;
  if (raw.kind !== 'byte-bpe') {
    throw fail(
      'INVALID_FORMAT',
      `${name}.kind must be "byte-bpe"; received ${describeValue(raw.kind)}.`,
      field(`${name}.kind`),
    );
  }
  if (raw.version !== 1) {
    throw fail(
      'UNSUPPORTED_VERSION',
      `${name}.version must be 1; received ${describeValue(raw.version)}.`,
      field(`${name}.version`),
    );
  }
  if (!Array.isArray(raw.merges)) {
    throw fail(
      'INVALID_FORMAT',
      `${name}.merges must be an array of [left, right] id pairs; received ${describeValue(raw.merges)}.`,
      field(`${name}.merges`),
    );
  }
  const given = raw.merges as unknown[];
  if (given.length > MAX_BPE_VOCAB_SIZE - 256) {
    throw fail(
      'TOO_LARGE',
      `${name}.merges has ${given.length} merges; at most ${MAX_BPE_VOCAB_SIZE - 256} are allowed.`,
      field(`${name}.merges`),
    );
  }
  const seen = new Map<number, number>();
  const merges: (readonly [number, number])[] = [];
  for (let i = 0; i < given.length; i++) {
    const merge = given[i];
    const at = `${name}.merges[${i}]`;
    if (!Array.isArray(merge) || merge.length !== 2) {
      throw fail('INVALID_SHAPE', `${at} must be a pair [left, right]; received ${describeValue(merge)}.`, field(at));
    }
    for (let side = 0; side < 2; side++) {
      const id: unknown = merge[side];
      if (typeof id !== 'number' || !Number.isInteger(id)) {
        throw fail(
          'INVALID_VALUE',
          `${at}[${side}] must be an integer id; received ${describeValue(id)}.`,
          field(`${at}[${side}]`),
        );
      }
      if (id < 0 || id >= 256 + i) {
        throw fail(
          'OUT_OF_RANGE',
          `${at}[${side}] is ${id}; merge ${i} may only join ids from 0 to ${255 + i} (bytes and earlier merges).`,
          field(`${at}[${side}]`),
        );
      }
    }
    const pair = [merge[0] as number, merge[1] as number] as const;
    const key = pair[0] * MAX_BPE_VOCAB_SIZE + pair[1];
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw fail(
        'INVALID_VALUE',
        `${at} merges [${pair[0]}, ${pair[1]}] again (merge ${earlier} already does).`,
        field(at),
      );
    }
    seen.set(key, i);
    merges.push(Object.freeze(pair));
  }
  if (raw.vocabSize !== 256 + merges.length) {
    throw fail(
      'LENGTH_MISMATCH',
      `${name}.vocabSize must be 256 + ${merges.length} merges = ${256 + merges.length}; received ${describeValue(raw.vocabSize)}.`,
      field(`${name}.vocabSize`),
    );
  }
  return Object.freeze({ kind: 'byte-bpe', version: 1, merges: Object.freeze(merges), vocabSize: 256 + merges.length });
}
