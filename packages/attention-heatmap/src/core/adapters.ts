import { checkObject, checkOptions } from '@tensorscope/common';
import { fail, type AttentionError } from './errors.js';
import {
  markChecked,
  notNormalisedFromRowSums,
  validateAttentionHeader,
  type AttentionData,
  type AttentionMetadata,
} from './attentionData.js';

/** Nested number arrays of any depth, as `JSON.parse` returns them. */
export type NestedNumbers = number | readonly NestedNumbers[];

/** One layer as a typed array in row-major order with an explicit shape `[batch, heads, q, k]`. */
export interface TypedLayerAttention {
  data: Float32Array | Float64Array | readonly number[];
  shape: readonly [batch: number, heads: number, q: number, k: number];
}

/** Options shared by the adapters. */
export interface AdapterOptions {
  /** Model name stored in `metadata.model`. */
  model?: string;
  /** Stored in `metadata.note`. */
  note?: string;
  /**
   * Decoder (causal) attention: query i sees keys 0…i; sets `metadata.causal` and a lower-triangular
   * mask. Default `'auto'`: causal when query and key tokens are the same, there are at least two,
   * and every weight above the diagonal is exactly 0 in every layer and head.
   */
  causal?: boolean | 'auto';
  /**
   * Hugging Face `attention_mask` (1 = real token, 0 = padding), for the chosen batch entry
   * (`[seq]`) or the whole batch (`[batch][seq]`). A cell (q, k) is masked when q or k is padding.
   * Self-attention only.
   */
  attentionMask?: readonly number[] | readonly (readonly number[])[];
}

export interface FromHuggingFaceOptions extends AdapterOptions {
  /** Which batch entry to show. Default 0. */
  batch?: number;
  /** Shape `[batch, heads, q, k]` of every layer when the layers are given as bare typed arrays. */
  shape?: readonly [batch: number, heads: number, q: number, k: number];
  /** Key tokens when they differ from the query tokens (cross attention). Default: `tokens`. */
  keyTokens?: readonly string[];
}

/** Hugging Face `output_attentions=True` in any of the forms {@link fromHuggingFace} accepts. */
export type HuggingFaceAttentions =
  readonly NestedNumbers[] | readonly (Float32Array | Float64Array)[] | readonly TypedLayerAttention[];

/**
 * Reads the `attentions` tuple of a Hugging Face model run with `output_attentions=True`: one entry
 * per layer, each `[batch][heads][q][k]` — nested arrays as written by
 * `json.dumps([a.tolist() for a in out.attentions])`, or typed arrays with an explicit shape
 * (`{ data, shape }` per layer, or bare arrays with `options.shape`). TransformerLens caches
 * (`[layer][batch, head, q, k]`) have the same form.
 *
 * Defaults: `batch = 0`, key tokens = `tokens`, `causal = 'auto'`. Throws a `TensorscopeError` that
 * names the position and what was expected: `INVALID_SHAPE` (wrong rank, ragged heads),
 * `LENGTH_MISMATCH` (rows or columns ≠ token count), `OUT_OF_RANGE` (batch index),
 * `INVALID_VALUE` (NaN, ±∞, negative, non-number), `EMPTY_INPUT`.
 */
export function fromHuggingFace(
  attentions: HuggingFaceAttentions,
  tokens: readonly string[],
  options: FromHuggingFaceOptions = {},
): AttentionData {
  const keyTokens = options.keyTokens ?? tokens;
  checkTokens(tokens, 'tokens');
  checkTokens(keyTokens, 'keyTokens');
  if (!Array.isArray(attentions) || attentions.length === 0) {
    throw fail(
      'EMPTY_INPUT',
      `attentions must be a non-empty array of layers ([layers][batch][heads][q][k]); received ${describe(attentions)}.`,
    );
  }
  const batch = options.batch ?? 0;
  const layers = readLayers(attentions, 'attentions', tokens.length, keyTokens.length, batch, options.shape);
  return assemble(tokens, keyTokens, layers, options, {});
}

/** CircuitsVis `attention_heads` / `attention_pattern` props. */
export interface CircuitsVisInput {
  tokens: readonly string[];
  /** `[heads][q][k]` (`attention_heads`) or `[q][k]` (`attention_pattern`, one head); or flat `heads·n·n`. */
  attention: readonly NestedNumbers[] | Float32Array | Float64Array;
  /** CircuitsVis `maskUpperTri`: `true` = causal. Default `'auto'` (see {@link AdapterOptions.causal}). */
  maskUpperTri?: boolean | 'auto';
}

/**
 * Reads CircuitsVis props `{ tokens, attention }` with attention `[heads][dest][src]` (one layer,
 * as `attention_heads` takes it) or `[dest][src]` (one head, `attention_pattern`), nested or as a
 * flat typed array of `heads · n · n` values. Returns one layer. `maskUpperTri` maps to `causal`.
 * Errors as in {@link fromHuggingFace}.
 */
export function fromCircuitsVis(input: CircuitsVisInput, options: AdapterOptions = {}): AttentionData {
  const { tokens, attention } = checkObject(input, 'input') as unknown as CircuitsVisInput;
  checkTokens(tokens, 'tokens');
  const n = tokens.length;
  const merged: AdapterOptions = { ...options, causal: input.maskUpperTri ?? options.causal ?? 'auto' };
  if (attention instanceof Float32Array || attention instanceof Float64Array) {
    if (attention.length === 0 || attention.length % (n * n) !== 0) {
      throw fail(
        'LENGTH_MISMATCH',
        `attention has ${attention.length} values; expected heads × ${n} × ${n} (${n} tokens).`,
        { details: { tokens: n, actual: attention.length } },
      );
    }
    const heads = attention.length / (n * n);
    const read = emptyLayers(1, heads, n, n);
    copyFlat(attention, read, 0, 0, heads, 'attention');
    return assemble(tokens, tokens, read, merged, {});
  }
  if (!Array.isArray(attention) || attention.length === 0) {
    throw fail('EMPTY_INPUT', `attention must be a non-empty [heads][q][k] array; received ${describe(attention)}.`);
  }
  // [q][k] (one head) when the first row is an array of numbers.
  const rank = depthOf(attention);
  if (rank !== 2 && rank !== 3) {
    throw fail(
      'INVALID_SHAPE',
      `attention has ${rank} dimensions; expected 3 ([heads][q][k]) or 2 ([q][k]) for one layer.`,
      { details: { actual: rank } },
    );
  }
  const oneHead = rank === 2;
  const read = emptyLayers(1, oneHead ? 1 : attention.length, n, n);
  if (oneHead) {
    copyMatrix(attention, 'attention', read, 0);
  } else {
    attention.forEach((matrix, h) => copyMatrix(matrix, `attention[${h}]`, read, h));
  }
  return assemble(tokens, tokens, read, merged, {});
}

/** BertViz `head_view` / `model_view` arguments for self-attention (incl. sentence pairs). */
export interface BertVizSelfInput {
  /** One entry per layer, each `[batch = 1][heads][q][k]`. */
  attention: HuggingFaceAttentions;
  tokens: readonly string[];
  /** Index of the first token of sentence B. */
  sentence_b_start?: number | null;
  /** Layers to keep (BertViz `include_layers`). Default: all. */
  include_layers?: readonly number[] | null;
  /** Heads to keep (BertViz `include_heads`). Default: all. */
  include_heads?: readonly number[] | null;
}

/** BertViz encoder-decoder arguments: any of the three attentions, each one entry per layer. */
export interface BertVizEncoderDecoderInput {
  encoder_attention?: HuggingFaceAttentions | null;
  decoder_attention?: HuggingFaceAttentions | null;
  cross_attention?: HuggingFaceAttentions | null;
  encoder_tokens?: readonly string[] | null;
  decoder_tokens?: readonly string[] | null;
  include_layers?: readonly number[] | null;
  include_heads?: readonly number[] | null;
}

/** The three views of an encoder-decoder model; a key is present when its attention was given. */
export interface BertVizEncoderDecoderData {
  /** Encoder self-attention (bidirectional), encoder tokens × encoder tokens. */
  encoder?: AttentionData;
  /** Decoder self-attention (causal), decoder tokens × decoder tokens. */
  decoder?: AttentionData;
  /** Cross attention: decoder tokens (queries) × encoder tokens (keys). */
  cross?: AttentionData;
}

export interface FromBertVizOptions extends AdapterOptions {
  /** Batch entry (BertViz requires a batch of one; default 0). */
  batch?: number;
}

/**
 * Reads BertViz `head_view` / `model_view` arguments.
 *
 * - Self-attention `{ attention, tokens, sentence_b_start?, include_layers?, include_heads? }`:
 *   returns one `AttentionData`; `sentence_b_start` becomes `metadata.sentenceBStart`.
 * - Encoder-decoder `{ encoder_attention?, decoder_attention?, cross_attention?, encoder_tokens,
 *   decoder_tokens }`: returns `{ encoder?, decoder?, cross? }`; the decoder is causal (unless
 *   `options.causal` says otherwise) and cross attention has decoder tokens as queries and encoder
 *   tokens as keys.
 *
 * Each attention is one entry per layer of `[batch][heads][q][k]` (default batch 0). Errors as in
 * {@link fromHuggingFace}; a layer or head in `include_*` that does not exist is `OUT_OF_RANGE`.
 */
export function fromBertViz(input: BertVizSelfInput, options?: FromBertVizOptions): AttentionData;
export function fromBertViz(input: BertVizEncoderDecoderInput, options?: FromBertVizOptions): BertVizEncoderDecoderData;
export function fromBertViz(
  input: BertVizSelfInput | BertVizEncoderDecoderInput,
  bertVizOptions?: FromBertVizOptions,
): AttentionData | BertVizEncoderDecoderData {
  const options = checkOptions(bertVizOptions);
  if (input === null || typeof input !== 'object') {
    throw fail('INVALID_VALUE', `fromBertViz expects an object of BertViz arguments; received ${describe(input)}.`);
  }
  const batch = options.batch ?? 0;
  const select = { layers: input.include_layers ?? undefined, heads: input.include_heads ?? undefined };
  if ('attention' in input && input.attention != null) {
    const { tokens } = input;
    checkTokens(tokens, 'tokens');
    const sentenceBStart = input.sentence_b_start ?? undefined;
    if (
      sentenceBStart !== undefined &&
      (!Number.isInteger(sentenceBStart) || sentenceBStart < 0 || sentenceBStart >= tokens.length)
    ) {
      throw fail(
        'OUT_OF_RANGE',
        `sentence_b_start is ${sentenceBStart}; expected a token index from 0 to ${tokens.length - 1}.`,
      );
    }
    const layers = readLayers(input.attention, 'attention', tokens.length, tokens.length, batch, undefined);
    const extra: AttentionMetadata = sentenceBStart === undefined ? {} : { sentenceBStart };
    return assemble(tokens, tokens, selectLayersHeads(layers, select), options, extra);
  }
  const encdec = input as BertVizEncoderDecoderInput;
  if (encdec.encoder_attention == null && encdec.decoder_attention == null && encdec.cross_attention == null) {
    throw fail(
      'EMPTY_INPUT',
      'fromBertViz needs `attention` + `tokens`, or at least one of `encoder_attention`, `decoder_attention`, `cross_attention`.',
    );
  }
  const needTokens = (name: 'encoder_tokens' | 'decoder_tokens'): readonly string[] => {
    const tokens = encdec[name];
    if (tokens == null) {
      throw fail('EMPTY_INPUT', `${name} is required with the attention that uses it.`);
    }
    checkTokens(tokens, name);
    return tokens;
  };
  const result: BertVizEncoderDecoderData = {};
  if (encdec.encoder_attention != null) {
    const tokens = needTokens('encoder_tokens');
    const layers = readLayers(
      encdec.encoder_attention,
      'encoder_attention',
      tokens.length,
      tokens.length,
      batch,
      undefined,
    );
    result.encoder = assemble(tokens, tokens, selectLayersHeads(layers, select), options, {});
  }
  if (encdec.decoder_attention != null) {
    const tokens = needTokens('decoder_tokens');
    const layers = readLayers(
      encdec.decoder_attention,
      'decoder_attention',
      tokens.length,
      tokens.length,
      batch,
      undefined,
    );
    result.decoder = assemble(
      tokens,
      tokens,
      selectLayersHeads(layers, select),
      {
        ...options,
        causal: options.causal ?? true,
      },
      {},
    );
  }
  if (encdec.cross_attention != null) {
    const queries = needTokens('decoder_tokens');
    const keys = needTokens('encoder_tokens');
    const layers = readLayers(encdec.cross_attention, 'cross_attention', queries.length, keys.length, batch, undefined);
    result.cross = assemble(
      queries,
      keys,
      selectLayersHeads(layers, select),
      {
        ...options,
        causal: false,
        attentionMask: undefined,
      },
      {},
    );
  }
  return result;
}

// ---------------------------------------------------------------------------------------------

/**
 * Weights being copied out of the input, with what the copy learns on the way so that nothing
 * scans them again: each row's sum (for the "not normalised" warning) and, per head, whether a
 * weight above the diagonal is non-zero (for `causal: 'auto'`).
 */
interface ReadLayers {
  weights: Float32Array;
  layers: number;
  heads: number;
  qLen: number;
  kLen: number;
  /** `layers · heads · qLen` sums, in the order of `weights`' rows. */
  rowSums: Float64Array;
  /** Per head (`layer · heads + head`): 1 when some weight above the diagonal is not 0. */
  upperNonZero: Uint8Array;
}

function emptyLayers(layers: number, heads: number, qLen: number, kLen: number): ReadLayers {
  return {
    weights: new Float32Array(layers * heads * qLen * kLen),
    layers,
    heads,
    qLen,
    kLen,
    rowSums: new Float64Array(layers * heads * qLen),
    upperNonZero: new Uint8Array(layers * heads),
  };
}

const HF_DIMS = '[layers][batch][heads][q][k]';

function readLayers(
  attentions: HuggingFaceAttentions,
  name: string,
  qLen: number,
  kLen: number,
  batch: number,
  shape: FromHuggingFaceOptions['shape'],
): ReadLayers {
  if (!Array.isArray(attentions) || attentions.length === 0) {
    throw fail(
      'EMPTY_INPUT',
      `${name} must be a non-empty array with one entry per layer (${HF_DIMS}); received ${describe(attentions)}.`,
    );
  }
  if (!Number.isInteger(batch) || batch < 0) {
    throw fail('OUT_OF_RANGE', `batch must be an integer ≥ 0; received ${batch}.`);
  }
  const layers = attentions.length;
  if (Array.isArray(attentions[0])) {
    const rank = depthOf(attentions);
    if (rank !== 5 && rank > 1) {
      const hint =
        rank === 4
          ? ' The batch dimension is missing: wrap each layer in [ ] or pass the tuple as the model returned it.'
          : '';
      throw fail('INVALID_SHAPE', `${name} has ${rank} dimensions; expected 5: ${HF_DIMS}.${hint}`, {
        details: { expected: 5, actual: rank },
      });
    }
  }
  let heads = -1;
  let read = emptyLayers(0, 0, qLen, kLen);
  attentions.forEach((layer: unknown, l: number) => {
    const path = `${name}[${l}]`;
    if (isTypedLayer(layer) || isNumericTypedArray(layer)) {
      const data = isTypedLayer(layer) ? layer.data : layer;
      const layerShape = isTypedLayer(layer) ? layer.shape : shape;
      if (!layerShape) {
        throw fail(
          'INVALID_SHAPE',
          `${path} is a typed array without a shape; pass { data, shape: [batch, heads, q, k] } or options.shape.`,
        );
      }
      if (layerShape.length !== 4 || layerShape.some((n) => !Number.isInteger(n) || n < 0)) {
        throw fail(
          'INVALID_SHAPE',
          `${path} has shape ${JSON.stringify(layerShape)}; expected [batch, heads, q, k] (four integers ≥ 0).`,
        );
      }
      const [b, h, q, k] = layerShape as readonly [number, number, number, number];
      if (data.length !== b * h * q * k) {
        throw fail(
          'LENGTH_MISMATCH',
          `${path} has ${data.length} values; shape [${layerShape.join(', ')}] needs ${b * h * q * k}.`,
        );
      }
      checkBatch(batch, b, path);
      checkHeads(h, path, heads, name);
      if (q !== qLen) throw countError(`${path}`, q, 'query rows', qLen, 'one per query token');
      if (k !== kLen) throw countError(`${path}`, k, 'key columns', kLen, 'one per key token');
      if (heads < 0) {
        heads = h;
        read = emptyLayers(layers, heads, qLen, kLen);
      }
      copyFlat(data, read, batch * h * q * k, l * heads, h, `${path}[${batch}]`);
      return;
    }
    const batchArray = expectArray(layer, path, 'batch entries', HF_DIMS);
    checkBatch(batch, batchArray.length, path);
    const headArray = expectArray(batchArray[batch], `${path}[${batch}]`, 'heads', HF_DIMS);
    checkHeads(headArray.length, `${path}[${batch}]`, heads, name);
    if (heads < 0) {
      heads = headArray.length;
      read = emptyLayers(layers, heads, qLen, kLen);
    }
    headArray.forEach((matrix, h) => copyMatrix(matrix, `${path}[${batch}][${h}]`, read, l * heads + h, HF_DIMS));
  });
  return read;
}

function selectLayersHeads(
  read: ReadLayers,
  select: { layers: readonly number[] | undefined; heads: readonly number[] | undefined },
): ReadLayers {
  if (!select.layers && !select.heads) return read;
  const layerIds = select.layers ?? Array.from({ length: read.layers }, (_, i) => i);
  const headIds = select.heads ?? Array.from({ length: read.heads }, (_, i) => i);
  checkIndices(layerIds, read.layers, 'include_layers', 'layer');
  checkIndices(headIds, read.heads, 'include_heads', 'head');
  const { qLen, kLen } = read;
  const size = qLen * kLen;
  const out = emptyLayers(layerIds.length, headIds.length, qLen, kLen);
  layerIds.forEach((l, li) =>
    headIds.forEach((h, hi) => {
      const from = l * read.heads + h;
      const to = li * headIds.length + hi;
      out.weights.set(read.weights.subarray(from * size, (from + 1) * size), to * size);
      out.rowSums.set(read.rowSums.subarray(from * qLen, (from + 1) * qLen), to * qLen);
      out.upperNonZero[to] = read.upperNonZero[from] as number;
    }),
  );
  return out;
}

function assemble(
  queryTokens: readonly string[],
  keyTokens: readonly string[],
  read: ReadLayers,
  options: AdapterOptions,
  extra: AttentionMetadata,
): AttentionData {
  const qLen = queryTokens.length;
  const kLen = keyTokens.length;
  const self = queryTokens === keyTokens || (qLen === kLen && queryTokens.every((t, i) => t === keyTokens[i]));
  const causalOption = options.causal ?? 'auto';
  const causal = causalOption === 'auto' ? self && qLen > 1 && !read.upperNonZero.includes(1) : causalOption;
  if (causal && qLen !== kLen) {
    throw fail('INVALID_SHAPE', `Causal attention needs as many query as key tokens (${qLen} ≠ ${kLen}).`);
  }
  const padding =
    options.attentionMask === undefined ? undefined : readAttentionMask(options.attentionMask, qLen, kLen, options);
  let mask: Uint8Array | undefined;
  if (causal || padding) {
    mask = new Uint8Array(qLen * kLen);
    for (let q = 0; q < qLen; q++) {
      for (let k = 0; k < kLen; k++) {
        const allowed = (!causal || k <= q) && (!padding || (padding[q] !== 0 && padding[k] !== 0));
        mask[q * kLen + k] = allowed ? 1 : 0;
      }
    }
  }
  const metadata: AttentionMetadata = { ...extra };
  if (options.model !== undefined) metadata.model = options.model;
  if (options.note !== undefined) metadata.note = options.note;
  if (causal) metadata.causal = true;
  const data: AttentionData = {
    queryTokens: [...queryTokens],
    keyTokens: self ? [...queryTokens] : [...keyTokens],
    weights: read.weights,
    shape: [read.layers, read.heads, qLen, kLen],
  };
  if (mask) data.mask = mask;
  if (Object.keys(metadata).length > 0) data.metadata = metadata;
  // Every weight was checked while it was copied: record it, so no later step scans them again.
  validateAttentionHeader(data);
  markChecked(data, { notNormalised: notNormalisedFromRowSums(read.rowSums, qLen, kLen, mask) });
  return data;
}

function readAttentionMask(
  attentionMask: NonNullable<AdapterOptions['attentionMask']>,
  qLen: number,
  kLen: number,
  options: AdapterOptions & { batch?: number },
): readonly number[] {
  if (qLen !== kLen) {
    throw fail('INVALID_SHAPE', 'attentionMask applies to self-attention only (query tokens = key tokens).');
  }
  let row: unknown = attentionMask;
  if (Array.isArray(attentionMask[0])) {
    const batch = options.batch ?? 0;
    row = attentionMask[batch];
    if (row === undefined) {
      throw fail('OUT_OF_RANGE', `batch ${batch} is out of range: attentionMask has ${attentionMask.length} rows.`);
    }
  }
  const values = row as readonly unknown[];
  if (!Array.isArray(values) || values.length !== qLen) {
    throw countError('attentionMask', Array.isArray(values) ? values.length : 0, 'values', qLen, 'one per token');
  }
  values.forEach((v, i) => {
    if (v !== 0 && v !== 1) {
      throw fail('INVALID_VALUE', `attentionMask[${i}] is ${describe(v)}; expected 0 or 1.`);
    }
  });
  return values as readonly number[];
}

/** Copies one `[q][k]` matrix of nested arrays into head `index` of `read`, checking every value. */
function copyMatrix(value: unknown, path: string, read: ReadLayers, index: number, dims = '[heads][q][k]'): void {
  const { qLen, kLen, weights, rowSums } = read;
  const rows = expectArray(value, path, 'query rows', dims);
  if (rows.length !== qLen) throw countError(path, rows.length, 'rows', qLen, 'one per query token');
  let upper = 0;
  for (let q = 0; q < qLen; q++) {
    const row = expectArray(rows[q], `${path}[${q}]`, 'key weights', dims);
    if (row.length !== kLen) throw countError(`${path}[${q}]`, row.length, 'values', kLen, 'one per key token');
    const base = (index * qLen + q) * kLen;
    let sum = 0;
    for (let k = 0; k < kLen; k++) {
      const v = row[k];
      if (typeof v !== 'number' || !(v >= 0) || v === Infinity) {
        if (Array.isArray(v)) {
          throw fail(
            'INVALID_SHAPE',
            `${path}[${q}][${k}] is an array; expected a number (the shape must be ${dims}).`,
          );
        }
        throw invalidValue(`${path}[${q}][${k}]`, v);
      }
      weights[base + k] = v;
      sum += v;
      if (k > q && v !== 0) upper = 1;
    }
    rowSums[index * qLen + q] = sum;
  }
  read.upperNonZero[index] = upper;
}

/** Copies `heads` flat `q · k` matrices from `data[from…]` into heads `first…` of `read`, checking every value. */
function copyFlat(
  data: ArrayLike<number>,
  read: ReadLayers,
  from: number,
  first: number,
  heads: number,
  path: string,
): void {
  const { qLen, kLen, weights, rowSums } = read;
  for (let h = 0; h < heads; h++) {
    let upper = 0;
    for (let q = 0; q < qLen; q++) {
      const src = from + (h * qLen + q) * kLen;
      const dst = ((first + h) * qLen + q) * kLen;
      let sum = 0;
      let above = 0;
      for (let k = 0; k < kLen; k++) {
        const v = data[src + k] as number;
        // one comparison catches NaN, negatives and +∞ (v - v is NaN for ∞)
        if (!(v >= 0 && v - v === 0)) throw invalidValue(`${path}[${h}][${q}][${k}]`, v);
        sum += v;
        if (k > q) above += v;
      }
      if (above !== 0) upper = 1;
      rowSums[(first + h) * qLen + q] = sum;
      if (ArrayBuffer.isView(data)) weights.set((data as Float32Array).subarray(src, src + kLen), dst);
      else for (let k = 0; k < kLen; k++) weights[dst + k] = data[src + k] as number;
    }
    read.upperNonZero[first + h] = upper;
  }
}

/** Nesting depth along the first elements: `[[1]]` → 2, `[]` → 1, `5` → 0. Internal (also used by the loader). */
export function depthOf(value: unknown): number {
  let depth = 0;
  let v = value;
  while (Array.isArray(v)) {
    depth++;
    v = v[0];
  }
  return depth;
}

function expectArray(value: unknown, path: string, what: string, dims: string): readonly unknown[] {
  if (Array.isArray(value)) return value;
  throw fail(
    'INVALID_SHAPE',
    `${path} is ${describe(value)}; expected an array of ${what} (the shape must be ${dims}).`,
  );
}

function checkBatch(batch: number, size: number, path: string): void {
  if (batch >= size) {
    throw fail(
      'OUT_OF_RANGE',
      `batch ${batch} is out of range: ${path} has ${size} batch ${size === 1 ? 'entry' : 'entries'} (0 … ${size - 1}).`,
      { details: { batch, size } },
    );
  }
}

function checkHeads(count: number, path: string, expected: number, name: string): void {
  if (count === 0) throw fail('EMPTY_INPUT', `${path} has no heads.`);
  if (expected >= 0 && count !== expected) {
    throw fail(
      'INVALID_SHAPE',
      `${path} has ${count} heads; expected ${expected} like ${name}[0] (every layer needs the same number of heads).`,
      { details: { expected, actual: count } },
    );
  }
}

function checkIndices(ids: readonly number[], size: number, name: string, what: string): void {
  if (ids.length === 0) throw fail('EMPTY_INPUT', `${name} is empty.`);
  for (const id of ids) {
    if (!Number.isInteger(id) || id < 0 || id >= size) {
      throw fail('OUT_OF_RANGE', `${name} has ${what} ${id}; expected 0 … ${size - 1}.`);
    }
  }
}

function checkTokens(tokens: unknown, name: string): asserts tokens is readonly string[] {
  if (!Array.isArray(tokens) || tokens.length === 0) {
    throw fail('EMPTY_INPUT', `${name} must be a non-empty array of strings; received ${describe(tokens)}.`);
  }
  tokens.forEach((token, i) => {
    if (typeof token !== 'string') {
      throw fail('INVALID_VALUE', `${name}[${i}] is ${describe(token)}; expected a string.`);
    }
  });
}

function countError(path: string, actual: number, what: string, expected: number, why: string): AttentionError {
  return fail('LENGTH_MISMATCH', `${path} has ${actual} ${what}; expected ${expected} (${why}).`, {
    details: { path, expected, actual },
  });
}

function invalidValue(path: string, value: unknown): AttentionError {
  return fail('INVALID_VALUE', `${path} is ${describe(value)}; attention weights must be finite numbers ≥ 0.`, {
    details: { path, value },
  });
}

function isNumericTypedArray(value: unknown): value is Float32Array | Float64Array {
  return value instanceof Float32Array || value instanceof Float64Array;
}

function isTypedLayer(value: unknown): value is TypedLayerAttention {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    'data' in value &&
    'shape' in value &&
    Array.isArray((value as TypedLayerAttention).shape)
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 20))}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return `a ${typeof value}`;
}
