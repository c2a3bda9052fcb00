import {
  BUNDLE_MAGIC,
  EmbeddingError,
  decodeEmbeddingBundle,
  loadEmbeddingFile,
  parseEmbeddingJson,
  type EmbeddingData,
} from '../core/index.js';

const MAGIC = Array.from(BUNDLE_MAGIC.slice(0, 5), (c) => c.charCodeAt(0)); // "TSEMB"

function isEmbeddingData(value: unknown): value is EmbeddingData {
  const v = value as Partial<EmbeddingData> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.vectors instanceof Float32Array &&
    typeof v.count === 'number' &&
    typeof v.dimensions === 'number' &&
    Array.isArray(v.labels)
  );
}

/**
 * Accepts what `<tensorscope-embedding-space>` takes as its `data` property: `EmbeddingData`
 * (from `createEmbeddingData`, a loader or `decodeEmbeddingBundle`), an embedding JSON value
 * (`{ vectors, labels?, metadata?, coordinates? }`, `{ word: [numbers] }` or `number[][]`), JSON
 * text, or the bytes of a `.tsemb` bundle. Throws an `EmbeddingError` naming the problem.
 */
export function toEmbeddingData(value: unknown): EmbeddingData {
  if (isEmbeddingData(value)) return value;
  if (value instanceof ArrayBuffer) return toEmbeddingData(new Uint8Array(value));
  if (value instanceof Uint8Array) {
    if (MAGIC.every((byte, i) => value[i] === byte)) return decodeEmbeddingBundle(value);
    return parseEmbeddingJson(new TextDecoder().decode(value));
  }
  if (typeof value === 'object' || typeof value === 'string') return parseEmbeddingJson(value);
  throw new EmbeddingError('INVALID_VALUE', `Embedding data must be an object or JSON text; received ${typeof value}.`);
}

/**
 * Parses fetched bytes by content and file name: a `.tsemb` bundle (by its "TSEMB" magic), else
 * text — JSON, Embedding Projector TSV or GloVe / word2vec text — parsed in a worker where possible.
 */
export async function parseEmbeddingBytes(bytes: Uint8Array, url: URL): Promise<EmbeddingData> {
  if (MAGIC.every((byte, i) => bytes[i] === byte)) return decodeEmbeddingBundle(bytes);
  const name = decodeURIComponent(url.pathname.split('/').pop() || 'data');
  return loadEmbeddingFile(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name });
}
