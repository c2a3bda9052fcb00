import { checkOptions } from '@tensorscope/common';
import { optionalString } from '../args.js';
import {
  createEmbeddingData,
  describeValue,
  plural,
  type EmbeddingData,
  type EmbeddingDataInput,
  type MetadataValuesColumn,
} from '../embeddingData.js';
import { EmbeddingError } from '../errors.js';
import { parseJsonText } from './projectorConfig.js';

/** A metadata value in embedding JSON; `null` is missing. */
export type JsonMetadataValue = string | number | null;

/** The object form {@link parseEmbeddingJson} reads. */
export interface EmbeddingJson {
  /** One array of numbers per vector. */
  vectors: number[][];
  /** One label per vector. Default: "0", "1", … */
  labels?: string[];
  /** Columns by name (one value per vector each), or one object per vector. */
  metadata?: Record<string, JsonMetadataValue[]> | Array<Record<string, JsonMetadataValue>>;
  /** Precomputed 2-D or 3-D coordinates, one row per vector. */
  coordinates?: number[][];
}

/** Options of {@link parseEmbeddingJson}. */
export interface EmbeddingJsonOptions {
  /** File name used in messages. Default `embedding.json`. */
  fileName?: string;
}

/**
 * Reads embeddings from JSON text or an already parsed value, in one of three forms:
 *
 * - `{ vectors: number[][], labels?, metadata?, coordinates? }`, where `metadata` is either
 *   `{ column: values[] }` or one object per vector (`[{ topic: 'animals', rank: 3 }, …]`; a key
 *   missing in a row is a missing value);
 * - `{ word: number[], … }` (e.g. `json.dump({w: model.wv[w].tolist() for w in words})`): keys are
 *   the labels;
 * - `number[][]`: vectors only.
 *
 * Throws an {@link EmbeddingError}: `PARSE_ERROR` for invalid JSON (with line and column),
 * `INVALID_VALUE` for a value of the wrong kind (naming its key or index), and the errors of
 * {@link createEmbeddingData} (ragged rows, NaN, label or column count mismatches).
 */
export function parseEmbeddingJson(json: string | unknown, options: EmbeddingJsonOptions = {}): EmbeddingData {
  const file = optionalString(checkOptions(options).fileName, 'options.fileName') ?? 'embedding.json';
  const value: unknown = typeof json === 'string' ? parseJsonText(json, file) : json;
  if (Array.isArray(value)) return createEmbeddingData({ vectors: value as number[][] });
  if (value === null || typeof value !== 'object') {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `${file} must hold { "vectors": [[…], …], "labels": […] }, { "word": [numbers], … } or [[numbers], …]; it holds ${describeValue(value)}.`,
      { location: { file } },
    );
  }
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.vectors) && (record.vectors.length === 0 || Array.isArray(record.vectors[0]))) {
    return readObjectForm(record, file);
  }
  return readWordRecord(record, file);
}

function readObjectForm(record: Record<string, unknown>, file: string): EmbeddingData {
  const input: EmbeddingDataInput = { vectors: record.vectors as number[][] };
  const count = (record.vectors as unknown[]).length;
  if (record.labels !== undefined) {
    if (!Array.isArray(record.labels)) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `"labels" in ${file} must be an array of strings; it is ${describeValue(record.labels)}.`,
        { location: { file } },
      );
    }
    input.labels = record.labels as string[];
  }
  if (record.metadata !== undefined) input.columns = readMetadata(record.metadata, count, file);
  if (record.coordinates !== undefined) input.coordinates = record.coordinates as number[][];
  return createEmbeddingData(input);
}

function readMetadata(metadata: unknown, count: number, file: string): MetadataValuesColumn[] {
  if (Array.isArray(metadata)) {
    if (metadata.length !== count) {
      throw new EmbeddingError(
        'LENGTH_MISMATCH',
        `"metadata" in ${file} has ${plural(metadata.length, 'row')} for ${count} vectors.`,
        { location: { file }, details: { rows: metadata.length, vectors: count } },
      );
    }
    const names: string[] = [];
    const seen = new Set<string>();
    metadata.forEach((row: unknown, i) => {
      if (row === null || typeof row !== 'object' || Array.isArray(row)) {
        throw new EmbeddingError(
          'INVALID_VALUE',
          `"metadata"[${i}] in ${file} must be an object of column values; it is ${describeValue(row)}.`,
          { location: { file }, details: { row: i + 1 } },
        );
      }
      for (const key of Object.keys(row)) {
        if (!seen.has(key)) {
          seen.add(key);
          names.push(key);
        }
      }
    });
    return names.map((name) => ({
      name,
      values: metadata.map((row: Record<string, unknown>, i) =>
        // Own keys only: a column named "constructor" or "toString" must not read Object.prototype.
        metadataValue(Object.hasOwn(row, name) ? row[name] : undefined, name, i, file),
      ),
    }));
  }
  if (metadata === null || typeof metadata !== 'object') {
    throw new EmbeddingError(
      'INVALID_VALUE',
      `"metadata" in ${file} must be { column: values[] } or one object per vector; it is ${describeValue(metadata)}.`,
      { location: { file } },
    );
  }
  return Object.entries(metadata).map(([name, values]) => {
    if (!Array.isArray(values)) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `"metadata"."${name}" in ${file} must be an array with one value per vector; it is ${describeValue(values)}.`,
        { location: { file } },
      );
    }
    return { name, values: values.map((value: unknown, i) => metadataValue(value, name, i, file)) };
  });
}

function metadataValue(value: unknown, name: string, row: number, file: string): JsonMetadataValue {
  if (value === undefined || value === null || typeof value === 'string' || typeof value === 'number') {
    return value ?? null;
  }
  if (typeof value === 'boolean') return String(value);
  throw new EmbeddingError(
    'INVALID_VALUE',
    `Metadata “${name}” of row ${row + 1} in ${file} is ${describeValue(value)}; expected a string, number or null.`,
    { location: { file }, details: { column: name, row: row + 1 } },
  );
}

function readWordRecord(record: Record<string, unknown>, file: string): EmbeddingData {
  const labels = Object.keys(record);
  const vectors = labels.map((word) => {
    const vector = record[word];
    if (!Array.isArray(vector)) {
      throw new EmbeddingError(
        'INVALID_VALUE',
        `“${word}” in ${file} is ${describeValue(vector)}; expected an array of numbers. An object of vectors is either { "vectors": [[…]], "labels": […] } or { "word": [numbers], … }.`,
        { location: { file }, details: { key: word } },
      );
    }
    return vector as number[];
  });
  return createEmbeddingData({ vectors, labels });
}
