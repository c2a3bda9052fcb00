import { checkObject, checkSize, checkStringArray, describeValue } from '@tensorscope/common';
import { fail } from './errors.js';
import { checkHeadIndex } from './headIndex.js';

/**
 * Most values one attention input may declare: 2²⁸ (1 GiB of float32). A shape beyond it is refused
 * with `TOO_LARGE` before anything is allocated or looped over, whatever the data really holds.
 */
export const MAX_ATTENTION_VALUES = 2 ** 28;

/** Attention of a whole model (or part of one): every layer and head. */
export interface AttentionData {
  /** Tokens that attend (rows), as the tokenizer wrote them (`Ġthe`, `▁the`, `##ing`, `<0xEC>` …). */
  queryTokens: readonly string[];
  /** Tokens attended to (columns). Equal to `queryTokens` for self-attention. */
  keyTokens: readonly string[];
  /** Row-major weights with shape `[layers, heads, qLen, kLen]`, each ≥ 0. */
  weights: Float32Array;
  /** `[layers, heads, qLen, kLen]`. */
  shape: readonly [layers: number, heads: number, qLen: number, kLen: number];
  /** `qLen × kLen`, 1 = may attend, 0 = masked (padding or causal); absent = nothing masked. */
  mask?: Uint8Array;
  /** Optional facts about where the attention came from. */
  metadata?: AttentionMetadata;
}

export interface AttentionMetadata {
  /** e.g. `'bert-base-uncased'`, `'gpt2'`. */
  model?: string;
  /** Decoder (causal) attention: query i sees keys up to i. */
  causal?: boolean;
  /** Index of the first token of sentence B, for sentence pairs (BertViz `sentence_b_start`). */
  sentenceBStart?: number;
  /** A short honest note on the data, e.g. "dot-product attention from word vectors, untrained projections". */
  note?: string;
}

/** What validation found that is worth telling the user, without failing. */
export interface AttentionWarnings {
  /** Some (layer, head, row) does not sum to ~1 over its unmasked keys. */
  notNormalised: boolean;
}

const ROW_SUM_TOLERANCE = 1e-3;

/**
 * Data this package built and checked value by value while building it (adapters, the loader,
 * `decodeAttention`), so that nothing downstream scans its 37.7 M values again. Keyed by the data
 * object and its `weights` array: replacing `weights` makes the data unchecked again.
 */
const checked = new WeakMap<AttentionData, { weights: Float32Array; warnings: AttentionWarnings | undefined }>();

/**
 * Records that every weight of `data` was checked as it was built (with the warnings, when they
 * were computed too).
 * @internal
 */
export function markChecked(data: AttentionData, warnings?: AttentionWarnings): void {
  checked.set(data, { weights: data.weights, warnings });
}

/** True when `data` was built (or validated) by this package and its weights were not replaced since. @internal */
export function isChecked(data: AttentionData): boolean {
  const known = checked.get(data);
  return known !== undefined && known.weights === data.weights;
}

/**
 * Checks attention data and returns it with warnings. Throws a `TensorscopeError` naming the
 * problem: shape and token counts that disagree (`INVALID_SHAPE`, `LENGTH_MISMATCH`), a negative
 * or non-finite weight (`INVALID_VALUE`), or no tokens (`EMPTY_INPUT`). Rows that do not sum to 1
 * are a warning, not an error.
 *
 * Data from this package's adapters, `loadAttention` and `decodeAttention` was checked while it
 * was built, so it is not scanned again (its warnings are remembered, or only the row sums are
 * added up). Change weights in place and call this on a copy to have them checked again.
 */
export function validateAttentionData(data: AttentionData): AttentionWarnings {
  checkObject(data, 'data');
  const known = checked.get(data);
  if (known !== undefined && known.weights === data.weights) {
    if (known.warnings) return known.warnings;
    const warnings = { notNormalised: rowsNotNormalised(data) };
    known.warnings = warnings;
    return warnings;
  }
  validateAttentionHeader(data);
  const { weights, shape } = data;
  const [layers, heads, qLen, kLen] = shape;
  if (!(weights instanceof Float32Array)) throw fail('INVALID_VALUE', 'weights must be a Float32Array.');
  const expected = layers * heads * qLen * kLen;
  checkSize(expected, 'data.shape', { max: MAX_ATTENTION_VALUES });
  if (weights.length !== expected) {
    throw fail(
      'LENGTH_MISMATCH',
      `weights has ${weights.length} values; shape [${shape.join(', ')}] needs ${expected}.`,
      { details: { expected, actual: weights.length } },
    );
  }
  let notNormalised = false;
  for (let row = 0; row < layers * heads * qLen; row++) {
    let sum = 0;
    let anyKept = false;
    const q = row % qLen;
    for (let k = 0; k < kLen; k++) {
      const value = weights[row * kLen + k] as number;
      if (!(value >= 0) || value === Infinity) {
        const layer = Math.floor(row / (heads * qLen));
        const head = Math.floor(row / qLen) % heads;
        throw fail(
          'INVALID_VALUE',
          `weights[${layer}][${head}][${q}][${k}] is ${value}; attention weights must be finite and ≥ 0.`,
          { details: { layer, head, query: q, key: k, value } },
        );
      }
      if (!data.mask || data.mask[q * kLen + k]) anyKept = true;
      sum += value;
    }
    if (anyKept && Math.abs(sum - 1) > ROW_SUM_TOLERANCE) notNormalised = true;
  }
  const warnings = { notNormalised };
  markChecked(data, warnings);
  return warnings;
}

/** Validates `data` unless this package built or checked it already (then it costs nothing). @internal */
export function ensureChecked(data: AttentionData): AttentionData {
  if (!isChecked(data)) validateAttentionData(data);
  return data;
}

/**
 * The "not normalised" warning from row sums (`layers · heads · qLen` of them, in order), as
 * {@link validateAttentionData} computes it: a row whose every key is masked does not count.
 * @internal
 */
export function notNormalisedFromRowSums(
  rowSums: ArrayLike<number>,
  qLen: number,
  kLen: number,
  mask: Uint8Array | undefined,
): boolean {
  const kept = rowsWithAKeptKey(mask, qLen, kLen);
  for (let row = 0; row < rowSums.length; row++) {
    if (kept[row % qLen] && Math.abs((rowSums[row] as number) - 1) > ROW_SUM_TOLERANCE) return true;
  }
  return false;
}

function rowsNotNormalised(data: AttentionData): boolean {
  const [layers, heads, qLen, kLen] = data.shape;
  const sums = new Float64Array(layers * heads * qLen);
  for (let row = 0; row < sums.length; row++) {
    let sum = 0;
    for (let k = 0; k < kLen; k++) sum += data.weights[row * kLen + k] as number;
    sums[row] = sum;
  }
  return notNormalisedFromRowSums(sums, qLen, kLen, data.mask);
}

function rowsWithAKeptKey(mask: Uint8Array | undefined, qLen: number, kLen: number): Uint8Array {
  const kept = new Uint8Array(qLen).fill(mask ? 0 : 1);
  if (mask) {
    for (let q = 0; q < qLen; q++) {
      for (let k = 0; k < kLen; k++) {
        if (mask[q * kLen + k]) {
          kept[q] = 1;
          break;
        }
      }
    }
  }
  return kept;
}

/** The `qLen × kLen` matrix of one head of one layer (a view, not a copy). */
export function headMatrix(data: AttentionData, layer: number, head: number): Float32Array {
  ensureChecked(data);
  const [layers, heads, qLen, kLen] = data.shape;
  checkHeadIndex(layer, head, layers, heads);
  const size = qLen * kLen;
  const start = (layer * heads + head) * size;
  return data.weights.subarray(start, start + size);
}

/**
 * The checks of {@link validateAttentionData} that need no weights: the shape, the token counts
 * and the mask. Also used for lazily decoded sources, whose weights are checked per head.
 * @internal
 */
export function validateAttentionHeader(
  data: Pick<AttentionData, 'shape' | 'queryTokens' | 'keyTokens' | 'mask'>,
): void {
  checkObject(data, 'data');
  const { shape, queryTokens, keyTokens, mask } = data;
  if (
    !Array.isArray(shape) ||
    shape.length !== 4 ||
    shape.some((n) => typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
  ) {
    throw fail(
      'INVALID_SHAPE',
      `shape must be [layers, heads, qLen, kLen] (four non-negative integers); received ${describeValue(shape)}.`,
    );
  }
  const [layers, heads, qLen, kLen] = shape;
  if (layers === 0 || heads === 0 || qLen === 0 || kLen === 0) {
    throw fail('EMPTY_INPUT', `Attention data is empty (shape [${shape.join(', ')}]).`);
  }
  checkSize(qLen * kLen, 'data.shape (qLen × kLen)', { max: MAX_ATTENTION_VALUES });
  checkSize(layers * heads * qLen * kLen, 'data.shape', { max: MAX_ATTENTION_VALUES * 16 });
  const tokens = (list: readonly string[], n: number, axis: string, dim: string) => {
    if (!Array.isArray(list) || list.length !== n) {
      const count = Array.isArray(list) ? list.length : 0;
      throw fail(
        'LENGTH_MISMATCH',
        `There are ${count} ${axis} tokens but the weights have ${dim} = ${n} (shape [${shape.join(', ')}]).`,
        { details: { expected: n, actual: count } },
      );
    }
  };
  tokens(queryTokens, qLen, 'query', 'qLen');
  tokens(keyTokens, kLen, 'key', 'kLen');
  checkStringArray(queryTokens, 'data.queryTokens');
  checkStringArray(keyTokens, 'data.keyTokens');
  if (mask !== undefined && (!(mask instanceof Uint8Array) || mask.length !== qLen * kLen)) {
    const length = mask instanceof Uint8Array ? mask.length : 'no';
    throw fail('INVALID_SHAPE', `mask must be a Uint8Array of qLen × kLen = ${qLen * kLen} values; it has ${length}.`);
  }
  checkMetadata((data as { metadata?: unknown }).metadata, qLen);
}

/** `metadata` is optional; when given, each known field must have its documented type. */
export function checkMetadata(metadata: unknown, qLen: number): void {
  if (metadata === undefined) return;
  const record = checkObject(metadata, 'data.metadata');
  const { model, note, causal, sentenceBStart } = record;
  if (model !== undefined && typeof model !== 'string') throw badMetadata('model', 'a string', model);
  if (note !== undefined && typeof note !== 'string') throw badMetadata('note', 'a string', note);
  if (causal !== undefined && typeof causal !== 'boolean') throw badMetadata('causal', 'true or false', causal);
  if (
    sentenceBStart !== undefined &&
    (typeof sentenceBStart !== 'number' ||
      !Number.isInteger(sentenceBStart) ||
      sentenceBStart < 0 ||
      sentenceBStart >= qLen)
  ) {
    throw fail(
      'OUT_OF_RANGE',
      `metadata.sentenceBStart must be a token index from 0 to ${qLen - 1}; received ${String(sentenceBStart)}.`,
      {
        details: { field: 'sentenceBStart' },
      },
    );
  }
}

function badMetadata(field: string, expected: string, value: unknown) {
  return fail('INVALID_VALUE', `metadata.${field} must be ${expected}; received ${typeof value}.`, {
    details: { field },
  });
}
