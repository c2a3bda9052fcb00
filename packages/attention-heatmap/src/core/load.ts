/**
 * The one way in for attention from outside: bytes, text or parsed JSON in any format this package
 * knows, recognised by these rules, in this order (the README's "How files are recognised" repeats
 * them):
 *
 * 1. `options.format`, when given, overrides every rule below: the input is read as that format
 *    or the reader of that format throws.
 * 2. Bytes (`Uint8Array`, any `ArrayBufferView`, `ArrayBuffer`): starting with `TSAT` → the binary
 *    `.tsat` format (`decodeAttention`); otherwise UTF-8 text (rule 3); invalid UTF-8 →
 *    `INVALID_FORMAT`.
 * 3. A string: JSON text, parsed and read by rules 4–9; blank → `EMPTY_INPUT`, bad JSON →
 *    `INVALID_FORMAT` with the parser's reason.
 * 4. `AttentionData` (`weights` a `Float32Array` and a four-number `shape`) → used as it is.
 * 5. `encoder_attention`, `decoder_attention` or `cross_attention` → BertViz encoder-decoder;
 *    `options.part` picks one (default: the first present of encoder, decoder, cross).
 * 6. `attentions` (Hugging Face `output_attentions`) with `tokens` (or `input_tokens`), by the
 *    nesting depth of `attentions`: 5 = `[layers][batch][heads][q][k]` (the tuple as
 *    `json.dumps([a.tolist() for a in out.attentions])` writes it), 4 = `[layers][heads][q][k]`
 *    (batch dropped), 3 = one layer `[heads][q][k]`, 2 = one head `[q][k]`. Typed arrays per
 *    layer (`{ data, shape }`) are read as the tuple.
 * 7. `attention` with `tokens` — the ambiguous key: CircuitsVis and BertViz both use it. By the
 *    nesting depth of `attention`: 5 → BertViz / Hugging Face layers `[layers][batch][heads][q][k]`;
 *    4 → layers with the batch dropped `[layers][heads][q][k]`; 3 → CircuitsVis heads of one layer
 *    `[heads][q][k]`; 2 → CircuitsVis one head `[q][k]`; a flat typed array → CircuitsVis
 *    `heads · n · n`. Any other depth is `UNKNOWN_FORMAT` naming the depth found.
 * 8. `queryTokens` with `weights` (rows or a flat array) → one matrix, returned as `{ matrix }`.
 * 9. Anything else → `UNKNOWN_FORMAT`, naming the keys it has.
 *
 * Every weight is checked exactly once, while it is copied into the result; nothing downstream
 * (`validateAttentionData`, the views) scans the result again.
 */
import { TensorscopeArgumentError, checkNumber, checkOneOf, checkOptions, checkString } from '@tensorscope/common';
import { fail } from './errors.js';
import { isChecked, validateAttentionData, type AttentionData } from './attentionData.js';
import { createAttentionMatrix, type AttentionMatrixInput } from './attentionMatrix.js';
import {
  fromBertViz,
  fromCircuitsVis,
  fromHuggingFace,
  type AdapterOptions,
  type BertVizEncoderDecoderInput,
  type BertVizSelfInput,
  type HuggingFaceAttentions,
  depthOf,
} from './adapters.js';
import { decodeAttention } from './binaryFormat.js';

/** The formats {@link loadAttention} knows; also the values of its `format` option. */
export const ATTENTION_FORMATS = ['tsat', 'attention-data', 'huggingface', 'circuitsvis', 'bertviz', 'matrix'] as const;

export type AttentionFormat = (typeof ATTENTION_FORMATS)[number];

/** What {@link loadAttention} returns: a model's attention (`data`) or a single matrix, and the format it found. */
export type LoadedAttention =
  | { format: Exclude<AttentionFormat, 'matrix'>; data: AttentionData }
  | { format: 'matrix'; matrix: AttentionMatrixInput };

export interface LoadAttentionOptions {
  /** Read the input as this format instead of recognising it (rule 1). */
  format?: AttentionFormat;
  /** Hugging Face / BertViz batch entry to show. Default: the file's `batch`, else 0. */
  batch?: number;
  /** Which attention of a BertViz encoder-decoder input. Default: the first present of encoder, decoder, cross. */
  part?: 'encoder' | 'decoder' | 'cross';
  /** Name of the input in error messages (a file name). Default "The attention data". */
  name?: string;
}

/** Largest file {@link readAttentionFile} reads by default: 64 MiB. */
export const DEFAULT_MAX_ATTENTION_BYTES = 64 * 1024 * 1024;

export interface ReadAttentionFileOptions extends Omit<LoadAttentionOptions, 'name'> {
  /** Larger files are refused with `TOO_LARGE` before they are read. Default {@link DEFAULT_MAX_ATTENTION_BYTES}. */
  maxBytes?: number;
  /** Cancels the read (`ABORTED`). */
  signal?: AbortSignal;
}

/**
 * Reads a user's attention file (a dropped or chosen `File`) in any format {@link loadAttention}
 * knows. Refuses an empty file (`EMPTY_INPUT`) or one over `maxBytes` (`TOO_LARGE`) before reading
 * it; errors name the file.
 */
export async function readAttentionFile(
  file: Blob & { name: string },
  options?: ReadAttentionFileOptions,
): Promise<LoadedAttention> {
  if (!(file instanceof Blob)) throw new TensorscopeArgumentError('file', 'a File or Blob', file);
  const { maxBytes = DEFAULT_MAX_ATTENTION_BYTES, signal, ...load } = checkOptions(options);
  checkNumber(maxBytes, 'options.maxBytes', { min: 0 });
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw new TensorscopeArgumentError('options.signal', 'an AbortSignal', signal);
  }
  checkNotAborted(signal, file.name);
  if (file.size > maxBytes) {
    throw fail(
      'TOO_LARGE',
      `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${megabytes(maxBytes)} MB.`,
      {
        details: { size: file.size, limit: maxBytes },
      },
    );
  }
  if (file.size === 0) throw fail('EMPTY_INPUT', `${file.name} is empty.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  checkNotAborted(signal, file.name);
  return loadAttention(bytes, { ...load, name: file.name });
}

/** Reads attention in any format this package knows (see the rules above); throws a typed error naming the problem. */
export function loadAttention(input: unknown, options?: LoadAttentionOptions): LoadedAttention {
  options = checkOptions(options);
  const name = options.name === undefined ? 'The attention data' : checkString(options.name, 'options.name');
  if (options.format !== undefined) checkOneOf(options.format, 'options.format', ATTENTION_FORMATS);
  if (input instanceof ArrayBuffer) return loadAttention(new Uint8Array(input), options);
  if (ArrayBuffer.isView(input) && !(input instanceof Float32Array || input instanceof Float64Array)) {
    const bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    if (options.format === 'tsat' || (options.format === undefined && hasTsatMagic(bytes))) {
      return { format: 'tsat', data: decodeAttention(bytes) };
    }
    return loadAttention(decodeText(bytes, name), options);
  }
  if (options.format === 'tsat') {
    throw fail('INVALID_FORMAT', `${name} must be bytes to read as .tsat; received ${kindOf(input)}.`);
  }
  if (typeof input === 'string') return loadAttention(parseJson(input, name), options);
  if (!isRecord(input)) {
    throw fail(
      'UNKNOWN_FORMAT',
      `${name} must be an object ({ tokens, attentions } from Hugging Face, { tokens, attention } from CircuitsVis or BertViz, { queryTokens, weights }) or .tsat bytes; received ${kindOf(input)}.`,
    );
  }
  return loadRecord(input, options, name);
}

function loadRecord(record: Record<string, unknown>, options: LoadAttentionOptions, name: string): LoadedAttention {
  const format = options.format ?? recognise(record, name);
  const adapter = adapterOptions(record);
  switch (format) {
    case 'attention-data': {
      const data = record as unknown as AttentionData;
      if (!isChecked(data)) validateAttentionData(data);
      return { format, data };
    }
    case 'matrix': {
      const matrix = toMatrix(record);
      createAttentionMatrix(matrix);
      return { format, matrix };
    }
    case 'circuitsvis': {
      const attention = record.attention ?? record.attentions;
      const input = { tokens: tokensOf(record, name), attention: attention as never };
      const maskUpperTri = typeof record.maskUpperTri === 'boolean' ? { maskUpperTri: record.maskUpperTri } : {};
      return { format, data: fromCircuitsVis({ ...input, ...maskUpperTri }, adapter) };
    }
    case 'bertviz':
      return { format, data: fromBertVizRecord(record, options, adapter, name) };
    case 'huggingface': {
      const key = 'attentions' in record ? 'attentions' : 'attention';
      const tokens = tokensOf(record, name);
      const keyTokens = record.keyTokens ?? record.key_tokens;
      return {
        format,
        data: fromHuggingFace(asLayerTuple(record[key], key, name), tokens, {
          ...adapter,
          batch: batchOf(record, options),
          ...(keyTokens === undefined ? {} : { keyTokens: stringsOf(keyTokens, 'keyTokens', name) }),
        }),
      };
    }
    case 'tsat':
      throw fail('INVALID_FORMAT', `${name} must be bytes to read as .tsat.`);
  }
}

/** Rules 4–9 for a parsed object. */
function recognise(record: Record<string, unknown>, name: string): AttentionFormat {
  if (record.weights instanceof Float32Array && Array.isArray(record.shape) && record.shape.length === 4) {
    return 'attention-data';
  }
  if ('encoder_attention' in record || 'decoder_attention' in record || 'cross_attention' in record) return 'bertviz';
  if ('attentions' in record) return 'huggingface';
  if ('attention' in record) {
    const attention = record.attention;
    if (attention instanceof Float32Array || attention instanceof Float64Array) return 'circuitsvis';
    if (Array.isArray(attention) && attention.length > 0 && !Array.isArray(attention[0])) return 'bertviz';
    const depth = depthOf(attention);
    if (depth === 5 || depth === 4) return 'bertviz';
    if (depth === 3 || depth === 2) return 'circuitsvis';
    throw fail(
      'UNKNOWN_FORMAT',
      `${name} has "attention" nested ${depth} deep; expected 5 ([layers][batch][heads][q][k], BertViz / Hugging Face), 4 ([layers][heads][q][k]), 3 ([heads][q][k], CircuitsVis) or 2 ([q][k], one head). Pass options.format to choose.`,
      { details: { depth } },
    );
  }
  if ('queryTokens' in record && 'weights' in record) return 'matrix';
  const keys = Object.keys(record).slice(0, 8).join(', ') || 'no keys';
  throw fail(
    'UNKNOWN_FORMAT',
    `${name} has none of the keys of a known format: "attentions" (Hugging Face), "attention" (CircuitsVis, BertViz), "encoder_attention" / "decoder_attention" / "cross_attention" (BertViz), or "queryTokens" + "weights"; it has ${keys}.`,
  );
}

function fromBertVizRecord(
  record: Record<string, unknown>,
  options: LoadAttentionOptions,
  adapter: AdapterOptions,
  name: string,
): AttentionData {
  const bertVizOptions = { ...adapter, batch: batchOf(record, options) };
  if ('attention' in record || 'attentions' in record) {
    const key = 'attention' in record ? 'attention' : 'attentions';
    const input: BertVizSelfInput = {
      ...(record as unknown as BertVizSelfInput),
      attention: asLayerTuple(record[key], key, name),
      tokens: tokensOf(record, name),
    };
    return fromBertViz(input, bertVizOptions);
  }
  const parts = fromBertViz(record as BertVizEncoderDecoderInput, bertVizOptions);
  const part = options.part ?? (['encoder', 'decoder', 'cross'] as const).find((p) => parts[p] !== undefined);
  const data = part === undefined ? undefined : parts[part];
  if (!data) {
    throw fail('EMPTY_INPUT', `${name} has no ${options.part ?? 'encoder, decoder or cross'} attention.`);
  }
  return data;
}

/**
 * Brings the layer-tuple shapes to `[layers][batch][heads][q][k]` (rule 6) by wrapping, without
 * copying a single weight: depth 4 gets a batch of one per layer, 3 is one layer, 2 one head.
 */
function asLayerTuple(value: unknown, key: string, name: string): HuggingFaceAttentions {
  if (!Array.isArray(value) || value.length === 0) {
    throw fail('EMPTY_INPUT', `${name} has an empty or missing "${key}" array.`);
  }
  if (!Array.isArray(value[0])) return value as HuggingFaceAttentions; // typed arrays per layer
  const depth = depthOf(value);
  switch (depth) {
    case 5:
      return value as HuggingFaceAttentions;
    case 4:
      return value.map((layer) => [layer]);
    case 3:
      return [[value]];
    case 2:
      return [[[value]]];
    default:
      throw fail(
        'UNKNOWN_FORMAT',
        `${name} has "${key}" nested ${depth} deep; expected 5 ([layers][batch][heads][q][k]), 4 ([layers][heads][q][k]), 3 ([heads][q][k]) or 2 ([q][k]).`,
        { details: { depth } },
      );
  }
}

function adapterOptions(record: Record<string, unknown>): AdapterOptions {
  const options: AdapterOptions = {};
  if (typeof record.model === 'string') options.model = record.model;
  const note = record.note ?? record.description;
  if (typeof note === 'string') options.note = note;
  const mask = record.attention_mask ?? record.attentionMask;
  if (Array.isArray(mask)) options.attentionMask = mask as NonNullable<AdapterOptions['attentionMask']>;
  return options;
}

function batchOf(record: Record<string, unknown>, options: LoadAttentionOptions): number {
  if (options.batch !== undefined) return options.batch;
  return typeof record.batch === 'number' ? record.batch : 0;
}

function toMatrix(record: Record<string, unknown>): AttentionMatrixInput {
  const name = 'The matrix';
  return {
    queryTokens: stringsOf(record.queryTokens, 'queryTokens', name),
    keyTokens: record.keyTokens === undefined ? undefined : stringsOf(record.keyTokens, 'keyTokens', name),
    weights: record.weights as AttentionMatrixInput['weights'],
    mask: record.mask instanceof Uint8Array ? record.mask : undefined,
    signed: record.signed === true,
  };
}

function tokensOf(record: Record<string, unknown>, name: string): readonly string[] {
  const tokens = record.tokens ?? record.input_tokens;
  if (tokens === undefined) throw fail('INVALID_FORMAT', `${name} has no "tokens" array.`);
  return stringsOf(tokens, 'tokens', name);
}

function stringsOf(value: unknown, key: string, name: string): readonly string[] {
  if (!Array.isArray(value) || !value.every((token) => typeof token === 'string')) {
    throw fail('INVALID_VALUE', `${name}: "${key}" must be an array of strings.`);
  }
  return value;
}

const TSAT = [0x54, 0x53, 0x41, 0x54];

function hasTsatMagic(bytes: Uint8Array): boolean {
  return TSAT.every((byte, i) => bytes[i] === byte);
}

function decodeText(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw fail(
      'INVALID_FORMAT',
      `${name} is neither tensorscope attention (it does not start with "TSAT") nor UTF-8 JSON text.`,
      { cause },
    );
  }
}

function parseJson(text: string, name: string): unknown {
  if (text.trim() === '') throw fail('EMPTY_INPUT', `${name} is empty.`);
  try {
    return JSON.parse(text);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw fail('INVALID_FORMAT', `${name} is not valid JSON: ${reason}`, { cause });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name}`;
  return typeof value;
}

function checkNotAborted(signal: AbortSignal | undefined, name: string): void {
  if (signal?.aborted) throw fail('ABORTED', `Reading ${name} was cancelled.`, { cause: signal.reason });
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}
