import { checkInteger, checkOneOf, checkOptions, checkString } from '@tensorscope/common';
import { fail } from './errors.js';
import { checkTokenizer, tokenOffsets, type Tokenizer } from './tokenizer.js';

/** How a text is cut: the unit of `size` and `overlap` follows it. */
export const CHUNK_UNITS = ['characters', 'tokens', 'sentences'] as const;
export type ChunkUnit = (typeof CHUNK_UNITS)[number];

export interface ChunkOptions {
  /** Default `'characters'`. */
  by?: ChunkUnit;
  /** Units per chunk: characters, tokens or sentences. Default 300 / 80 / 2. */
  size?: number;
  /** Units each chunk repeats from the end of the one before. Must be below `size`. Default 0. */
  overlap?: number;
  /** Required for `by: 'tokens'`. */
  tokenizer?: Tokenizer;
}

/** A piece of a text: `text.slice(start, end)`. */
export interface TextChunk {
  start: number;
  end: number;
  text: string;
  /** Characters at its start that the previous chunk also holds (0 for the first). */
  overlap: number;
}

export const DEFAULT_CHUNK_SIZE: Record<ChunkUnit, number> = { characters: 300, tokens: 80, sentences: 2 };

/**
 * How the retrieval index and the explorer cut passages unless told otherwise: 2 sentences per
 * chunk, no overlap (most built-in passages are 2–4 sentences). The measured recall is for this.
 */
export const DEFAULT_CHUNKING: { by: ChunkUnit; size: number; overlap: number } = Object.freeze({
  by: 'sentences',
  size: 2,
  overlap: 0,
});
/** A chunk size above this is refused: larger chunks would not fit any prompt this view builds. */
export const MAX_CHUNK_SIZE = 100_000;

/**
 * Cuts `text` into chunks of `size` units, each repeating the last `overlap` units of the one
 * before (a sliding window with step `size − overlap`). Boundaries never split a character
 * (surrogate pairs stay whole; a token that starts inside a UTF-8 character moves to the next
 * character). Sentences: see {@link sentenceStarts}.
 */
export function chunkText(text: string, options?: ChunkOptions): TextChunk[] {
  checkString(text, 'text');
  const o = checkOptions(options);
  const by = checkOneOf(o.by ?? 'characters', 'options.by', CHUNK_UNITS);
  const size = checkInteger(o.size ?? DEFAULT_CHUNK_SIZE[by], 'options.size', { min: 1, max: MAX_CHUNK_SIZE });
  const overlap = checkInteger(o.overlap ?? 0, 'options.overlap', { min: 0, max: MAX_CHUNK_SIZE });
  if (overlap >= size) {
    throw fail('INVALID_ARGUMENT', `The overlap (${overlap}) must be smaller than the chunk size (${size} ${by}).`, {
      details: { argument: 'options.overlap', size, overlap },
    });
  }
  const boundaries = unitBoundaries(text, by, o.tokenizer);
  const units = boundaries.length - 1;
  const chunks: TextChunk[] = [];
  if (units <= 0) return chunks;
  let previousEnd = 0;
  for (let first = 0; ; first += size - overlap) {
    const last = Math.min(first + size, units);
    const start = boundaries[first]!;
    const end = boundaries[last]!;
    if (end > start)
      chunks.push({ start, end, text: text.slice(start, end), overlap: Math.max(0, previousEnd - start) });
    previousEnd = end;
    if (last >= units) break;
  }
  return chunks;
}

/** Offsets where each unit starts, plus the text's length. */
function unitBoundaries(text: string, by: ChunkUnit, tokenizer: Tokenizer | undefined): number[] {
  if (by === 'tokens') {
    if (tokenizer === undefined) {
      throw fail('INVALID_ARGUMENT', 'Chunking by tokens needs options.tokenizer ({ encode, tokenBytes }).', {
        details: { argument: 'options.tokenizer' },
      });
    }
    const { offsets } = tokenOffsets(checkTokenizer(tokenizer, 'options.tokenizer'), text);
    return dedupe(Array.from(offsets));
  }
  if (by === 'sentences') return dedupe([...sentenceStarts(text), text.length]);
  const out: number[] = [];
  for (let i = 0; i < text.length;) {
    out.push(i);
    i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  }
  out.push(text.length);
  return out;
}

function dedupe(offsets: number[]): number[] {
  return offsets.filter((offset, i) => i === 0 || offset > offsets[i - 1]!);
}

/**
 * Start offsets of the sentences of `text` (the first is 0): a sentence ends at `.`, `!`, `?`, `…`
 * or their full-width forms (plus closing quotes or brackets) followed by white space. A plain
 * rule rather than `Intl.Segmenter`, whose sentence breaks can differ between ICU versions: the same
 * corpus must give the same chunks, and so the same measured recall, in every browser and in Node.
 * It splits after abbreviations such as "e.g." too.
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const match of text.matchAll(/[.!?…。！？]+["'’”)\]]*\s+/g)) {
    const next = match.index + match[0].length;
    if (next < text.length) starts.push(next);
  }
  return starts;
}
