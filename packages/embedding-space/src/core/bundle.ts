import {
  checkArray,
  checkBytes,
  checkObject,
  checkOptions,
  describeValue,
  TensorscopeArgumentError,
} from '@tensorscope/common';
import { type EmbeddingData, type MetadataColumn } from './embeddingData.js';
import { EmbeddingError } from './errors.js';

/**
 * A compact binary file for {@link EmbeddingData}: one `fetch` and one `arrayBuffer()` give a
 * whole explorer's data set (vectors, labels, metadata columns, optional coordinates).
 *
 * Layout (little-endian):
 * ```
 * 0   8 bytes   magic "TSEMB001" ("TSEMB" + 3-digit format version)
 * 8   uint32    header length H in bytes
 * 12  H bytes   UTF-8 JSON header: count, dimensions, quantize, labels, columns, coordinates?, meta,
 *               sections (name, byte offset from the body start, byte length)
 *     padding   zero bytes up to a multiple of 4: the body starts here
 *     body      binary sections, each starting on a multiple of 4 bytes:
 *               int8:    "scales" float32 × count, then "vectors" int8 × count × dimensions
 *                        (value = q × scale, scale = max |value| of the row / 127)
 *               float32: "vectors" float32 × count × dimensions
 *               then per column: "column:<i>" category codes (uint8, uint16 or uint32, the
 *               smallest that fits) or number values (float32), then "coordinates" (float32)
 * ```
 */
export const BUNDLE_MAGIC = 'TSEMB001';
/** The format version this code reads and writes (the last three characters of the magic). */
export const BUNDLE_VERSION = 1;

export type BundleQuantize = 'int8' | 'float32';

export interface EncodeBundleOptions {
  /** `'int8'` (default): one byte per value plus one float32 scale per row; `'float32'`: exact. */
  quantize?: BundleQuantize;
  /** Free-form JSON-serialisable facts stored in the header (source, licence, …). */
  meta?: Record<string, unknown>;
}

/** What {@link decodeEmbeddingBundle} returns: the data plus the header's `meta`. */
export type DecodedEmbeddingBundle = EmbeddingData & { meta: Record<string, unknown> };

interface SectionEntry {
  name: string;
  offset: number;
  byteLength: number;
}

type HeaderColumn =
  | { kind: 'category'; name: string; categories: string[]; codeBytes: 1 | 2 | 4 }
  | { kind: 'number'; name: string; min: number | null; max: number | null };

interface BundleHeader {
  count: number;
  dimensions: number;
  quantize: BundleQuantize;
  labels: string[];
  columns: HeaderColumn[];
  coordinates?: { dimensions: 2 | 3; name?: string };
  meta: Record<string, unknown>;
  sections: SectionEntry[];
}

const MAGIC_PREFIX = 'TSEMB';
const PREAMBLE_BYTES = 12;
const align4 = (n: number) => (n + 3) & ~3;

function codeWidth(categories: number): 1 | 2 | 4 {
  if (categories <= 0x100) return 1;
  if (categories <= 0x10000) return 2;
  return 4;
}

function checkData(data: EmbeddingData): void {
  checkObject(data, 'data');
  const { count, dimensions, vectors, labels, columns, coordinates } = data;
  if (!Number.isInteger(count) || count < 0 || !Number.isInteger(dimensions) || dimensions < 0) {
    const shown = (value: unknown) => (typeof value === 'number' ? String(value) : describeValue(value));
    throw new EmbeddingError(
      'INVALID_SHAPE',
      `count and dimensions must be non-negative integers; received ${shown(count)} × ${shown(dimensions)}.`,
      {
        details: {
          count: typeof count === 'number' ? count : shown(count),
          dimensions: typeof dimensions === 'number' ? dimensions : shown(dimensions),
        },
      },
    );
  }
  if (!(vectors instanceof Float32Array)) throw new TensorscopeArgumentError('data.vectors', 'a Float32Array', vectors);
  checkArray(labels, 'data.labels');
  checkArray(columns, 'data.columns').forEach((column, i) => checkObject(column, `data.columns[${i}]`));
  if (vectors.length !== count * dimensions) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `vectors has ${vectors.length} values but count × dimensions = ${count} × ${dimensions} = ${count * dimensions}.`,
      { details: { expected: count * dimensions, actual: vectors.length } },
    );
  }
  if (labels.length !== count) {
    throw new EmbeddingError('LENGTH_MISMATCH', `labels has ${labels.length} entries but count is ${count}.`, {
      details: { expected: count, actual: labels.length },
    });
  }
  for (const column of columns) {
    const length = column.kind === 'category' ? column.codes.length : column.values.length;
    if (length !== count) {
      throw new EmbeddingError(
        'LENGTH_MISMATCH',
        `column '${column.name}' has ${length} entries but count is ${count}.`,
        { details: { column: column.name, expected: count, actual: length } },
      );
    }
    if (column.kind === 'category') {
      const limit = column.categories.length;
      const bad = column.codes.findIndex((code) => code >= limit);
      if (bad !== -1) {
        throw new EmbeddingError(
          'INVALID_VALUE',
          `column '${column.name}' row ${bad} has code ${column.codes[bad]} but only ${limit} categories.`,
          { details: { column: column.name, row: bad } },
        );
      }
    }
  }
  if (coordinates && coordinates.values.length !== count * coordinates.dimensions) {
    throw new EmbeddingError(
      'LENGTH_MISMATCH',
      `coordinates has ${coordinates.values.length} values but count × ${coordinates.dimensions} = ${count * coordinates.dimensions}.`,
      { details: { expected: count * coordinates.dimensions, actual: coordinates.values.length } },
    );
  }
}

/** Quantises each row to int8 with its own scale (max |value| / 127); rounding error ≤ scale / 2. */
function quantizeRows(vectors: Float32Array, count: number, dimensions: number) {
  const scales = new Float32Array(count);
  const codes = new Int8Array(count * dimensions);
  for (let i = 0; i < count; i++) {
    const start = i * dimensions;
    let maxAbs = 0;
    for (let j = 0; j < dimensions; j++) {
      const value = vectors[start + j] as number;
      if (!Number.isFinite(value)) {
        throw new EmbeddingError(
          'INVALID_VALUE',
          `vectors row ${i} column ${j} is ${value}; int8 bundles need finite values (use quantize: 'float32').`,
          { details: { row: i, column: j } },
        );
      }
      const abs = Math.abs(value);
      if (abs > maxAbs) maxAbs = abs;
    }
    // The float32 scale is what the decoder multiplies by, so quantise against that exact value.
    const scale = Math.fround(maxAbs / 127);
    scales[i] = scale;
    if (scale === 0) continue;
    for (let j = 0; j < dimensions; j++) {
      const q = Math.round((vectors[start + j] as number) / scale);
      codes[start + j] = q > 127 ? 127 : q < -127 ? -127 : q;
    }
  }
  return { scales, codes };
}

const bytesOf = (view: ArrayBufferView) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

/** Encodes `data` into a `.tsemb` bundle (see {@link BUNDLE_MAGIC} for the layout). */
export function encodeEmbeddingBundle(data: EmbeddingData, options: EncodeBundleOptions = {}): Uint8Array {
  options = checkOptions(options);
  if (options.meta !== undefined) checkObject(options.meta, 'options.meta');
  const quantize = options.quantize ?? 'int8';
  if (quantize !== 'int8' && quantize !== 'float32') {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `quantize must be 'int8' or 'float32'; received ${typeof quantize === 'string' ? `'${quantize}'` : describeValue(quantize)}.`,
    );
  }
  checkData(data);
  const { count, dimensions } = data;

  const payloads: { name: string; bytes: Uint8Array }[] = [];
  if (quantize === 'int8') {
    const { scales, codes } = quantizeRows(data.vectors, count, dimensions);
    payloads.push({ name: 'scales', bytes: bytesOf(scales) }, { name: 'vectors', bytes: bytesOf(codes) });
  } else {
    payloads.push({ name: 'vectors', bytes: bytesOf(Float32Array.from(data.vectors)) });
  }
  const columns: HeaderColumn[] = data.columns.map((column, index) => {
    const name = `column:${index}`;
    if (column.kind === 'category') {
      const codeBytes = codeWidth(column.categories.length);
      const Codes = codeBytes === 1 ? Uint8Array : codeBytes === 2 ? Uint16Array : Uint32Array;
      payloads.push({ name, bytes: bytesOf(Codes.from(column.codes)) });
      return { kind: 'category', name: column.name, categories: [...column.categories], codeBytes };
    }
    payloads.push({ name, bytes: bytesOf(Float32Array.from(column.values)) });
    const finite = (x: number) => (Number.isFinite(x) ? x : null);
    return { kind: 'number', name: column.name, min: finite(column.min), max: finite(column.max) };
  });
  if (data.coordinates) payloads.push({ name: 'coordinates', bytes: bytesOf(data.coordinates.values) });

  const sections: SectionEntry[] = [];
  let bodyLength = 0;
  for (const { name, bytes } of payloads) {
    sections.push({ name, offset: bodyLength, byteLength: bytes.byteLength });
    bodyLength = align4(bodyLength + bytes.byteLength);
  }
  const header: BundleHeader = {
    count,
    dimensions,
    quantize,
    labels: data.labels,
    columns,
    ...(data.coordinates
      ? {
          coordinates: {
            dimensions: data.coordinates.dimensions,
            ...(data.coordinates.name === undefined ? {} : { name: data.coordinates.name }),
          },
        }
      : {}),
    meta: options.meta ?? {},
    sections,
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyStart = align4(PREAMBLE_BYTES + headerBytes.byteLength);
  const out = new Uint8Array(bodyStart + bodyLength);
  out.set(new TextEncoder().encode(BUNDLE_MAGIC), 0);
  new DataView(out.buffer).setUint32(8, headerBytes.byteLength, true);
  out.set(headerBytes, PREAMBLE_BYTES);
  payloads.forEach(({ bytes }, i) => out.set(bytes, bodyStart + (sections[i] as SectionEntry).offset));
  return out;
}

const parseError = (message: string, details: Record<string, unknown>, cause?: unknown) =>
  new EmbeddingError('PARSE_ERROR', message, { details, cause });

const truncated = (what: string, expected: number, actual: number) =>
  parseError(`Truncated tensorscope embedding bundle: ${what} needs ${expected} bytes but the file has ${actual}.`, {
    reason: 'truncated',
    section: what,
    expectedBytes: expected,
    actualBytes: actual,
  });

function invalidHeader(problem: string): EmbeddingError {
  return parseError(`Invalid tensorscope embedding bundle header: ${problem}.`, { reason: 'header', problem });
}

function checkHeader(value: unknown): BundleHeader {
  if (typeof value !== 'object' || value === null) throw invalidHeader('not a JSON object');
  const header = value as Partial<BundleHeader>;
  const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  if (!isCount(header.count) || !isCount(header.dimensions)) throw invalidHeader('count or dimensions missing');
  if (header.quantize !== 'int8' && header.quantize !== 'float32') {
    throw invalidHeader(`unknown quantize '${String(header.quantize)}'`);
  }
  if (!Array.isArray(header.labels) || header.labels.length !== header.count) {
    throw invalidHeader('labels missing or not one per row');
  }
  if (!Array.isArray(header.columns) || !Array.isArray(header.sections)) {
    throw invalidHeader('columns or sections missing');
  }
  if (header.labels.some((label) => typeof label !== 'string')) {
    const at = header.labels.findIndex((label) => typeof label !== 'string');
    throw invalidHeader(`labels[${at}] is not a string`);
  }
  header.columns.forEach((column, index) => {
    const where = `columns[${index}]`;
    if (typeof column !== 'object' || column === null) throw invalidHeader(`${where} is not an object`);
    if (typeof column.name !== 'string') throw invalidHeader(`${where}.name is not a string`);
    if (column.kind === 'category') {
      if (!Array.isArray(column.categories) || column.categories.some((c) => typeof c !== 'string')) {
        throw invalidHeader(`${where}.categories ('${column.name}') is not an array of strings`);
      }
      if (![1, 2, 4].includes(column.codeBytes)) throw invalidHeader(`${where}.codeBytes ('${column.name}') malformed`);
    } else if (column.kind === 'number') {
      for (const key of ['min', 'max'] as const) {
        const bound = column[key];
        if (bound !== null && bound !== undefined && !Number.isFinite(bound)) {
          throw invalidHeader(`${where}.${key} ('${column.name}') is not a finite number or null`);
        }
      }
    } else {
      throw invalidHeader(`unknown column kind '${String((column as { kind?: unknown }).kind)}'`);
    }
  });
  header.sections.forEach((entry, index) => {
    const where = `sections[${index}]`;
    if (typeof entry !== 'object' || entry === null || typeof entry.name !== 'string') {
      throw invalidHeader(`${where} is not a { name, offset, byteLength } entry`);
    }
    // Offsets are 4-byte aligned by the writer (every typed section starts aligned).
    if (!isCount(entry.offset) || entry.offset % 4 !== 0) {
      throw invalidHeader(
        `${where}.offset ('${entry.name}') is ${String(entry.offset)}, not an aligned byte offset ≥ 0`,
      );
    }
    if (!isCount(entry.byteLength)) {
      throw invalidHeader(`${where}.byteLength ('${entry.name}') is ${String(entry.byteLength)}, not a byte count ≥ 0`);
    }
  });
  if (header.coordinates !== undefined) {
    const coordinates = header.coordinates as { dimensions?: unknown; name?: unknown } | null;
    if (typeof coordinates !== 'object' || coordinates === null) throw invalidHeader('coordinates is not an object');
    if (coordinates.name !== undefined && typeof coordinates.name !== 'string') {
      throw invalidHeader('coordinates.name is not a string');
    }
  }
  if (
    header.meta !== undefined &&
    (typeof header.meta !== 'object' || header.meta === null || Array.isArray(header.meta))
  ) {
    throw invalidHeader('meta is not an object');
  }
  return { ...header, meta: header.meta ?? {} } as BundleHeader;
}

function notFinite(field: string, section: string, at: number, width: number, value: number): never {
  const row = Math.floor(at / width) + 1;
  throw parseError(
    `Invalid tensorscope embedding bundle: ${field} has ${value} at row ${row}${width > 1 ? `, column ${(at % width) + 1}` : ''}; every value must be a finite number.`,
    { reason: 'value', section, field, row },
  );
}

/** Refuses NaN and ±Infinity in a decoded section (a corrupt or hand-edited file), naming the field and row. */
function checkFinite(values: Float32Array, field: string, width: number): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i] as number)) notFinite(field, field, i, width, values[i] as number);
  }
}

/** Reads a bundle written by {@link encodeEmbeddingBundle}. Throws `EmbeddingError('PARSE_ERROR')`. */
export function decodeEmbeddingBundle(input: ArrayBuffer | Uint8Array): DecodedEmbeddingBundle {
  const bytes = checkBytes(input, 'bundle');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(...bytes.subarray(0, 8));
  if (bytes.byteLength < 8 || !magic.startsWith(MAGIC_PREFIX)) {
    throw parseError('This file is not a tensorscope embedding bundle (no "TSEMB" magic at the start).', {
      reason: 'magic',
    });
  }
  if (magic !== BUNDLE_MAGIC) {
    const version = magic.slice(MAGIC_PREFIX.length);
    throw parseError(
      `Unsupported tensorscope embedding bundle version '${version}': this version of @tensorscope/embedding-space reads version ${String(BUNDLE_VERSION).padStart(3, '0')}.`,
      { reason: 'version', version, supported: BUNDLE_VERSION },
    );
  }
  if (bytes.byteLength < PREAMBLE_BYTES) throw truncated('the preamble', PREAMBLE_BYTES, bytes.byteLength);
  const headerLength = view.getUint32(8, true);
  if (bytes.byteLength < PREAMBLE_BYTES + headerLength) {
    throw truncated('the header', PREAMBLE_BYTES + headerLength, bytes.byteLength);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(PREAMBLE_BYTES, PREAMBLE_BYTES + headerLength)),
    );
  } catch (error) {
    throw parseError('Invalid tensorscope embedding bundle header: not valid UTF-8 JSON.', { reason: 'header' }, error);
  }
  const header = checkHeader(parsed);
  const { count, dimensions } = header;
  const bodyStart = align4(PREAMBLE_BYTES + headerLength);
  const sections = new Map(header.sections.map((entry) => [entry.name, entry]));

  /** Copies a section out (aligned and owned) after checking its declared and actual size. */
  function section<T extends ArrayBufferView>(
    name: string,
    Type: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number },
    elements: number,
  ): T {
    const entry = sections.get(name);
    if (!entry) throw invalidHeader(`section '${name}' missing`);
    const byteLength = elements * Type.BYTES_PER_ELEMENT;
    if (entry.byteLength !== byteLength) {
      throw invalidHeader(`section '${name}' is ${entry.byteLength} bytes, expected ${byteLength}`);
    }
    const start = bodyStart + entry.offset;
    if (bytes.byteLength < start + byteLength)
      throw truncated(`section '${name}'`, start + byteLength, bytes.byteLength);
    // Uint8Array's own slice always copies (a Node Buffer's `slice` is a view into a shared pool).
    return new Type(Uint8Array.prototype.slice.call(bytes, start, start + byteLength).buffer);
  }

  let vectors: Float32Array;
  if (header.quantize === 'int8') {
    const scales = section('scales', Float32Array, count);
    checkFinite(scales, 'scales', 1);
    const codes = section('vectors', Int8Array, count * dimensions);
    vectors = new Float32Array(count * dimensions);
    for (let i = 0; i < count; i++) {
      const scale = scales[i] as number;
      const start = i * dimensions;
      for (let j = 0; j < dimensions; j++) vectors[start + j] = (codes[start + j] as number) * scale;
    }
  } else {
    vectors = section('vectors', Float32Array, count * dimensions);
  }
  checkFinite(vectors, 'vectors', dimensions);

  const columns: MetadataColumn[] = header.columns.map((column, index) => {
    const name = `column:${index}`;
    if (column.kind === 'category') {
      const raw =
        column.codeBytes === 1
          ? section(name, Uint8Array, count)
          : column.codeBytes === 2
            ? section(name, Uint16Array, count)
            : section(name, Uint32Array, count);
      const codes = raw instanceof Uint32Array ? raw : Uint32Array.from(raw);
      const limit = column.categories.length;
      const bad = codes.findIndex((code) => code >= limit);
      if (bad >= 0) {
        throw parseError(
          `Invalid tensorscope embedding bundle: row ${bad + 1} of column '${column.name}' has category code ${codes[bad]}, but there are only ${limit} categories.`,
          { reason: 'value', section: name, field: `columns[${index}].codes`, row: bad + 1 },
        );
      }
      return { kind: 'category', name: column.name, categories: column.categories, codes };
    }
    const values = section(name, Float32Array, count);
    // NaN is a missing value; ±Infinity is corruption.
    const bad = values.findIndex((value) => value === Infinity || value === -Infinity);
    if (bad >= 0) notFinite(`columns[${index}].values`, name, bad, 1, values[bad] as number);
    return {
      kind: 'number',
      name: column.name,
      values,
      min: column.min ?? NaN,
      max: column.max ?? NaN,
    };
  });

  const result: DecodedEmbeddingBundle = {
    vectors,
    count,
    dimensions,
    labels: header.labels,
    columns,
    meta: header.meta,
  };
  if (header.coordinates) {
    const { dimensions: coordinateDimensions, name } = header.coordinates;
    if (coordinateDimensions !== 2 && coordinateDimensions !== 3) {
      throw invalidHeader(`coordinates must have 2 or 3 dimensions, not ${String(coordinateDimensions)}`);
    }
    const values = section('coordinates', Float32Array, count * coordinateDimensions);
    checkFinite(values, 'coordinates', coordinateDimensions);
    result.coordinates = {
      values,
      dimensions: coordinateDimensions,
      ...(name === undefined ? {} : { name }),
    };
  }
  return result;
}
