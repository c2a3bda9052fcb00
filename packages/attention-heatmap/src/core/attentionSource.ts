import { checkNumber, checkOptions } from '@tensorscope/common';
import { fail } from './errors.js';
import { checkHeadIndex } from './headIndex.js';
import {
  headMatrix,
  isChecked,
  validateAttentionData,
  validateAttentionHeader,
  type AttentionData,
  type AttentionMetadata,
} from './attentionData.js';

/**
 * Attention whose heads are read one at a time: `AttentionData` wrapped by {@link attentionSource},
 * or a lazily decoded export (`openAttention(bytes)` returns one). Every view takes one in `data`.
 */
export interface AttentionSource {
  /** `[layers, heads, qLen, kLen]`. */
  readonly shape: readonly [layers: number, heads: number, qLen: number, kLen: number];
  readonly queryTokens: readonly string[];
  readonly keyTokens: readonly string[];
  /** `qLen × kLen`, 1 = may attend, 0 = masked; absent = nothing masked. */
  readonly mask?: Uint8Array | undefined;
  readonly metadata?: AttentionMetadata | undefined;
  /** The `qLen × kLen` matrix of one head (row-major). Callers must not change it. */
  head(layer: number, head: number): Float32Array;
}

/** What the views and the aggregations take: all weights at once, or a source read head by head. */
export type AttentionInput = AttentionData | AttentionSource;

export interface AttentionSourceOptions {
  /**
   * Keep decoded heads up to this many bytes (least recently used dropped first; the newest head is
   * always kept). Default 64 MiB: 64 heads of 512 × 512 tokens.
   */
  cacheBytes?: number;
}

/** Default size of the decoded-head cache of {@link attentionSource}: 64 MiB. */
export const DEFAULT_HEAD_CACHE_BYTES = 64 * 1024 * 1024;

/** True for anything with a `head(layer, head)` method (an `AttentionSource`), false for `AttentionData`. */
export function isAttentionSource(input: unknown): input is AttentionSource {
  return typeof input === 'object' && input !== null && typeof (input as { head?: unknown }).head === 'function';
}

const ours = new WeakSet<AttentionSource>();
const shared = new WeakMap<object, AttentionSource>();

/**
 * A checked source for the views and aggregations, reading one head at a time:
 *
 * - `AttentionData` is validated at once (`validateAttentionData`; skipped for data that
 *   `loadAttention`, an adapter or `decodeAttention` built) and its heads are views into
 *   `weights` (no copies).
 * - A source (e.g. `openAttention(bytes)`) has its header checked at once (shape, token counts,
 *   mask length — cheap) and each head checked when it is first read: a negative, infinite or NaN
 *   weight throws `INVALID_VALUE` naming the layer, head, query and key. Decoded heads are cached
 *   (least recently used first out, {@link AttentionSourceOptions.cacheBytes}), so going back to a
 *   head is instant.
 *
 * Without options, the same input gives the same source (one cache shared by linked views).
 * Errors are typed `TensorscopeError`s, as from `validateAttentionData`.
 */
export function attentionSource(input: AttentionInput, options?: AttentionSourceOptions): AttentionSource {
  options = checkOptions(options);
  if (options.cacheBytes !== undefined) checkNumber(options.cacheBytes, 'options.cacheBytes', { min: 0 });
  if (isAttentionSource(input) && ours.has(input)) return input;
  const share = options.cacheBytes === undefined && typeof input === 'object' && input !== null;
  if (share) {
    const known = shared.get(input);
    if (known) return known;
  }
  let source: AttentionSource;
  if (isAttentionSource(input)) {
    validateAttentionHeader(input);
    source = new CachedSource(input, options.cacheBytes ?? DEFAULT_HEAD_CACHE_BYTES, true);
  } else {
    // Data from the loader or an adapter was checked as it was built: no second scan.
    if (!isChecked(input)) validateAttentionData(input);
    source = dataSource(input);
  }
  ours.add(source);
  if (share) shared.set(input, source);
  return source;
}

/**
 * Reads one head without adding it to the cache (for a pass over many heads: head summaries,
 * an aggregate of every layer), returning the cached copy when there is one.
 */
export function readHeadOnce(source: AttentionSource, layer: number, head: number): Float32Array {
  return source instanceof CachedSource ? source.headOnce(layer, head) : source.head(layer, head);
}

/** A function reading heads of `AttentionData` (views into its weights) or of a source. */
export function headReader(input: AttentionInput, once = false): (layer: number, head: number) => Float32Array {
  if (isAttentionSource(input)) return once ? (l, h) => readHeadOnce(input, l, h) : (l, h) => input.head(l, h);
  return (l, h) => headMatrix(input, l, h);
}

/**
 * A lazy source whose every head is `transform` of the input's head: `transform` gets one head as
 * `AttentionData` of shape `[1, 1, qLen, kLen]` and must give tokens, mask and metadata that do
 * not depend on the weights (e.g. `hideTokens`, `poolWords`). Transformed heads are cached.
 */
export function mapAttentionHeads(
  input: AttentionInput,
  transform: (single: AttentionData) => AttentionData,
  options: AttentionSourceOptions = {},
): AttentionSource {
  const [layers, heads, qLen, kLen] = input.shape;
  const read = headReader(input);
  const single = (weights: Float32Array): AttentionData => {
    const data: AttentionData = {
      queryTokens: input.queryTokens,
      keyTokens: input.keyTokens,
      weights,
      shape: [1, 1, qLen, kLen],
    };
    if (input.mask) data.mask = input.mask;
    if (input.metadata) data.metadata = input.metadata;
    return data;
  };
  // Tokens, mask and metadata from a head of zeros (they do not depend on the weights); also throws
  // the transform's errors (e.g. every token hidden) before any head is read.
  const header = transform(single(new Float32Array(qLen * kLen)));
  const [, , nq, nk] = header.shape;
  const mapped: AttentionSource = {
    shape: [layers, heads, nq, nk],
    queryTokens: header.queryTokens,
    keyTokens: header.keyTokens,
    mask: header.mask,
    metadata: header.metadata,
    head: (layer, head) => transform(single(read(layer, head))).weights,
  };
  const source = new CachedSource(mapped, options.cacheBytes ?? DEFAULT_HEAD_CACHE_BYTES, false);
  ours.add(source);
  return source;
}

function dataSource(data: AttentionData): AttentionSource {
  const [layers, heads] = data.shape;
  return {
    shape: data.shape,
    queryTokens: data.queryTokens,
    keyTokens: data.keyTokens,
    mask: data.mask,
    metadata: data.metadata,
    head(layer: number, head: number): Float32Array {
      checkHeadIndex(layer, head, layers, heads);
      return headMatrix(data, layer, head);
    },
  };
}

/** LRU cache of decoded heads, validating each head the first time it is decoded. */
class CachedSource implements AttentionSource {
  readonly shape: AttentionSource['shape'];
  readonly queryTokens: readonly string[];
  readonly keyTokens: readonly string[];
  readonly mask: Uint8Array | undefined;
  readonly metadata: AttentionMetadata | undefined;
  private readonly cache = new Map<number, Float32Array>();
  private bytes = 0;

  constructor(
    private readonly inner: AttentionSource,
    private readonly maxBytes: number,
    private readonly validate: boolean,
  ) {
    this.shape = inner.shape;
    this.queryTokens = inner.queryTokens;
    this.keyTokens = inner.keyTokens;
    this.mask = inner.mask;
    this.metadata = inner.metadata;
  }

  head(layer: number, head: number): Float32Array {
    const key = this.key(layer, head);
    const hit = this.cache.get(key);
    if (hit) {
      // Most recently used last.
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const matrix = this.decode(layer, head);
    this.cache.set(key, matrix);
    this.bytes += matrix.byteLength;
    for (const [oldKey, old] of this.cache) {
      if (this.bytes <= this.maxBytes || this.cache.size <= 1) break;
      this.cache.delete(oldKey);
      this.bytes -= old.byteLength;
    }
    return matrix;
  }

  headOnce(layer: number, head: number): Float32Array {
    return this.cache.get(this.key(layer, head)) ?? this.decode(layer, head);
  }

  private key(layer: number, head: number): number {
    const [layers, heads] = this.shape;
    checkHeadIndex(layer, head, layers, heads);
    return layer * heads + head;
  }

  private decode(layer: number, head: number): Float32Array {
    const matrix = this.inner.head(layer, head);
    if (this.validate) validateHead(matrix, layer, head, this.shape);
    return matrix;
  }
}

/** One decoded head: a Float32Array of `qLen × kLen` values, each finite and ≥ 0. */
function validateHead(matrix: Float32Array, layer: number, head: number, shape: AttentionSource['shape']): void {
  const [, , qLen, kLen] = shape;
  if (!(matrix instanceof Float32Array) || matrix.length !== qLen * kLen) {
    const length = matrix instanceof Float32Array ? matrix.length : 0;
    throw fail(
      'LENGTH_MISMATCH',
      `Layer ${layer}, head ${head} has ${length} weights; a head of shape [${shape.join(', ')}] needs a Float32Array of ${qLen * kLen}.`,
      { details: { layer, head, expected: qLen * kLen, actual: length } },
    );
  }
  for (let i = 0; i < matrix.length; i++) {
    const value = matrix[i] as number;
    if (!(value >= 0) || value === Infinity) {
      const query = Math.floor(i / kLen);
      const key = i % kLen;
      throw fail(
        'INVALID_VALUE',
        `weights[${layer}][${head}][${query}][${key}] (layer ${layer}, head ${head}, counted from 0) is ${value}; attention weights must be finite and ≥ 0.`,
        { details: { layer, head, query, key, value } },
      );
    }
  }
}
