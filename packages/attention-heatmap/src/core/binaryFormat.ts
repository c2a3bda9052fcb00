import { fail, type AttentionError } from './errors.js';
import { checkOptions, describeValue } from '@tensorscope/common';
import { checkMetadata, markChecked, validateAttentionData } from './attentionData.js';
import type { AttentionData, AttentionMetadata } from './attentionData.js';
import { checkHeadIndex } from './headIndex.js';
import { float16DecodeTable, float32BitsToFloat16 } from './float16.js';

/** How {@link encodeAttention} stores the weights. */
export type AttentionPrecision = 'float16' | 'uint8';

export interface EncodeAttentionOptions {
  /**
   * `'float16'` (default): IEEE half, 2 bytes per weight, absolute error ≤ 2⁻¹² (≈ 2.4e-4) for weights
   * in [0, 1]. `'uint8'`: 1 byte per weight, quantised per (layer, head, query row) as
   * `round(255 · w / rowMax)` with `rowMax` stored as float32, so error ≤ rowMax / 510.
   */
  precision?: AttentionPrecision;
}

export interface DecodeAttentionOptions {
  /**
   * Decode into this array instead of a new one (its length must be layers·heads·qLen·kLen).
   * Reusing one buffer avoids asking the OS for fresh memory on every decode, which is most of
   * the cost of a large decode.
   */
  into?: Float32Array;
}

/** The file format version written by {@link encodeAttention}. */
const VERSION = 1;
const MAGIC = [0x54, 0x53, 0x41, 0x54]; // "TSAT"
const HEADER_BYTES = 32;
const PRECISION_CODES: Record<AttentionPrecision, number> = { float16: 1, uint8: 2 };
const FLAG_MASK = 1;
const FLAG_KEY_TOKENS = 2;
const FLAG_METADATA = 4;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Encodes attention data into the compact "TSAT" binary format (all integers little-endian):
 *
 * | bytes | content |
 * | --- | --- |
 * | 0–3 | magic `"TSAT"` |
 * | 4 | format version (1) |
 * | 5 | precision: 1 = float16, 2 = uint8 |
 * | 6 | flags: 1 = mask, 2 = key tokens differ from query tokens, 4 = metadata |
 * | 7 | reserved (0) |
 * | 8–23 | layers, heads, qLen, kLen (uint32 each) |
 * | 24–27 | byte length of the token section (uint32) |
 * | 28–31 | byte length of the metadata JSON (uint32) |
 * | … | token section: per token list (query, then key when flag 2), one uint32 UTF-8 byte length per token, then the UTF-8 bytes |
 * | … | mask (flag 1): qLen·kLen bits, row-major, least significant bit first |
 * | … | metadata (flag 4): `JSON.stringify(data.metadata)` as UTF-8 |
 * | … | zero padding to a multiple of 4 bytes |
 * | … | float16: layers·heads·qLen·kLen half floats. uint8: layers·heads·qLen row maxima (float32), then layers·heads·qLen·kLen bytes |
 *
 * float16 rounds to nearest, ties to even. uint8 stores `q = round(255 · w / rowMax)` per
 * (layer, head, row) and decodes `q · rowMax / 255`. The data is validated first
 * (`validateAttentionData`): invalid data throws the same typed errors.
 */
export function encodeAttention(data: AttentionData, options?: EncodeAttentionOptions): Uint8Array {
  const precision = checkOptions(options).precision ?? 'float16';
  if (!Object.hasOwn(PRECISION_CODES, precision)) {
    throw fail('INVALID_OPTION', `precision must be 'float16' or 'uint8'; received ${describeValue(precision)}.`);
  }
  const precisionCode = PRECISION_CODES[precision];
  validateAttentionData(data);
  const [layers, heads, qLen, kLen] = data.shape;
  const encoder = new TextEncoder();
  const sameKeys = sameTokens(data.queryTokens, data.keyTokens);
  const tokenLists = sameKeys ? [data.queryTokens] : [data.queryTokens, data.keyTokens];
  const encodedTokens = tokenLists.map((list) => list.map((token) => encoder.encode(token)));
  const tokenBytes = encodedTokens.reduce((sum, list) => sum + list.reduce((s, bytes) => s + 4 + bytes.length, 0), 0);
  const metadataBytes = data.metadata === undefined ? undefined : encoder.encode(metadataJson(data.metadata));
  const maskBytes = data.mask === undefined ? 0 : Math.ceil((qLen * kLen) / 8);
  const values = layers * heads * qLen * kLen;
  const rows = layers * heads * qLen;
  const payloadStart = align4(HEADER_BYTES + tokenBytes + maskBytes + (metadataBytes?.length ?? 0));
  const payloadBytes = precision === 'float16' ? values * 2 : rows * 4 + values;
  const out = new Uint8Array(payloadStart + payloadBytes);
  const view = new DataView(out.buffer);

  out.set(MAGIC, 0);
  out[4] = VERSION;
  out[5] = precisionCode;
  out[6] =
    (data.mask === undefined ? 0 : FLAG_MASK) |
    (sameKeys ? 0 : FLAG_KEY_TOKENS) |
    (metadataBytes === undefined ? 0 : FLAG_METADATA);
  [layers, heads, qLen, kLen, tokenBytes, metadataBytes?.length ?? 0].forEach((n, i) =>
    view.setUint32(8 + 4 * i, n, true),
  );
  let offset = HEADER_BYTES;
  for (const list of encodedTokens) {
    for (const bytes of list) {
      view.setUint32(offset, bytes.length, true);
      offset += 4;
    }
    for (const bytes of list) {
      out.set(bytes, offset);
      offset += bytes.length;
    }
  }
  if (data.mask !== undefined) {
    const mask = data.mask;
    for (let i = 0; i < mask.length; i++)
      if (mask[i]) out[offset + (i >> 3)] = (out[offset + (i >> 3)] as number) | (1 << (i & 7));
    offset += maskBytes;
  }
  if (metadataBytes !== undefined) out.set(metadataBytes, offset);

  const weights = data.weights;
  if (precision === 'float16') {
    const bits = new Uint32Array(weights.buffer, weights.byteOffset, weights.length);
    const halves = new Uint16Array(values);
    float32BitsToFloat16(bits, halves);
    // weights are ≥ 0: drop the sign of -0 so that every stored half is < 0x7c00.
    for (let i = 0; i < values; i++) halves[i] = (halves[i] as number) & 0x7fff;
    writeUint16s(out, payloadStart, halves);
  } else {
    const scales = new Float32Array(rows);
    const quantised = out.subarray(payloadStart + rows * 4);
    for (let row = 0; row < rows; row++) {
      const start = row * kLen;
      let max = 0;
      for (let k = 0; k < kLen; k++) max = Math.max(max, weights[start + k] as number);
      const scale = Math.fround(max);
      scales[row] = scale;
      if (scale === 0) continue;
      const factor = 255 / scale;
      for (let k = 0; k < kLen; k++)
        quantised[start + k] = Math.min(255, Math.round((weights[start + k] as number) * factor));
    }
    for (let row = 0; row < rows; row++) view.setFloat32(payloadStart + row * 4, scales[row] as number, true);
  }
  return out;
}

/**
 * Decodes bytes written by {@link encodeAttention} into `AttentionData` (all layers and heads).
 * Checks the structure (magic, version, precision, lengths, UTF-8 of the tokens, metadata JSON)
 * and that every float16 value / uint8 row scale is a finite number ≥ 0; a problem throws a
 * `TensorscopeError` with code `INVALID_FORMAT`, `UNSUPPORTED_VERSION` or `TRUNCATED_DATA`. It
 * does not re-check row sums (call `validateAttentionData` for the "not normalised" warning).
 * `options.into` reuses an array. To show one head without decoding the rest, use
 * {@link openAttention}.
 */
export function decodeAttention(bytes: Uint8Array, options?: DecodeAttentionOptions): AttentionData {
  return openAttention(bytes).decode(checkOptions(options).into);
}

/** The header of an encoded export, with lazy access to its weights (from {@link openAttention}). */
export interface AttentionReader {
  readonly shape: readonly [layers: number, heads: number, qLen: number, kLen: number];
  readonly queryTokens: readonly string[];
  readonly keyTokens: readonly string[];
  readonly mask: Uint8Array | undefined;
  readonly metadata: AttentionMetadata | undefined;
  readonly precision: AttentionPrecision;
  /** Decodes one head: its `qLen × kLen` matrix (into `into` when given). */
  head(layer: number, head: number, into?: Float32Array): Float32Array;
  /** Decodes every layer and head (same as {@link decodeAttention}). */
  decode(into?: Float32Array): AttentionData;
}

/**
 * Reads the header, tokens, mask and metadata of an export and checks its length, without
 * decoding the weights: `reader.head(layer, head)` then decodes one `qLen × kLen` matrix
 * (262,144 values at 512 tokens, well under a millisecond), so a view can show the first head
 * at once and decode the others when asked. The reader is an `AttentionSource`: pass it to the
 * views as `data` and they decode (and cache) only the heads they show. Errors as in
 * {@link decodeAttention} (a bad weight names its layer, head, query and key); `head()` with a
 * layer or head that does not exist is `OUT_OF_RANGE`.
 */
export function openAttention(bytes: Uint8Array): AttentionReader {
  if (!(bytes instanceof Uint8Array)) {
    throw fail('INVALID_FORMAT', `Encoded attention must be a Uint8Array; received ${typeof bytes}.`);
  }
  if (bytes.length < HEADER_BYTES) {
    if (bytes.length >= 4 && !hasMagic(bytes)) throw badMagic(bytes);
    throw truncated(`the header needs ${HEADER_BYTES} bytes but there are ${bytes.length}`);
  }
  if (!hasMagic(bytes)) throw badMagic(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = bytes[4] as number;
  if (version !== VERSION) {
    throw fail(
      'UNSUPPORTED_VERSION',
      `This is version ${version} of the attention format; this package reads version ${VERSION}.`,
      { details: { expected: VERSION, actual: version } },
    );
  }
  const precisionCode = bytes[5] as number;
  if (precisionCode !== 1 && precisionCode !== 2) {
    throw fail('INVALID_FORMAT', `Unknown precision code ${precisionCode}; expected 1 (float16) or 2 (uint8).`);
  }
  const flags = bytes[6] as number;
  if ((flags & ~7) !== 0) throw fail('INVALID_FORMAT', `Unknown header flags 0x${flags.toString(16)}.`);
  const layers = view.getUint32(8, true);
  const heads = view.getUint32(12, true);
  const qLen = view.getUint32(16, true);
  const kLen = view.getUint32(20, true);
  const tokenBytes = view.getUint32(24, true);
  const metadataLength = view.getUint32(28, true);
  if (layers === 0 || heads === 0 || qLen === 0 || kLen === 0) {
    throw fail('INVALID_FORMAT', `The header has an empty shape [${layers}, ${heads}, ${qLen}, ${kLen}].`);
  }
  const values = layers * heads * qLen * kLen;
  const rows = layers * heads * qLen;
  const maskBytes = flags & FLAG_MASK ? Math.ceil((qLen * kLen) / 8) : 0;
  const payloadStart = align4(HEADER_BYTES + tokenBytes + maskBytes + (flags & FLAG_METADATA ? metadataLength : 0));
  const expectedLength = payloadStart + (precisionCode === 1 ? values * 2 : rows * 4 + values);
  if (bytes.length < expectedLength) {
    throw truncated(
      `shape [${layers}, ${heads}, ${qLen}, ${kLen}] needs ${expectedLength} bytes but there are ${bytes.length}`,
    );
  }
  if (bytes.length > expectedLength) {
    throw fail(
      'INVALID_FORMAT',
      `There are ${bytes.length - expectedLength} bytes after the end of the attention data (expected ${expectedLength} bytes in all).`,
    );
  }

  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = HEADER_BYTES;
  const tokenEnd = HEADER_BYTES + tokenBytes;
  const readTokens = (count: number, axis: string): string[] => {
    if (offset + 4 * count > tokenEnd) throw corruptTokens(axis);
    const lengths: number[] = [];
    for (let i = 0; i < count; i++) lengths.push(view.getUint32(offset + 4 * i, true));
    offset += 4 * count;
    const tokens: string[] = [];
    for (const length of lengths) {
      if (offset + length > tokenEnd) throw corruptTokens(axis);
      try {
        tokens.push(decoder.decode(bytes.subarray(offset, offset + length)));
      } catch (cause) {
        throw fail('INVALID_FORMAT', `A ${axis} token is not valid UTF-8.`, { cause });
      }
      offset += length;
    }
    return tokens;
  };
  const queryTokens = readTokens(qLen, 'query');
  const keyTokens = flags & FLAG_KEY_TOKENS ? readTokens(kLen, 'key') : queryTokens;
  if (keyTokens.length !== kLen) {
    throw fail('INVALID_FORMAT', `The header says kLen = ${kLen} but the key tokens are the ${qLen} query tokens.`);
  }
  if (offset !== tokenEnd) throw corruptTokens('token');

  let mask: Uint8Array | undefined;
  if (flags & FLAG_MASK) {
    mask = new Uint8Array(qLen * kLen);
    for (let i = 0; i < mask.length; i++) mask[i] = ((bytes[offset + (i >> 3)] as number) >> (i & 7)) & 1;
    offset += maskBytes;
  }
  let metadata: AttentionMetadata | undefined;
  if (flags & FLAG_METADATA) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoder.decode(bytes.subarray(offset, offset + metadataLength)));
    } catch (cause) {
      throw fail('INVALID_FORMAT', 'The metadata is not valid UTF-8 JSON.', { cause });
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw fail('INVALID_FORMAT', 'The metadata must be a JSON object.');
    }
    try {
      checkMetadata(parsed, qLen);
    } catch (cause) {
      throw fail('INVALID_FORMAT', `The metadata is not valid: ${(cause as Error).message}`, { cause });
    }
    metadata = parsed as AttentionMetadata;
  }

  const shape = [layers, heads, qLen, kLen] as const;
  const headSize = qLen * kLen;
  const decodeRange = (first: number, count: number, out: Float32Array): void => {
    if (precisionCode === 1) {
      if (!decodeFloat16(bytes, payloadStart + 2 * first, out.subarray(0, count))) throw badWeight(out, first, shape);
    } else decodeUint8(bytes, view, payloadStart, rows, kLen, first / kLen, count / kLen, out, shape);
  };
  return {
    shape,
    queryTokens,
    keyTokens,
    mask,
    metadata,
    precision: precisionCode === 1 ? 'float16' : 'uint8',
    head(layer: number, head: number, into?: Float32Array): Float32Array {
      checkHeadIndex(layer, head, layers, heads);
      const out = checkInto(into, headSize, shape);
      decodeRange((layer * heads + head) * headSize, headSize, out);
      return out;
    },
    decode(into?: Float32Array): AttentionData {
      const weights = checkInto(into, values, shape);
      decodeRange(0, values, weights);
      const data: AttentionData = { queryTokens, keyTokens, weights, shape };
      if (mask) data.mask = mask;
      if (metadata) data.metadata = metadata;
      // decodeRange checked every value; row sums are left to validateAttentionData if asked.
      markChecked(data);
      return data;
    },
  };
}

function metadataJson(metadata: AttentionMetadata): string {
  try {
    return JSON.stringify(metadata);
  } catch (cause) {
    throw fail('INVALID_VALUE', 'metadata must be plain JSON data (no BigInt, no cycles).', { cause });
  }
}

function checkInto(into: Float32Array | undefined, size: number, shape: readonly number[]): Float32Array {
  if (into === undefined) return new Float32Array(size);
  if (!(into instanceof Float32Array) || into.length !== size) {
    throw fail(
      'LENGTH_MISMATCH',
      `The output array has ${into instanceof Float32Array ? into.length : 'no'} values (a Float32Array is needed); shape [${shape.join(', ')}] needs ${size} here.`,
      { details: { expected: size } },
    );
  }
  return into;
}

/** Decodes halves into `weights`; false when one of them is negative, infinite or NaN. */
function decodeFloat16(bytes: Uint8Array, start: number, weights: Float32Array): boolean {
  const table = float16DecodeTable();
  const n = weights.length;
  const readHalf = (i: number) => (bytes[start + 2 * i] as number) | ((bytes[start + 2 * i + 1] as number) << 8);
  let bad = 0;
  let i = 0;
  if (LITTLE_ENDIAN) {
    // Read two halves per aligned 32-bit word (fewer loads); copy when the buffer is misaligned.
    let at = bytes.byteOffset + start;
    if (at % 4 === 2 && n > 0) {
      const h = readHalf(0);
      bad |= h | (h + 0x0400);
      weights[0] = float32FromBits(table[h] as number);
      i = 1;
      at += 2;
    }
    const pairs = (n - i) >> 1;
    const words =
      at % 4 === 0
        ? new Uint32Array(bytes.buffer, at, pairs)
        : new Uint32Array(bytes.slice(start + 2 * i, start + 2 * i + 4 * pairs).buffer, 0, pairs);
    bad |= decodeFloat16Words(words, table, new Uint32Array(weights.buffer, weights.byteOffset + 4 * i, 2 * pairs));
    i += 2 * pairs;
  }
  for (; i < n; i++) {
    const h = readHalf(i);
    bad |= h | (h + 0x0400);
    weights[i] = float32FromBits(table[h] as number);
  }
  // bit 15 of a half (or of half + 0x400) ⇔ negative, infinite or NaN.
  return (bad & 0x80008000) === 0;
}

/** The error for the first bad value of `out` (decoded from global index `first` on), naming where it is. */
function badWeight(out: Float32Array, first: number, shape: readonly number[]): AttentionError {
  let i = 0;
  while (i < out.length && (out[i] as number) >= 0 && out[i] !== Infinity) i++;
  const value = out[i] as number;
  const [, heads, qLen, kLen] = shape as [number, number, number, number];
  const at = first + i;
  const key = at % kLen;
  const query = Math.floor(at / kLen) % qLen;
  const head = Math.floor(at / (kLen * qLen)) % heads;
  const layer = Math.floor(at / (kLen * qLen * heads));
  return fail(
    'INVALID_FORMAT',
    `The float16 weights contain a negative, infinite or NaN value: weights[${layer}][${head}][${query}][${key}] (layer ${layer}, head ${head}, counted from 0) is ${value}.`,
    { details: { layer, head, query, key, value } },
  );
}

/** The hot loop: `out[i] = table[half[i]]` as integer copies. Returns the OR of every word and word + 0x04000400. */
function decodeFloat16Words(words: Uint32Array, table: Uint32Array, out: Uint32Array): number {
  let bad = 0;
  const m = words.length;
  for (let j = 0; j < m; j++) {
    const w = words[j] as number;
    // a low half < 0x7c00 cannot carry into the high half; a larger one is already flagged.
    bad |= w | (w + 0x04000400);
    out[2 * j] = table[w & 0xffff] as number;
    out[2 * j + 1] = table[w >>> 16] as number;
  }
  return bad;
}

const BITS = new Uint32Array(1);
const FLOAT = new Float32Array(BITS.buffer);
function float32FromBits(bits: number): number {
  BITS[0] = bits;
  return FLOAT[0] as number;
}

/** Decodes `rowCount` rows from row `firstRow` on into `weights` (row `firstRow` at index 0). */
function decodeUint8(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  rows: number,
  kLen: number,
  firstRow: number,
  rowCount: number,
  weights: Float32Array,
  shape: readonly number[],
): void {
  const quantised = bytes.subarray(start + rows * 4);
  const [, heads, qLen] = shape as [number, number, number];
  for (let r = 0; r < rowCount; r++) {
    const row = firstRow + r;
    const scale = view.getFloat32(start + row * 4, true);
    if (!(scale >= 0) || scale === Infinity) {
      const layer = Math.floor(row / (heads * qLen));
      const head = Math.floor(row / qLen) % heads;
      throw fail(
        'INVALID_FORMAT',
        `Row scale ${row} (layer ${layer}, head ${head}, query ${row % qLen}, counted from 0) is ${scale}; expected a finite number ≥ 0.`,
        { details: { layer, head, query: row % qLen, value: scale } },
      );
    }
    const factor = scale / 255;
    const from = row * kLen;
    const to = r * kLen;
    for (let k = 0; k < kLen; k++) weights[to + k] = (quantised[from + k] as number) * factor;
  }
}

function writeUint16s(out: Uint8Array, start: number, values: Uint16Array): void {
  if (LITTLE_ENDIAN) {
    out.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), start);
    return;
  }
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    out[start + 2 * i] = v & 0xff;
    out[start + 2 * i + 1] = v >> 8;
  }
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((token, i) => token === b[i]));
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function hasMagic(bytes: Uint8Array): boolean {
  return MAGIC.every((byte, i) => bytes[i] === byte);
}

function badMagic(bytes: Uint8Array): AttentionError {
  const start = Array.from(bytes.subarray(0, 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return fail(
    'INVALID_FORMAT',
    `These bytes are not tensorscope attention data: they start with ${start}, expected "TSAT" (54 53 41 54).`,
  );
}

function truncated(what: string): AttentionError {
  return fail('TRUNCATED_DATA', `The attention data is cut short: ${what}.`);
}

function corruptTokens(axis: string): AttentionError {
  return fail('INVALID_FORMAT', `The ${axis} token section is corrupt (its lengths do not add up).`);
}
